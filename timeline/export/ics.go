package export

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-tool/timeline/timeline"
	"github.com/timeline-tool/timeline/timeline/timex"
)

// Skipped is an event a format cannot hold, and why.
type Skipped struct {
	ID     string
	Date   timex.Value
	Reason string
}

func (s Skipped) String() string { return fmt.Sprintf("%s (%s): %s", s.ID, s.Date, s.Reason) }

// ICS writes t as an iCalendar file (RFC 5545): a VCALENDAR with a VEVENT
// per event a calendar can hold (see the package documentation), in time
// order, and returns the events left out. stamp is the DTSTAMP of every
// event (the time the file is made; the caller's clock). Lines end in CRLF
// and are folded at 75 octets; text is escaped.
func ICS(w io.Writer, t *timeline.Timeline, stamp time.Time) ([]Skipped, error) {
	var b bytes.Buffer
	var skipped []Skipped
	line := func(name, value string) { foldLine(&b, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//timeline-tool//timeline//EN")
	line("CALSCALE", "GREGORIAN")
	if t.Title != "" {
		line("X-WR-CALNAME", escapeText(t.Title))
	}
	labels := groupLabels(t)
	ds := stamp.UTC().Format("20060102T150405Z")
	for _, e := range dated(t) {
		if why := icsReason(e.Date); why != "" {
			skipped = append(skipped, Skipped{ID: e.ID, Date: e.Date, Reason: why})
			continue
		}
		line("BEGIN", "VEVENT")
		line("UID", escapeText(e.ID)+"@timeline")
		line("DTSTAMP", ds)
		a, z := e.Date.Ends()
		if a.Precision() == timex.Time && z.Precision() == timex.Time {
			line("DTSTART", a.Interval().Start.Format("20060102T150405"))
			line("DTEND", z.Interval().End.Format("20060102T150405"))
		} else {
			line("DTSTART;VALUE=DATE", icsDate(e.Date.First()))
			line("DTEND;VALUE=DATE", icsDate(e.Date.Last().AddDate(0, 0, 1)))
		}
		line("SUMMARY", escapeText(e.Title))
		desc := e.Description
		if desc != "" {
			desc += "\n\n"
		}
		desc += "Date: " + e.Date.Display()
		ls := links(&e)
		for _, l := range ls {
			desc += "\nSource: " + l.URL
		}
		line("DESCRIPTION", escapeText(desc))
		if len(ls) > 0 {
			line("URL;VALUE=URI", ls[0].URL)
		}
		if g := groupLabel(labels, e.Group); g != "" {
			line("CATEGORIES", escapeText(g))
		}
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	_, err := w.Write(b.Bytes())
	return skipped, err
}

// icsReason says why a calendar cannot hold d, or "".
func icsReason(d timex.Value) string {
	iv := d.Interval()
	switch {
	case iv.OpenStart || iv.OpenEnd:
		return "an open interval has no end for a calendar"
	case d.Precision() == timex.Decade || d.Precision() == timex.Century:
		return "a decade or century is no calendar event"
	case d.First().Year() < 1:
		return "calendars do not reach before AD 1"
	}
	return ""
}

func icsDate(t time.Time) string { return t.Format("20060102") }

// escapeText escapes an iCalendar TEXT value: backslash, semicolon, comma
// and line breaks; other control characters are dropped.
func escapeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', ';', ',':
			b.WriteRune('\\')
			b.WriteRune(r)
		case '\n', '\r':
			b.WriteString(`\n`)
		default:
			if r < 0x20 && r != '\t' || r == 0x7f {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldLine writes a content line folded at 75 octets (RFC 5545 3.1): each
// continuation starts with a space, and no UTF-8 sequence is split.
func foldLine(b *bytes.Buffer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
