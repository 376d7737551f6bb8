package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// DefaultTimeout bounds each operation on a page unless Page.Timeout says
// otherwise.
const DefaultTimeout = 30 * time.Second

// Dialog is a JavaScript alert, confirm, prompt or beforeunload dialog the
// page opened. Every dialog is dismissed.
type Dialog struct {
	Type    string
	Message string
}

// Message is a console call or a browser log entry.
type Message struct {
	// Level is the console method ("log", "info", "warning", "error",
	// "debug", ...) for console calls, and the log level ("verbose",
	// "info", "warning", "error") for browser log entries.
	Level string
	// Source is "console" for console calls, and the browser's source for
	// log entries ("network", "javascript", "security", ...).
	Source string
	Text   string
}

// Request is a network request the page tried.
type Request struct {
	id  network.RequestID
	URL string
	// Failure is why it failed: "blocked (inspector)" when the harness
	// blocked it, else the browser's error text; empty while pending.
	Failure string
}

// OpenCall is one call of window.open.
type OpenCall struct {
	URL      string `json:"url"`
	Target   string `json:"target"`
	Features string `json:"features"`
}

// blocked are the URL patterns every tab refuses to load. A page under test
// must work from disk alone.
var blocked = []string{"http://*", "https://*", "ws://*", "wss://*", "ftp://*"}

// localSchemes are the schemes of requests that are neither recorded nor
// blocked.
var localSchemes = []string{"file:", "data:", "blob:", "about:", "chrome-error:", "devtools:"}

// openBinding is the CDP binding through which the window.open stub reports
// its calls.
const openBinding = "__browserRecordOpen"

// openStub replaces window.open before any page script runs. It records
// the call and opens nothing. The property is made read-only so that page
// code cannot put the real window.open back.
const openStub = `(() => {
  const record = (url, target, features) => {
    const send = globalThis.` + openBinding + `;
    const s = (v) => (v === undefined ? "" : String(v));
    if (typeof send === "function") send(JSON.stringify({url: s(url), target: s(target), features: s(features)}));
  };
  Object.defineProperty(window, "open", {
    value: function open(url, target, features) { record(url, target, features); return null; },
    writable: false, configurable: false, enumerable: true,
  });
})();`

// Page is one tab. Its methods are safe to call from one goroutine; the
// recorders are filled from the browser's event stream.
type Page struct {
	t       testing.TB
	ctx     context.Context
	cancel  context.CancelFunc
	Timeout time.Duration

	mu         sync.Mutex
	dialogs    []Dialog
	exceptions []string
	messages   []Message
	requests   []Request
	opens      []OpenCall
}

// NewPage opens a blank tab with the recorders in place. The tab is closed
// when the test ends. It fails the test if the tab cannot be set up.
func (s *Session) NewPage(t testing.TB) *Page {
	t.Helper()
	p, err := s.newPage(t)
	if err != nil {
		t.Fatalf("browser: new tab: %v", err)
	}
	t.Cleanup(p.Close)
	return p
}

// Open is NewPage followed by Navigate. A failed navigation fails the test.
func (s *Session) Open(t testing.TB, url string) *Page {
	t.Helper()
	p := s.NewPage(t)
	if err := p.Navigate(url); err != nil {
		p.Fatalf("%v", err)
	}
	return p
}

func (s *Session) newPage(t testing.TB) (*Page, error) {
	ctx, cancel := chromedp.NewContext(s.ctx)
	p := &Page{t: t, ctx: ctx, cancel: cancel, Timeout: DefaultTimeout}
	chromedp.ListenTarget(ctx, p.listen)
	// The first Run creates the tab, which then lives as long as the
	// context of that Run: it must be ctx itself, not one with a deadline.
	guard := time.AfterFunc(p.Timeout, cancel)
	defer guard.Stop()
	err := chromedp.Run(ctx,
		network.SetBlockedURLs(blocked),
		runtime.AddBinding(openBinding),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(openStub).Do(ctx)
			return err
		}),
		chromedp.EmulateViewport(ViewportWidth, ViewportHeight),
	)
	if err != nil {
		cancel()
		return nil, err
	}
	return p, nil
}

// Close closes the tab. NewPage arranges for it to be called.
func (p *Page) Close() { p.cancel() }

// Context is the tab's context, for running chromedp actions directly.
func (p *Page) Context() context.Context { return p.ctx }

