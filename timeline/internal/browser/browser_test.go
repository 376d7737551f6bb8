package browser

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	session  *Session
	startErr error
)

func TestMain(m *testing.M) {
	if _, err := Find(); err != nil {
		startErr = err
	} else {
		session, startErr = Start(context.Background())
	}
	code := m.Run()
	if err := session.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

func sess(t *testing.T) *Session {
	t.Helper()
	if session == nil {
		Unavailable(t, "no browser: %v", startErr)
	}
	return session
}

func harness(t *testing.T) *Page {
	t.Helper()
	u, err := FileURL(filepath.Join("testdata", "harness.html"))
	if err != nil {
		t.Fatal(err)
	}
	p := sess(t).Open(t, u)
	if _, _, err := p.WaitAttr("#box", 5*time.Second, "data-ready"); err != nil {
		p.Fatalf("%v", err)
	}
	return p
}

// eventually polls cond until it holds or two seconds pass.
func eventually(t *testing.T, p *Page, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	p.Fatalf("never happened: %s", what)
}

func TestCleanPageHasNoProblems(t *testing.T) {
	p := harness(t)
	if pr := p.Problems(); len(pr) != 0 {
		p.Fatalf("problems on a clean page: %q", pr)
	}
	var found bool
	for _, m := range p.Messages("log") {
		if m.Source == "console" && m.Text == "hello 42" {
			found = true
		}
	}
	if !found {
		p.Fatalf(`console.log("hello", 42) was not recorded as "hello 42"`)
	}
}

func TestRecordsAndDismissesDialogs(t *testing.T) {
	p := harness(t)
	// alert blocks the page until it is dismissed: Eval returning at all
	// shows that the harness dismissed it.
	var after string
	p.MustEval(`alert("boom <1>"); confirm("sure?") ? "yes" : "no"`, &after)
	if after != "no" {
		p.Fatalf("confirm returned %q, want the dismissed answer %q", after, "no")
	}
	got := p.Dialogs()
	want := []Dialog{{"alert", "boom <1>"}, {"confirm", "sure?"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		p.Fatalf("dialogs = %v, want %v", got, want)
	}
	if len(p.Problems()) != 2 {
		p.Fatalf("problems = %q, want the two dialogs", p.Problems())
	}
}

func TestRecordsExceptionsAndConsoleErrors(t *testing.T) {
	p := harness(t)
	p.MustEval(`setTimeout(() => { throw new TypeError("kaboom") }, 0); console.error("bad", {a: 1}); console.warn("careful")`, nil)
	eventually(t, p, "the exception is recorded", func() bool { return len(p.Exceptions()) == 1 })
	if e := p.Exceptions()[0]; !strings.Contains(e, "TypeError: kaboom") {
		p.Fatalf("exception %q does not name TypeError: kaboom", e)
	}
	errs := p.Messages("error")
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Text, "bad ") || errs[0].Source != "console" {
		p.Fatalf("console errors = %+v, want one starting %q", errs, "bad ")
	}
	if w := p.Messages("warning"); len(w) != 1 || w[0].Text != "careful" {
		p.Fatalf("console warnings = %+v, want one %q", w, "careful")
	}
}

func TestBlocksAndRecordsNetworkRequests(t *testing.T) {
	p := harness(t)
	var outcome string
	p.MustEval(`(async () => {
  const img = new Image();
  img.src = "https://example.org/pixel.png";
  document.body.append(img);
  try { await fetch("http://93.184.215.14/data.json"); return "fetched"; }
  catch (e) { return "failed: " + e.name; }
})()`, &outcome)
	if outcome != "failed: TypeError" {
		p.Fatalf("fetch of a remote URL: %q, want it to fail with TypeError", outcome)
	}
	eventually(t, p, "both requests are recorded and have failed", func() bool {
		r := p.Requests()
		return len(r) == 2 && r[0].Failure != "" && r[1].Failure != ""
	})
	got := map[string]string{}
	for _, r := range p.Requests() {
		got[r.URL] = r.Failure
	}
	for _, u := range []string{"https://example.org/pixel.png", "http://93.184.215.14/data.json"} {
		// Blocked by the harness, not merely unreachable.
		if f, ok := got[u]; !ok || !strings.HasPrefix(f, "blocked (inspector)") {
			p.Fatalf("request for %s: recorded %v, failure %q; want it blocked", u, ok, f)
		}
	}
	// Local URLs are neither recorded nor blocked.
	var local string
	p.MustEval(`fetch("data:text/plain,ok").then(r => r.text())`, &local)
	if local != "ok" || len(p.Requests()) != 2 {
		p.Fatalf("data: fetch gave %q and requests %+v; want ok and no new request", local, p.Requests())
	}
}

func TestStubsWindowOpen(t *testing.T) {
	p := harness(t)
	var ret string
	p.MustEval(`String(window.open("https://example.org/a?b=1", "_blank", "noopener,noreferrer")) + " " + String(window.open("javascript:alert(1)"))`, &ret)
	if ret != "null null" {
		p.Fatalf("window.open returned %q, want null twice", ret)
	}
	eventually(t, p, "both calls are recorded", func() bool { return len(p.Opened()) == 2 })
	want := []OpenCall{
		{URL: "https://example.org/a?b=1", Target: "_blank", Features: "noopener,noreferrer"},
		{URL: "javascript:alert(1)"},
	}
	if got := p.Opened(); fmt.Sprint(got) != fmt.Sprint(want) {
		p.Fatalf("window.open calls = %+v, want %+v", got, want)
	}
	if len(p.Dialogs()) != 0 {
		p.Fatalf("the stub ran the javascript: URL")
	}
	// The page cannot put a working window.open back.
	var kind string
	p.MustEval(`window.open = () => "real"; String(window.open("x"))`, &kind)
	if kind != "null" {
		p.Fatalf("after reassignment window.open returned %q, want the stub's null", kind)
	}
}

func TestWaitAttr(t *testing.T) {
	p := harness(t)
	p.MustEval(`setTimeout(() => document.getElementById("box").setAttribute("data-error", "no data"), 100)`, nil)
	start := time.Now()
	name, value, err := p.WaitAttr("#box", 5*time.Second, "data-done", "data-error")
	if err != nil || name != "data-error" || value != "no data" {
		p.Fatalf("WaitAttr = %q, %q, %v; want data-error, no data", name, value, err)
	}
	if d := time.Since(start); d > 2*time.Second {
		p.Fatalf("WaitAttr took %v for an attribute set after 100 ms", d)
	}
	start = time.Now()
	_, _, err = p.WaitAttr("#box", 300*time.Millisecond, "data-never")
	if err == nil || !strings.Contains(err.Error(), "timed out") {
		p.Fatalf("WaitAttr for an attribute never set: err = %v, want a timeout", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		p.Fatalf("a 300 ms WaitAttr took %v", d)
	}
}

func TestChartPixelAndRealMouse(t *testing.T) {
	p := harness(t)
	x, y, err := p.ChartPixel("window.fakeChart", "{seriesIndex: 0}", "[40, 70]")
	if err != nil {
		p.Fatalf("%v", err)
	}
	if x != 140 || y != 120 {
		p.Fatalf("ChartPixel = (%v, %v), want (140, 120): the box is at (100, 50)", x, y)
	}
	if err := p.MouseMove(150, 130); err != nil {
		p.Fatalf("%v", err)
	}
	if err := p.Click(x, y); err != nil {
		p.Fatalf("%v", err)
	}
	var got string
	p.MustEval(`document.getElementById("box").dataset.clicked || ""`, &got)
	if got != "140,120" {
		p.Fatalf("the page saw a click at %q, want 140,120", got)
	}
	if x, y, err := p.ElementCenter("#box"); err != nil || x != 300 || y != 200 {
		p.Fatalf("ElementCenter(#box) = (%v, %v), %v; want (300, 200)", x, y, err)
	}
	if _, _, err := p.ElementCenter("#nothing"); err == nil {
		p.Fatalf("ElementCenter of a missing element gave no error")
	}
	if _, _, err := p.ChartPixel("window.fakeChart", "{seriesIndex: 1}", "[0, 0]"); err == nil {
		p.Fatalf("ChartPixel with a finder the chart does not know gave no error")
	}
	if _, _, err := p.ChartPixel("window.fakeChart", "{seriesIndex: 0}", "[5000, 0]"); err == nil {
		p.Fatalf("ChartPixel outside the viewport gave no error")
	}
	if _, _, err := p.ChartPixel("window.noChart", "{seriesIndex: 0}", "[0, 0]"); err == nil {
		p.Fatalf("ChartPixel without a chart gave no error")
	}
}

func TestScreenshots(t *testing.T) {
	p := harness(t)
	shot, err := p.Screenshot()
	if err != nil {
		p.Fatalf("%v", err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("viewport screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != ViewportWidth || b.Dy() != ViewportHeight {
		t.Fatalf("viewport screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), ViewportWidth, ViewportHeight)
	}
	// The box is #1f77b4 at (100..500, 50..350) on white.
	r, g, b, _ := img.At(300, 200).RGBA()
	if r>>8 != 0x1f || g>>8 != 0x77 || b>>8 != 0xb4 {
		t.Fatalf("pixel inside the box is %02x%02x%02x, want 1f77b4", r>>8, g>>8, b>>8)
	}
	r, g, b, _ = img.At(700, 600).RGBA()
	if r>>8 != 0xff || g>>8 != 0xff || b>>8 != 0xff {
		t.Fatalf("pixel outside the box is %02x%02x%02x, want white", r>>8, g>>8, b>>8)
	}
	shot, err = p.ElementScreenshot("#box")
	if err != nil {
		p.Fatalf("%v", err)
	}
	img, err = png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("element screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 400 || b.Dy() != 300 {
		t.Fatalf("element screenshot is %dx%d, want 400x300", b.Dx(), b.Dy())
	}
}

func TestDisableScripts(t *testing.T) {
	u, err := FileURL(filepath.Join("testdata", "harness.html"))
	if err != nil {
		t.Fatal(err)
	}
	p := sess(t).NewPage(t)
	if err := p.DisableScripts(); err != nil {
		p.Fatalf("%v", err)
	}
	if err := p.Navigate(u); err != nil {
		p.Fatalf("%v", err)
	}
	var state struct {
		JS   bool
		NoJS string
	}
	p.MustEval(`({js: document.body.dataset.js === "on", nojs: (document.getElementById("nojs") || {}).textContent || ""})`, &state)
	if state.JS || state.NoJS != "Scripts are off." {
		p.Fatalf("with scripts disabled: page script ran = %v, noscript text = %q", state.JS, state.NoJS)
	}
}

func TestNavigateToMissingFileFails(t *testing.T) {
	p := sess(t).NewPage(t)
	u, _ := FileURL(filepath.Join(t.TempDir(), "missing.html"))
	if err := p.Navigate(u); err == nil {
		t.Fatalf("navigating to %s gave no error", u)
	}
}

func TestFind(t *testing.T) {
	t.Setenv(EnvPath, filepath.Join(t.TempDir(), "no-such-chromium"))
	if p, err := Find(); err == nil || !strings.Contains(err.Error(), EnvPath) {
		t.Fatalf("Find with a bad %s = %q, %v; want an error naming the variable", EnvPath, p, err)
	}
	exe := filepath.Join(t.TempDir(), "my-chromium")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvPath, exe)
	if p, err := Find(); err != nil || p != exe {
		t.Fatalf("Find with %s=%s = %q, %v", EnvPath, exe, p, err)
	}
	t.Setenv(EnvPath, "")
	t.Setenv("PATH", t.TempDir())
	if p, err := Find(); err == nil {
		t.Fatalf("Find with an empty PATH = %q, want an error", p)
	}
}

// fakeTB records how Unavailable stopped a test.
type fakeTB struct {
	testing.TB
	fatal, skip string
}

func (f *fakeTB) Helper()                           {}
func (f *fakeTB) Fatalf(format string, args ...any) { f.fatal = fmt.Sprintf(format, args...) }
func (f *fakeTB) Skip(args ...any)                  { f.skip = fmt.Sprint(args...) }

func TestUnavailableSkipsLocallyAndFailsInCI(t *testing.T) {
	t.Setenv("CI", "")
	local := &fakeTB{}
	Unavailable(local, "no %s", "chromium")
	if local.skip != "no chromium" || local.fatal != "" {
		t.Fatalf("without CI: skip %q, fatal %q; want a skip", local.skip, local.fatal)
	}
	t.Setenv("CI", "true")
	ci := &fakeTB{}
	Unavailable(ci, "no %s", "chromium")
	if !strings.HasPrefix(ci.fatal, "no chromium") {
		t.Fatalf("under CI: fatal %q; want a failure saying no chromium", ci.fatal)
	}
}
