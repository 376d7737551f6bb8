// Package snapshot turns a built timeline page into a PNG or a PDF for
// reports, by opening it in headless Chromium (Debian's chromium package,
// or any Chrome found on PATH or named by TIMELINE_CHROMIUM).
//
// The page must hold its assets (built with --assets inline): the browser
// runs with every host name unresolvable, so nothing is fetched. Snapshot
// waits for the page's data-timeline-ready attribute, which the page sets
// only once the chart has really drawn, so an image is never taken of an
// empty chart; a page that reports data-timeline-error fails with its
// message.
package snapshot

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ErrNoChromium says that no browser was found.
var ErrNoChromium = errors.New("no Chromium found")

// EnvChromium names the environment variable that points at a Chromium.
const EnvChromium = "TIMELINE_CHROMIUM"

// candidates are the executable names Find looks for on PATH, in order.
var candidates = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// Find returns the browser to use: $TIMELINE_CHROMIUM, else chromium,
// chromium-browser, google-chrome or google-chrome-stable on PATH. The
// browser tests find theirs the same way.
func Find(getenv func(string) string) (string, error) {
	if p := getenv(EnvChromium); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			return "", fmt.Errorf("%s=%q is not an executable: %w", EnvChromium, p, err)
		}
		return p, nil
	}
	for _, name := range candidates {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w: --png and --pdf need headless Chromium; none of %s is on PATH; on Debian or Ubuntu: apt-get install chromium (or set %s to a Chrome executable)",
		ErrNoChromium, strings.Join(candidates, ", "), EnvChromium)
}

// ExecOptions are the flags every headless run here starts Chromium with:
// a fresh profile, no first-run or background traffic, and no host name
// that resolves, so a page can only use what it holds.
func ExecOptions(path, profile string, width, height int) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, height),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
	}
}

// Options says how to take the snapshot.
type Options struct {
	Chromium string        // the executable (see Find)
	Timeout  time.Duration // for the whole snapshot; 0 means 60 s
}

// The PNG is taken at print resolution: the page laid out 1,600 CSS
// pixels wide and drawn at 2 device pixels per CSS pixel, so the chart
// (the page's width less its margins) is well over 2,400 pixels wide with
// labels as legible as on a large screen.
const (
	pngCSSWidth = 1600
	pngScale    = 2
	// The PDF is laid out at the width of an A4 landscape page.
	pdfCSSWidth = 1060
)

// Drawn says what the chart drew before the snapshot: its event marks and
// the labels that found room beside them (the others are in the list), or,
// when Density, the events its bars count (no labels are drawn then).
type Drawn struct {
	Events, Labels int
	Density        bool
}

// PNG renders the chart of the page at path (the figure holding
// #timeline-chart, with the legend and the whole time extent) as a PNG.
func PNG(ctx context.Context, path string, o Options) ([]byte, Drawn, error) {
	var png []byte
	drawn, err := run(ctx, path, o, pngCSSWidth, pngScale, func(ctx context.Context) error {
		var box []float64
		if err := chromedp.Evaluate(`(() => { const el = document.getElementById("timeline-chart"); const fig = el.closest("figure") || el; const r = fig.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY, r.width, r.height]; })()`, &box).Do(ctx); err != nil {
			return err
		}
		if len(box) != 4 || box[2] < 1 || box[3] < 1 {
			return errors.New("the chart has no size on the page")
		}
		var err error
		png, err = page.CaptureScreenshot().
			WithFormat(page.CaptureScreenshotFormatPng).
			WithCaptureBeyondViewport(true).
			WithClip(&page.Viewport{X: math.Floor(box[0]), Y: math.Floor(box[1]), Width: math.Ceil(box[2]), Height: math.Ceil(box[3]), Scale: 1}).
			Do(ctx)
		return err
	})
	return png, drawn, err
}

// PDF prints the page: the chart on the first page (A4 landscape), the
// list of events after it, links live.
func PDF(ctx context.Context, path string, o Options) ([]byte, error) {
	var pdf []byte
	_, err := run(ctx, path, o, pdfCSSWidth, 1, func(ctx context.Context) error {
		var err error
		pdf, _, err = page.PrintToPDF().
			WithLandscape(true).
			WithPrintBackground(true).
			WithPaperWidth(11.69).WithPaperHeight(8.27).
			WithMarginTop(0.4).WithMarginBottom(0.4).WithMarginLeft(0.4).WithMarginRight(0.4).
			WithPreferCSSPageSize(false).
			Do(ctx)
		return err
	})
	return pdf, err
}

func run(ctx context.Context, path string, o Options, width int, scale float64, shoot func(context.Context) error) (Drawn, error) {
	if o.Timeout == 0 {
		o.Timeout = 60 * time.Second
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return Drawn{}, err
	}
	profile, err := os.MkdirTemp("", "timeline-snapshot-")
	if err != nil {
		return Drawn{}, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, ExecOptions(o.Chromium, profile, width, 900)...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	var state []string
	err = chromedp.Run(bctx,
		emulation.SetDeviceMetricsOverride(int64(width), 900, scale, false),
		chromedp.Navigate(u),
		chromedp.Poll(`(() => { const el = document.getElementById("timeline-chart"); if (!el) return ["error", "the page has no #timeline-chart; is it a timeline page?"]; if (el.hasAttribute("data-timeline-error")) return ["error", el.getAttribute("data-timeline-error")]; if (el.hasAttribute("data-timeline-ready")) return ["ready", el.getAttribute("data-timeline-ready"), el.getAttribute("data-timeline-labels") || "0", el.getAttribute("data-timeline-mode") || "events"]; return null; })()`, &state, chromedp.WithPollingInterval(50*time.Millisecond)),
	)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return Drawn{}, fmt.Errorf("the chart did not draw within %s (a page built with --assets cdn cannot load ECharts offline; build with --assets inline)", o.Timeout)
		}
		return Drawn{}, fmt.Errorf("chromium: %w", err)
	}
	if len(state) >= 2 && state[0] == "error" {
		return Drawn{}, fmt.Errorf("the page could not draw its chart: %s", state[1])
	}
	var d Drawn
	if len(state) == 4 {
		d.Events, _ = strconv.Atoi(state[1])
		d.Labels, _ = strconv.Atoi(state[2])
		d.Density = state[3] == "density"
	}
	return d, chromedp.Run(bctx, chromedp.ActionFunc(shoot))
}