// listen runs on the browser's event goroutine: it must not block, so
// anything that talks back to the browser goes to a new goroutine.
func (p *Page) listen(ev any) {
	switch ev := ev.(type) {
	case *page.EventJavascriptDialogOpening:
		p.mu.Lock()
		p.dialogs = append(p.dialogs, Dialog{Type: string(ev.Type), Message: ev.Message})
		p.mu.Unlock()
		go func() {
			c := chromedp.FromContext(p.ctx)
			if c == nil || c.Target == nil {
				return
			}
			_ = page.HandleJavaScriptDialog(false).Do(cdp.WithExecutor(p.ctx, c.Target))
		}()
	case *runtime.EventExceptionThrown:
		p.mu.Lock()
		p.exceptions = append(p.exceptions, exceptionText(ev.ExceptionDetails))
		p.mu.Unlock()
	case *runtime.EventConsoleAPICalled:
		parts := make([]string, 0, len(ev.Args))
		for _, a := range ev.Args {
			parts = append(parts, remoteText(a))
		}
		p.mu.Lock()
		p.messages = append(p.messages, Message{Level: string(ev.Type), Source: "console", Text: strings.Join(parts, " ")})
		p.mu.Unlock()
	case *log.EventEntryAdded:
		e := ev.Entry
		text := e.Text
		if e.URL != "" {
			text += " (" + e.URL + ")"
		}
		p.mu.Lock()
		p.messages = append(p.messages, Message{Level: string(e.Level), Source: string(e.Source), Text: text})
		p.mu.Unlock()
	case *network.EventRequestWillBeSent:
		p.request(ev.RequestID, ev.Request.URL)
	case *network.EventWebSocketCreated:
		p.request(ev.RequestID, ev.URL)
	case *network.EventLoadingFailed:
		p.mu.Lock()
		for i := range p.requests {
			if p.requests[i].id == ev.RequestID {
				f := ev.ErrorText
				if ev.BlockedReason != "" {
					f = strings.TrimSpace("blocked (" + string(ev.BlockedReason) + ") " + f)
				}
				p.requests[i].Failure = f
			}
		}
		p.mu.Unlock()
	case *runtime.EventBindingCalled:
		if ev.Name != openBinding {
			return
		}
		var c OpenCall
		if err := json.Unmarshal([]byte(ev.Payload), &c); err != nil {
			c = OpenCall{URL: "(unreadable window.open record: " + ev.Payload + ")"}
		}
		p.mu.Lock()
		p.opens = append(p.opens, c)
		p.mu.Unlock()
	}
}

func (p *Page) request(id network.RequestID, url string) {
	for _, s := range localSchemes {
		if strings.HasPrefix(url, s) {
			return
		}
	}
	p.mu.Lock()
	p.requests = append(p.requests, Request{id: id, URL: url})
	p.mu.Unlock()
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	text := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		text += " " + d.Exception.Description
	} else if d.Exception != nil && d.Exception.Value != nil {
		text += " " + string(d.Exception.Value)
	}
	if d.URL != "" {
		text += fmt.Sprintf(" at %s:%d:%d", d.URL, d.LineNumber+1, d.ColumnNumber+1)
	}
	return text
}

func remoteText(o *runtime.RemoteObject) string {
	if o == nil {
		return "<nil>"
	}
	if len(o.Value) > 0 {
		var s string
		if json.Unmarshal(o.Value, &s) == nil {
			return s
		}
		return string(o.Value)
	}
	if o.UnserializableValue != "" {
		return string(o.UnserializableValue)
	}
	if o.Description != "" {
		return o.Description
	}
	return string(o.Type)
}

// Dialogs returns the dialogs opened so far.
func (p *Page) Dialogs() []Dialog {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Dialog(nil), p.dialogs...)
}

// Exceptions returns the uncaught exceptions so far, each with its message
// and stack.
func (p *Page) Exceptions() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.exceptions...)
}

// Messages returns the console calls and log entries so far whose level is
// one of levels, or all of them when none is given.
func (p *Page) Messages(levels ...string) []Message {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []Message
	for _, m := range p.messages {
		if len(levels) == 0 || contains(levels, m.Level) {
			out = append(out, m)
		}
	}
	return out
}

// Requests returns the network requests the page tried, other than file:,
// data: and blob: ones. All of them were blocked.
func (p *Page) Requests() []Request {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Request(nil), p.requests...)
}

// Opened returns the window.open calls so far.
func (p *Page) Opened() []OpenCall {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]OpenCall(nil), p.opens...)
}

