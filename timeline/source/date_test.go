package source

import (
	"fmt"
	"testing"
)

func TestScanDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "2024-08-12 13" is the value and the length read; "" for no date
	}{
		{"Aug. 12, 2024 —", "2024-08-12 13"},
		{"Aug.12, 2024 edition", "2024-08-12 12"},
		{"Aug 12 2024", "2024-08-12 11"},
		{"August 12, 2024", "2024-08-12 15"},
		{"AUGUST 12, 2024", "2024-08-12 15"},
		{"Sept. 3, 2024", "2024-09-03 13"},
		{"Monday, August 12th, 2024", "2024-08-12 25"},
		{"Mon., Aug. 12, 2024", "2024-08-12 19"},
		{"12 August 2024", "2024-08-12 14"},
		{"12th of August, 2024", "2024-08-12 20"},
		{"12 Aug. 2024", "2024-08-12 12"},
		{"Mon, 12 Aug 2024 10:00:00 GMT", "2024-08-12 16"},
		{"2024-08-12T10:00:00Z", "2024-08-12 10"},
		{"2024/08/12", "2024-08-12 10"},
		{"13/08/2024", "2024-08-13 10"},
		{"08/13/2024", "2024-08-13 10"},
		{"May 1, 2020", "2020-05-01 11"},
		// Not full dates, or not dates.
		{"08/07/2024", ""}, // day and month ambiguous
		{"August 2024", ""},
		{"Aug. 12", ""},
		{"12 August", ""},
		{"1,200 August", ""},
		{"Augusta 12, 2024", ""},
		{"32 August 2024", ""},
		{"Aug. 12, 20245", ""},
		{"2024-08-123", ""},
		{"August. 12, 2024", ""},
		{"May. 12, 2024", ""},
		{"", ""},
	} {
		d, n, ok := scanDate(c.in, false)
		got := ""
		if ok {
			v, valid := d.value()
			got = fmt.Sprintf("%s %d", v.String(), n)
			if !valid {
				got = fmt.Sprintf("invalid %v %d", d, n)
			}
		}
		if got != c.want {
			t.Errorf("scanDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseDateOnly(t *testing.T) {
	for in, want := range map[string]string{
		"2024-05-03T23:30:00-04:00":     "2024-05-03",
		"2024-05-03":                    "2024-05-03",
		" 2024-05 ":                     "2024-05",
		"August 2024":                   "2024-08",
		"Fri, 03 May 2024 10:00:00 GMT": "2024-05-03",
		"May 3, 2024 at 10:30 a.m.":     "2024-05-03",
		"3 May 2024, 10:30":             "2024-05-03",
		"2024-02-30":                    "invalid",
		"yesterday":                     "",
		"May 3, 2024 was a Friday":      "",
		"":                              "",
	} {
		d, ok := parseDateOnly(in)
		got := ""
		if ok {
			if v, valid := d.value(); valid {
				got = v.String()
			} else {
				got = "invalid"
			}
		}
		if got != want {
			t.Errorf("parseDateOnly(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDatelineOf(t *testing.T) {
	for _, c := range []struct {
		line, want string // "2024-08-12 dateline Aug. 12, 2024"
	}{
		{"TEHRAN, Aug. 12, 2024 — Iran's foreign minister said", "2024-08-12 dateline Aug. 12, 2024"},
		{"PASSAU, Germany, June 4, 2013 (Reuters) - The Danube", "2013-06-04 dateline June 4, 2013"},
		{"NEW YORK, March 3, 2020 /PRNewswire/ -- Acme", "2020-03-03 dateline March 3, 2020"},
		{"GAZA CITY, Oct. 9, 2023 (AP) — Residents", "2023-10-09 dateline Oct. 9, 2023"},
		{"WASHINGTON (Reuters) - The U.S. Senate passed", ""},
		{"LONDON, March 3 (Reuters) - Shares fell", ""},
		{"Published: 12 August 2024", "2024-08-12 published-line 12 August 2024"},
		{"First published on Aug. 13, 2024", "2024-08-13 published-line Aug. 13, 2024"},
		{"Posted August 2024", "2024-08 published-line August 2024"},
		{"By Maria Lopez | Published: 13 August 2024 | 4 min read", "2024-08-13 published-line 13 August 2024"},
		{"By Jane Doe, Aug. 12, 2024", "2024-08-12 dateline Aug. 12, 2024"},
		{"Monday, 12 August 2024, 10:30", "2024-08-12 dateline Monday, 12 August 2024"},
		{"2024-08-12", "2024-08-12 dateline 2024-08-12"},
		{"The report was published on Aug. 12, 2024 by the ministry.", ""},
		{"It happened on Aug. 12, 2024.", ""},
		{"The strike on Aug. 12, 2024", ""},
		{"NASA's probe launched Sept. 5, 1977 —", ""},
	} {
		d, at, n, label := datelineOf(c.line)
		got := ""
		if n > 0 {
			v, _ := d.value()
			got = fmt.Sprintf("%s %s %s", v.String(), label, c.line[at:at+n])
		}
		if got != c.want {
			t.Errorf("datelineOf(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

func TestFindDatelineCaption(t *testing.T) {
	text := "A headline about a billboard\nVehicles drive past a billboard in Tehran, Iran, Aug. 12, 2024. (AFP Photo)\n\nThe body of the article starts here and mentions July 31, 2024.\n"
	v, label, r, ok := findDatelineIn(text)
	if !ok || v.String() != "2024-08-12" || label != "caption" || text[r.Start:r.End] != "Aug. 12, 2024" {
		t.Errorf("caption fallback = %v %q %q %v", v, label, text[r.Start:r.End], ok)
	}
	// Only near the top, and not from running text.
	if _, _, _, ok := findDatelineIn("The talks ended on Aug. 12, 2024.\n"); ok {
		t.Errorf("a date in running text was taken for the publication date")
	}
}
