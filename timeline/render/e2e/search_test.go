package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/internal/browser"
)

// typeInto types text into the element matching sel with real key events
// (focus, then key down, char and up for each character).
func typeInto(t *testing.T, p *browser.Page, sel, text string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.Context(), 10*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.SendKeys(sel, text, chromedp.ByQuery)); err != nil {
		p.Fatalf("typing %q into %s: %v", text, sel, err)
	}
}

// searchMatches are the events whose date, group, title, badge,
// description and tags hold every word of q, ignoring case: what the
// search box promises.
func searchMatches(tl *timeline.Timeline, q string) []string {
	label := map[string]string{}
	for _, g := range tl.Groups {
		label[g.ID] = g.Label
	}
	var ids []string
	for _, e := range tl.Events {
		hay := strings.ToLower(strings.Join([]string{e.Date.Display(), e.Date.PrecisionLabel(), label[e.Group], e.Title,
			string(e.Status), e.Description, strings.Join(e.Tags, ", ")}, " "))
		ok := true
		for _, w := range strings.Fields(strings.ToLower(q)) {
			ok = ok && strings.Contains(hay, w)
		}
		if ok {
			ids = append(ids, "event-"+e.ID)
		}
	}
	return ids
}

type searchState struct {
	Visible []string // ids of the list items shown
	Count   string   // the "N of M events" text
}

const searchStateJS = `({
  visible: [...document.querySelectorAll("ol.tl-list > li")].filter((li) => li.getBoundingClientRect().height > 0).map((li) => li.id),
  count: document.querySelector(".tl-count").textContent,
})`

// waitSearch waits until the chart draws want events and the list shows
// them, with the count to match.
func waitSearch(t *testing.T, p *browser.Page, q string, want []string, total int) {
	t.Helper()
	var s searchState
	var ready string
	wantCount := fmt.Sprintf("%d of %d events", len(want), total)
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		p.MustEval(searchStateJS, &s)
		p.MustEval(`document.getElementById("timeline-chart").getAttribute("data-timeline-ready")`, &ready)
		if ready == fmt.Sprint(len(want)) && slices.Equal(s.Visible, want) && s.Count == wantCount {
			return
		}
		if time.Now().After(deadline) {
			p.Fatalf("search %q: chart ready=%s, list shows %q, count %q; want %d, %q, %q", q, ready, s.Visible, s.Count, len(want), want, wantCount)
		}
	}
}

// TestSearchFilters types into the page's search box and checks that the
// chart and the list keep only the matching events, and that clearing the
// box (Backspace, Escape) brings them all back.
func TestSearchFilters(t *testing.T) {
	tl := sample(t)
	p := open(t, tl, "light")
	all := searchMatches(tl, "")
	if len(all) != len(tl.Events) {
		t.Fatalf("the empty query matches %d of %d events", len(all), len(tl.Events))
	}
	waitSearch(t, p, "", all, len(tl.Events))

	// The box is labelled and reachable with the keyboard.
	var box struct {
		Label    string
		TabIndex int
		Focused  bool
	}
	p.MustEval(`(() => { const b = document.querySelector(".tl-q"); b.focus();
  return {label: b.labels[0].textContent.trim(), tabIndex: b.tabIndex, focused: document.activeElement === b}; })()`, &box)
	if !strings.HasPrefix(box.Label, "Search events") || box.TabIndex < 0 || !box.Focused {
		p.Fatalf("search box: %+v; want a label, a place in the tab order, focus", box)
	}

	for _, q := range []string{"press", "2024", "CORROSION", "lane closures", "zzz"} {
		want := searchMatches(tl, q)
		if q != "zzz" && (len(want) == 0 || len(want) == len(tl.Events)) {
			t.Fatalf("query %q matches %d of %d events: not a test of filtering", q, len(want), len(tl.Events))
		}
		typeInto(t, p, ".tl-q", q)
		waitSearch(t, p, q, want, len(tl.Events))
		// Clear by the keyboard: Backspace for some, Escape for others.
		if len(q)%2 == 0 {
			typeInto(t, p, ".tl-q", strings.Repeat(kb.Backspace, len(q)))
		} else {
			typeInto(t, p, ".tl-q", kb.Escape)
		}
		waitSearch(t, p, "", all, len(tl.Events))
	}
	// The marks left are the matching ones, where they were.
	typeInto(t, p, ".tl-q", "press")
	want := searchMatches(tl, "press")
	waitSearch(t, p, "press", want, len(tl.Events))
	s := chart(p)
	var drawn []string
	for _, m := range s.Marks {
		if m.Drawn {
			drawn = append(drawn, m.Anchor)
		}
	}
	slices.Sort(drawn)
	slices.Sort(want)
	if !slices.Equal(drawn, want) {
		p.Errorf("after searching %q the chart draws %q, want %q", "press", drawn, want)
	}
	checkPlacement(t, p, s)
	clean(t, p, "after searching")
}

// TestSearchHiddenInPrintAndWithoutJavaScript: a box that does nothing
// without scripts, and means nothing on paper, is not shown.
func TestSearchHiddenInPrintAndWithoutJavaScript(t *testing.T) {
	tl := sample(t)
	u := pageURL(t, tl, "light")
	const shown = `(() => { const r = document.querySelector(".tl-q").getBoundingClientRect(); return r.width > 0 && r.height > 0; })()`
	noJS := sess(t).NewPage(t)
	if err := noJS.DisableScripts(); err != nil {
		noJS.Fatalf("%v", err)
	}
	if err := noJS.Navigate(u); err != nil {
		noJS.Fatalf("%v", err)
	}
	var visible bool
	noJS.MustEval(shown, &visible)
	if visible {
		noJS.Errorf("without JavaScript the search box is shown")
	}

	p := open(t, tl, "light")
	p.MustEval(shown, &visible)
	if !visible {
		p.Fatalf("with JavaScript the search box is not shown")
	}
	if err := chromedp.Run(p.Context(), emulation.SetEmulatedMedia().WithMedia("print")); err != nil {
		p.Fatalf("%v", err)
	}
	p.MustEval(shown, &visible)
	if visible {
		p.Errorf("in print the search box is shown")
	}
}