// Problems lists what a well-behaved page never does: a dialog, an
// exception, a console or log message at level error or warning, a network
// request. It is empty for a clean page.
func (p *Page) Problems() []string {
	var out []string
	for _, d := range p.Dialogs() {
		out = append(out, fmt.Sprintf("dialog %s: %q", d.Type, d.Message))
	}
	for _, e := range p.Exceptions() {
		out = append(out, "exception: "+e)
	}
	for _, m := range p.Messages("error", "warning", "assert") {
		out = append(out, fmt.Sprintf("%s %s: %s", m.Source, m.Level, m.Text))
	}
	for _, r := range p.Requests() {
		out = append(out, "network request: "+r.URL)
	}
	return out
}

// Log describes everything recorded so far, for failure messages.
func (p *Page) Log() string {
	var b strings.Builder
	b.WriteString("--- browser log ---\n")
	n := 0
	line := func(format string, args ...any) {
		n++
		fmt.Fprintf(&b, format+"\n", args...)
	}
	for _, d := range p.Dialogs() {
		line("dialog %s: %q", d.Type, d.Message)
	}
	for _, e := range p.Exceptions() {
		line("exception: %s", e)
	}
	for _, m := range p.Messages() {
		line("%s %s: %s", m.Source, m.Level, m.Text)
	}
	for _, r := range p.Requests() {
		line("request: %s: %s", r.URL, r.Failure)
	}
	for _, o := range p.Opened() {
		line("window.open(%q, %q, %q)", o.URL, o.Target, o.Features)
	}
	if n == 0 {
		b.WriteString("(nothing recorded)\n")
	}
	b.WriteString("--- end of browser log ---")
	return b.String()
}

// Fatalf fails the test with the message followed by the browser log.
func (p *Page) Fatalf(format string, args ...any) {
	p.t.Helper()
	p.t.Fatalf("%s\n%s", fmt.Sprintf(format, args...), p.Log())
}

// Errorf reports a failure with the message followed by the browser log.
func (p *Page) Errorf(format string, args ...any) {
	p.t.Helper()
	p.t.Errorf("%s\n%s", fmt.Sprintf(format, args...), p.Log())
}

func (p *Page) run(timeout time.Duration, actions ...chromedp.Action) error {
	if timeout <= 0 {
		timeout = p.Timeout
	}
	ctx, cancel := context.WithTimeout(p.ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, actions...)
}

// DisableScripts turns off JavaScript for the tab, as a reader without
// JavaScript would have it. Call it before Navigate. Eval still works: it
// runs as the debugger, not as the page.
func (p *Page) DisableScripts() error {
	return p.run(0, emulation.SetScriptExecutionDisabled(true))
}

// Navigate loads url and waits for the load event.
func (p *Page) Navigate(url string) error {
	if err := p.run(0, chromedp.Navigate(url)); err != nil {
		return fmt.Errorf("browser: navigating to %s: %w", url, err)
	}
	return nil
}

// Eval evaluates a JavaScript expression in the page, awaits it if it is a
// promise, and decodes its JSON value into out (which may be nil).
func (p *Page) Eval(expr string, out any) error {
	err := p.run(0, chromedp.Evaluate(expr, out, func(e *runtime.EvaluateParams) *runtime.EvaluateParams {
		return e.WithAwaitPromise(true)
	}))
	if err != nil {
		return fmt.Errorf("browser: evaluating %s: %w", abbrev(expr), err)
	}
	return nil
}

// MustEval is Eval that fails the test, with the browser log, on error.
func (p *Page) MustEval(expr string, out any) {
	p.t.Helper()
	if err := p.Eval(expr, out); err != nil {
		p.Fatalf("%v", err)
	}
}

// WaitAttr waits until the first element matching selector carries one of
// the attributes names, and returns which one and its value. It gives up
// after timeout.
func (p *Page) WaitAttr(selector string, timeout time.Duration, names ...string) (name, value string, err error) {
	if timeout <= 0 {
		timeout = p.Timeout
	}
	sel, _ := json.Marshal(selector)
	ns, _ := json.Marshal(names)
	js := fmt.Sprintf(`new Promise((resolve) => {
  const sel = %s, names = %s;
  let obs = null, timer = null;
  const check = () => {
    const el = document.querySelector(sel);
    if (!el) return false;
    for (const n of names) {
      const v = el.getAttribute(n);
      if (v !== null) {
        if (obs) obs.disconnect();
        if (timer) clearTimeout(timer);
        resolve([n, v]);
        return true;
      }
    }
    return false;
  };
  if (check()) return;
  obs = new MutationObserver(check);
  obs.observe(document, {attributes: true, attributeFilter: names, childList: true, subtree: true});
  timer = setTimeout(() => { obs.disconnect(); resolve(null); }, %d);
})`, sel, ns, timeout.Milliseconds())
	var got []string
	err = p.run(timeout+5*time.Second, chromedp.Evaluate(js, &got, func(e *runtime.EvaluateParams) *runtime.EvaluateParams {
		return e.WithAwaitPromise(true)
	}))
	if err != nil {
		return "", "", fmt.Errorf("browser: waiting for %v on %s: %w", names, selector, err)
	}
	if len(got) != 2 {
		return "", "", fmt.Errorf("browser: waiting for %v on %s: %w after %v", names, selector, errTimeout, timeout)
	}
	return got[0], got[1], nil
}

