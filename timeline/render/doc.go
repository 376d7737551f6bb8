// Package render turns a timeline into its outputs: out/timeline.html, an
// interactive page that opens from disk (HTML), the same as a fragment to
// paste into another page (Fragment), and out/timeline.json, the data.
//
// # The page
//
// The chart is an ECharts 6 option built with go-echarts (a custom series
// per group, so the legend toggles groups) and written with RenderSnippet
// into our own html/template page, which adds the header, zoom presets, a
// key, the full list of events and the sources. go-echarts models only part
// of what ECharts offers; a ConfigurationVisitor adds the rest (root
// useUTC, axis breaks, tooltip confinement, lane bands, colours that follow
// the page's theme). The option is not go-echarts' script: its object
// literal is cut out and written as the body of a function of tl, the chart
// instance of assets/timeline.js, which the option names (tl.renderItem,
// tl.tooltip, tl.theme.text, ...). The page's last script hands that
// function and the data blob to timelineEmbed.start with
// document.currentScript; start finds the container, creates the chart in
// it and wires its controls.
//
// # The fragment
//
// Fragment writes the same header, controls, chart and list inside one
// <div class="tl-embed">, for a CMS or a report's HTML. Everything it
// needs stays inside: page.css rewritten with every selector under
// .tl-embed (scopeCSS: :root, html and body become the container), lane
// colours under a class named after them, no fixed ids (the chart, the
// list and the controls are found by class inside the container), and the
// scripts at the end of the container, where document.currentScript finds
// it. The one global is window.timelineEmbed, defined by the first copy of
// timeline.js; ECharts inline is wrapped so that a second copy skips it
// (and so that an AMD or CommonJS loader on the host does not capture it).
// The list anchors (id="event-…") stay, for links from the host; a second
// copy of the same fragment renames its own to "event-…-2" when it starts.
// A fragment does not use the URL hash, report the window's script errors
// or set window.timelineChart, which are the page's.
//
// # Search
//
// A search box above the chart keeps the events whose date, precision,
// group, title, badge, description or tags contain every word typed
// (ignoring case and accents). The list hides the other items, the chart
// is given only the matching data items, and a live count says "N of M
// events"; Escape or an empty box shows all again. The box is in the
// controls, which are hidden without JavaScript and in print.
//
// # Layout
//
// Lanes are the groups, in the order declared; events without a group go
// in a last lane. Dates covering a day or less are dots; months, seasons,
// years and stated ranges are bars; decades, centuries, inferred ranges,
// open ranges and dates marked approximate or uncertain are faded, dashed
// bars over their widened interval ("somewhere in here"). Events that wait
// for review (candidates, and extracted events not yet reviewed) are drawn
// hollow. Inside a lane, spans that would cover one another go on separate
// rows (packRows), at most four; points share a row with other points.
//
// The axis covers the events with a small margin and round ends. Long
// empty stretches are cut out with ECharts 6 axis breaks (findBreaks): a
// gap of at least a quarter of the whole and 90 days is cut between round
// dates, keeping a margin on both sides, so a timeline with one event in
// the 1960s and a cluster in 2024 gives both ends room. Ticks are round
// years at a step that fits the width, recomputed on every zoom; below
// three years ECharts' own month and day ticks are used. The first view
// shows everything; a preset (and the URL hash #view=1) zooms to the
// densest period: the shortest window holding a tenth of the dated points
// (at least three), padded by half its width.
//
// Labels are the titles shortened to 34 characters. In each lane, in time
// order, a label takes the first free label row above or below the marks
// (up to three on each side, as the lane's height allows), with a leader
// line when it is not next to its mark; a label that finds no room is left
// out, and the tooltip still shows the full title. This greedy placement
// replaces ECharts' hideOverlap, which ranks labels by the area of their
// mark and so always hides points behind bars.
//
// # Density
//
// A timeline of thousands of events would be a wall of overlapping marks:
// at 1,400 pixels at most about 65 labels fit at any zoom, so with 400
// events in view over five in six go unlabelled and nearly half the marks touch
// a neighbour. When the window holds more than 400 events (counting only
// search matches and groups shown), timeline.js draws each lane as a
// histogram instead: one bar per bucket of time, as tall as its count on a
// scale shared by all lanes, darker the fuller. The bucket is the finest of
// hours (1, 2, 3, 6, 12), days (1, 2, 3), weeks (Monday to Sunday),
// half-months, months, quarters, half-years, years and round multiples of
// years (2, 5, 10, 20, 50, 100, ...) that cuts the window, breaks left out,
// into at most 150; each is at most three times the one before, so there
// are 50 to 150. Buckets are calendar-aligned in UTC. An event dated within
// one bucket counts 1 there (the bar's solid part); one with a broader date
// adds to every bucket it overlaps the share of its span that falls in it
// (the faded top), so each event counts 1 in all. Labels are hidden; a
// note under the chart names the bucket and the tallest count; a bar's
// tooltip gives its span, its counts and the five most telling of its
// events (curated or merged before curated candidates before extracted
// ones, then higher confidence, then earlier; see rank.go) and how many
// more it holds, and a click zooms to it. Below the limit (zoom, presets, search, legend) the events
// are drawn again. The buckets are computed in the browser from the
// chart's own data, so the page is no larger. Outside the event series
// nothing changes: list, eras, presets, theme, print.
//
// # Keyboard and screen readers
//
// The list under the chart serves screen readers and readers without
// JavaScript. The chart itself is a widget the keyboard can use: its
// element takes the focus with Tab (an outline shows it), has role
// "application", an aria-label naming its events and groups, and
// aria-describedby pointing at the caption, which lists the keys, and the
// density note. Left and Right move a focused item through the events in
// the window in time order (only search matches of the groups shown), Up
// and Down to the nearest in time of the next group up or down, Home and
// End to the first and last; in the density view the same keys move
// through a group's bars (a bar is in the window when its middle is: the
// sliver an edge leaves of one is not drawn). Past the last item in the
// window, Right moves the window on, as wide (breaks left out) and inside
// the axis, until the next item, however far, stands a tenth of the window
// in from its left edge, and focuses it: the next event shown, or the next
// bar of the group. Left does the same the other way, and Ctrl+Home and
// Ctrl+End for the first and last of the whole timeline (of the group, for
// bars). For bars too the window moves by about its own width, not by one
// bar: each move brings a window of new bars to step through before the
// next, is announced once rather than at every key, and works as it does
// for events. The item is highlighted (a focus ring, through ECharts'
// highlight action) with its tooltip beside it, and a polite live region
// (.tl-live, visually hidden) says, as plain text, its date, precision,
// title, group and place ("Event 5 of 7 in view"), or a bar's span and
// counts, and after a move the window's new span. Enter, or Space as on a
// button, does what a click does: opens the event's http(s) link, or zooms
// into the bar; the page does not scroll. + and - (or Page Up and Page
// Down) halve or double the time shown around the item, breaks left out,
// and the live region says what the window then shows. Escape lets go. ECharts' own
// aria option is not used: it would give the canvas a second, static name
// (role img) inside the widget and keep one more copy of the group labels
// in the option. Nothing on the page animates (ECharts' animation is off,
// the tooltip moves at once), so there is no motion to reduce.
//
// # Safety
//
// Event text is untrusted: it comes from documents. go-echarts writes its
// option into the script unescaped and turns any "__f__" marker into code,
// so titles, descriptions, quotes and links never enter the option. The
// list, written by html/template, holds them; a small data blob (also
// written by html/template) holds the short labels the canvas draws; the
// chart knows events by their index, which is also their place in the
// list, and the tooltip and the click read the list item. The only user
// text left in the option, the group labels, is neutralised (neutralise)
// and the whole option go-echarts writes is re-escaped
// (escapeChartScript). The tooltip escapes every field, and links must
// pass SafeURL (http or https with a host) wherever they come from.
//
// # Size
//
// An event's text is on the page once, in the list; the list's markup is
// lean and its items use CSS content-visibility, so a browser lays out
// only those on screen. 10,000 events make a page of about 6.0 MB
// (ECharts not counted) that Chromium draws, as buckets, in under a second.
//
// # Contract with browser tests
//
// The chart container #timeline-chart gets data-timeline-ready="N" once the
// series has rendered and the list is parsed, N being the number of event
// marks drawn (after a search, the matches drawn; in the density view, the
// events its bars count), and data-timeline-labels="L", the labels that
// found room (0 in the density view); data-timeline-mode is "events" or
// "density", and data-timeline-bucket names the density view's bucket
// ("year", "3 days"); data-timeline-error holds the message when rendering
// fails. window.timelineChart is the ECharts instance, and
// timelineEmbed.buckets the density view's bucket rules. An event's data
// item is [start, end, lane, index, row, style], the style's low three
// bits its mark and hollowness and the rest its rank class (style >> 3).
// The chart container is focusable (tabindex 0, role application,
// aria-label, aria-describedby the ids timeline.js gives the figcaption
// and the density note) and handles keydown as above, cancelling the keys
// it uses (so Space and the arrows do not scroll the page); the figure's
// .tl-live element holds what it announces, as text; the focused item's
// focus ring is the silent, unfilled element of its group, at opacity 1
// while highlighted (ECharts applies it on its next frame). In a
// fragment, each container's .tl-chart element gets the same attributes,
// and echarts.getInstanceByDom of its .tl-canvas is its instance.
package render
