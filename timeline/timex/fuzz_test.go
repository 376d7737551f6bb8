package timex

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that its errors point inside
// the text and quote it, and that every value it accepts prints as a string
// that parses back to the same value.
func FuzzParse(f *testing.F) {
	for _, tc := range validTests {
		f.Add(tc.in)
	}
	for _, tc := range invalidTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q): error %T is not a *ParseError", s, err)
			}
			if pe.Offset < 0 || pe.Offset > len(s) || pe.Value != s {
				t.Fatalf("Parse(%q): bad error position %d or value %q", s, pe.Offset, pe.Value)
			}
			if s != "" && !strings.HasSuffix(err.Error(), " in "+strconv.Quote(s)) {
				t.Fatalf("Parse(%q): error %q does not quote the text", s, err)
			}
			if !v.IsZero() {
				t.Fatalf("Parse(%q) returned %#v with an error", s, v)
			}
			return
		}
		if v.IsZero() {
			t.Fatalf("Parse(%q) gave the zero Value and no error", s)
		}
		w, err := Parse(v.String())
		if err != nil {
			t.Fatalf("Parse(%q) = %q, which does not parse: %v", s, v, err)
		}
		if w.String() != v.String() || w.Interval() != v.Interval() || w.Precision() != v.Precision() || w != v {
			t.Fatalf("Parse(%q) = %q (%v, %v) but Parse(%q) = %q (%v, %v)",
				s, v, v.Interval(), v.Precision(), v.String(), w, w.Interval(), w.Precision())
		}
		iv := v.Interval()
		if iv.OpenStart && iv.OpenEnd {
			t.Fatalf("Parse(%q): both ends open", s)
		}
		if !iv.OpenStart && !iv.OpenEnd && !iv.End.After(iv.Start) {
			t.Fatalf("Parse(%q): empty interval %v", s, iv)
		}
		if !iv.OpenStart && !iv.OpenEnd && v.Last().Before(v.First()) {
			t.Fatalf("Parse(%q): Last %v before First %v", s, v.Last(), v.First())
		}
		if !v.Contains(v) {
			t.Fatalf("Parse(%q): a value does not contain itself", s)
		}
		if v.Display() == "" || v.PrecisionLabel() == "" {
			t.Fatalf("Parse(%q): empty Display %q or PrecisionLabel %q", s, v.Display(), v.PrecisionLabel())
		}
		if strings.Contains(v.Display(), " 0 BC") || v.Display() == "0" {
			t.Fatalf("Parse(%q): Display %q shows a year zero", s, v.Display())
		}
		d := v.DisplayInterval()
		if !d.OpenStart && d.Start.After(iv.Start) || !d.OpenEnd && d.End.Before(iv.End) {
			t.Fatalf("Parse(%q): DisplayInterval %v narrower than Interval %v", s, d, iv)
		}
	})
}
