// Package browser drives a headless Chromium for the page tests.
//
// One Session is one browser process with a fresh profile. Each Page is a
// tab in it that records everything a test of a self-contained page wants to
// see go wrong: JavaScript dialogs (recorded, then dismissed), uncaught
// exceptions, console messages and browser log entries, every network
// request that is not file:, data: or blob: (all of them are blocked, so a
// page that needs the network fails visibly), and every window.open call
// (window.open is replaced before any page script runs, so nothing is
// actually opened).
//
// Tests get the browser with Require or, in a TestMain, with Find and
// Start; when no Chromium is installed they skip, except under CI (the
// CI environment variable is set), where they fail.
package browser

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/timeline-tool/timeline/timeline/snapshot"
)

// EnvPath names the environment variable that points at a Chromium binary.
const EnvPath = snapshot.EnvChromium

// Viewport is the size, in CSS pixels, of every tab.
const (
	ViewportWidth  = 1400
	ViewportHeight = 900
)

// Find returns the Chromium to use, as timeline build --png finds it: the
// file named by TIMELINE_CHROMIUM when set, else the first of chromium,
// chromium-browser, google-chrome and google-chrome-stable on PATH.
func Find() (string, error) {
	p, err := snapshot.Find(os.Getenv)
	if err != nil {
		return "", fmt.Errorf("browser: %w", err)
	}
	return p, nil
}

// InCI reports whether the CI environment variable is set, in which case
// a missing browser or asset is a failure, not a reason to skip.
func InCI() bool { return os.Getenv("CI") != "" }

// Unavailable stops the test because something it needs is missing: it
// skips, or under CI fails, with the reason.
func Unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if InCI() {
		t.Fatalf("%s (CI is set, so this is a failure, not a skip)", msg)
	}
	t.Skip(msg)
}

// Require returns the path of Chromium, or stops the test through
// Unavailable when there is none.
func Require(t testing.TB) string {
	t.Helper()
	p, err := Find()
	if err != nil {
		Unavailable(t, "%v", err)
	}
	return p
}

// Session is one running browser.
type Session struct {
	dir         string
	allocCancel context.CancelFunc
	ctx         context.Context // the browser's first tab; new tabs derive from it
	cancel      context.CancelFunc
	version     string
}

// Start launches the Chromium found by Find, headless, with a fresh
// profile in a new temporary directory. Stop it with Close.
func Start(ctx context.Context) (*Session, error) {
	path, err := Find()
	if err != nil {
		return nil, err
	}
	return StartPath(ctx, path)
}

// StartPath is Start with the executable given.
func StartPath(ctx context.Context, path string) (*Session, error) {
	dir, err := os.MkdirTemp("", "timeline-chromium-")
	if err != nil {
		return nil, fmt.Errorf("browser: profile directory: %w", err)
	}
	// The flags of every headless run here (snapshot.ExecOptions: among
	// them, no host name resolves, a second fence after the per-tab
	// request blocking), plus quiet ones for a long test session.
	opts := append(snapshot.ExecOptions(path, dir, ViewportWidth, ViewportHeight),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
	)
	allocCtx, allocCancel := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancel := chromedp.NewContext(allocCtx)
	s := &Session{dir: dir, allocCancel: allocCancel, ctx: bctx, cancel: cancel}
	// The first Run starts the browser, which lives as long as the context
	// of that Run: it must be bctx itself, not a derived context with a
	// deadline, so a timer guards against a browser that never answers.
	guard := time.AfterFunc(30*time.Second, cancel)
	err = chromedp.Run(bctx, chromedp.Evaluate("navigator.userAgent", &s.version))
	guard.Stop()
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("browser: starting %s: %w", path, err)
	}
	return s, nil
}

// UserAgent is the browser's user agent string, which names its version.
func (s *Session) UserAgent() string { return s.version }

// Close stops the browser and removes its profile directory.
func (s *Session) Close() error {
	if s == nil {
		return nil
	}
	if s.cancel != nil {
		s.cancel()
	}
	if s.allocCancel != nil {
		s.allocCancel() // waits for the process to exit
	}
	if s.dir == "" {
		return nil
	}
	var err error
	// Chromium's helper processes may still be letting go of the profile.
	for range 20 {
		if err = os.RemoveAll(s.dir); err == nil {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("browser: removing profile %s: %w", s.dir, err)
}

// FileURL turns a path on disk into a file:// URL.
func FileURL(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), nil
}

var errTimeout = errors.New("timed out")