// ChartPixel converts a value in an ECharts chart's coordinates to a
// point in the viewport, scrolling the chart into view first. chart is a
// JavaScript expression for the instance (such as "window.timelineChart"),
// finder and value are JavaScript expressions passed to its
// convertToPixel. It fails if the point lies outside the viewport.
func (p *Page) ChartPixel(chart, finder, value string) (x, y float64, err error) {
	js := `(() => {
  const c = ` + chart + `;
  if (!c) return {err: "no chart: ` + strings.ReplaceAll(chart, `"`, `'`) + ` is empty"};
  c.getDom().scrollIntoView({block: "center", inline: "center"});
  const pt = c.convertToPixel(` + finder + `, ` + value + `);
  if (!pt || !isFinite(pt[0]) || !isFinite(pt[1])) return {err: "convertToPixel gave " + JSON.stringify(pt)};
  const r = c.getDom().getBoundingClientRect();
  return {x: r.left + pt[0], y: r.top + pt[1]};
})()`
	var res struct {
		X, Y float64
		Err  string
	}
	if err := p.Eval(js, &res); err != nil {
		return 0, 0, err
	}
	if res.Err != "" {
		return 0, 0, fmt.Errorf("browser: chart pixel of %s in %s: %s", value, finder, res.Err)
	}
	if res.X < 0 || res.Y < 0 || res.X >= ViewportWidth || res.Y >= ViewportHeight {
		return 0, 0, fmt.Errorf("browser: chart pixel of %s in %s is (%.0f, %.0f), outside the %dx%d viewport",
			value, finder, res.X, res.Y, ViewportWidth, ViewportHeight)
	}
	return res.X, res.Y, nil
}

// ElementCenter scrolls the first element matching selector into view and
// returns the centre of its box in the viewport.
func (p *Page) ElementCenter(selector string) (x, y float64, err error) {
	sel, _ := json.Marshal(selector)
	var res []float64
	err = p.Eval(`(() => {
  const e = document.querySelector(`+string(sel)+`);
  if (!e) return null;
  e.scrollIntoView({block: "center", inline: "center"});
  const r = e.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
})()`, &res)
	if err != nil {
		return 0, 0, err
	}
	if len(res) != 2 {
		return 0, 0, fmt.Errorf("browser: no element matches %s", selector)
	}
	return res[0], res[1], nil
}

// MouseMove moves the real mouse pointer to (x, y) in the viewport.
func (p *Page) MouseMove(x, y float64) error {
	if err := p.run(0, chromedp.MouseEvent(input.MouseMoved, x, y)); err != nil {
		return fmt.Errorf("browser: moving the mouse to (%.0f, %.0f): %w", x, y, err)
	}
	return nil
}

// Click moves the mouse to (x, y) in the viewport and clicks the left
// button there.
func (p *Page) Click(x, y float64) error {
	if err := p.MouseMove(x, y); err != nil {
		return err
	}
	if err := p.run(0, chromedp.MouseClickXY(x, y)); err != nil {
		return fmt.Errorf("browser: clicking at (%.0f, %.0f): %w", x, y, err)
	}
	return nil
}

// Screenshot captures the viewport as a PNG.
func (p *Page) Screenshot() ([]byte, error) {
	var buf []byte
	if err := p.run(0, chromedp.CaptureScreenshot(&buf)); err != nil {
		return nil, fmt.Errorf("browser: screenshot: %w", err)
	}
	return buf, nil
}

// ElementScreenshot captures the first element matching selector as a PNG.
func (p *Page) ElementScreenshot(selector string) ([]byte, error) {
	var buf []byte
	if err := p.run(0, chromedp.Screenshot(selector, &buf, chromedp.ByQuery)); err != nil {
		return nil, fmt.Errorf("browser: screenshot of %s: %w", selector, err)
	}
	return buf, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func abbrev(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return strconv.Quote(s)
}
