package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-tool/timeline/timeline"
)

// Columns are the columns of the TimelineJS Google spreadsheet template,
// in its order.
var Columns = []string{
	"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
	"Media Thumbnail", "Type", "Group", "Background",
}

const (
	colYear = iota
	colMonth
	colDay
	colTime
	colEndYear
	colEndMonth
	colEndDay
	colEndTime
	colDisplay
	colHeadline
	colText
	colMedia
	colMediaCredit
	colMediaCaption
	colMediaThumb
	colType
	colGroup
	colBackground
)

// CSV writes t as the TimelineJS spreadsheet template (RFC 4180, CRLF line
// ends): a header row, a "title" row, a row per dated event in time order,
// and an "era" row per era. Cells are as in TimelineJS (see the JSON);
// a cell a spreadsheet would take for a formula (starting with = + - @, a
// tab or a carriage return) gets a leading apostrophe, as does one that
// starts with an apostrophe, except whole numbers in the year columns.
func CSV(w io.Writer, t *timeline.Timeline) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	write := func(rec []string) {
		for i := range rec {
			rec[i] = defuse(i, rec[i])
		}
		cw.Write(rec)
	}
	write(append([]string(nil), Columns...))
	if t.Title != "" {
		rec := make([]string, len(Columns))
		rec[colHeadline], rec[colType] = escapeLines(t.Title), "title"
		write(rec)
	}
	labels := groupLabels(t)
	events := dated(t)
	for i := range events {
		e := &events[i]
		rec := make([]string, len(Columns))
		s := spanOf(e.Date, time.Time{})
		setParts(rec, colYear, s.Start)
		if s.End != nil {
			setParts(rec, colEndYear, *s.End)
		}
		rec[colDisplay] = s.Display
		rec[colHeadline] = escapeLines(e.Title)
		rec[colText] = textHTML(e)
		rec[colGroup] = groupLabel(labels, e.Group)
		write(rec)
	}
	last := lastDay(events)
	for _, era := range t.Eras {
		if era.Date.IsZero() {
			continue
		}
		rec := make([]string, len(Columns))
		s := spanOf(era.Date, last)
		setParts(rec, colYear, s.Start)
		if s.End != nil {
			setParts(rec, colEndYear, *s.End)
		} else {
			setParts(rec, colEndYear, s.Start)
		}
		rec[colDisplay] = s.Display
		rec[colHeadline] = escapeLines(era.Label)
		rec[colType] = "era"
		write(rec)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: writing CSV: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// setParts fills the Year, Month, Day and Time cells starting at col.
func setParts(rec []string, col int, p parts) {
	rec[col] = strconv.Itoa(p.Year)
	if p.Month != nil {
		rec[col+1] = strconv.Itoa(*p.Month)
	}
	if p.Day != nil {
		rec[col+2] = strconv.Itoa(*p.Day)
	}
	if p.Hour != nil {
		m := 0
		if p.Minute != nil {
			m = *p.Minute
		}
		rec[col+3] = fmt.Sprintf("%02d:%02d", *p.Hour, m)
		if p.Second != nil {
			rec[col+3] += fmt.Sprintf(":%02d", *p.Second)
		}
	}
}

// defuse guards a cell against formula injection (OWASP's advice): a cell
// starting with = + - @ tab or CR, or with the apostrophe that marks such a
// guard, gets a leading apostrophe. A whole number in a year column is
// left alone: -44 is 44 BC, not a formula.
func defuse(col int, s string) string {
	if s == "" {
		return s
	}
	if col == colYear || col == colEndYear {
		if _, err := strconv.Atoi(s); err == nil {
			return s
		}
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\'':
		return "'" + s
	}
	return s
}

// undefuse takes defuse's apostrophe off.
func undefuse(s string) string {
	if strings.HasPrefix(s, "'") {
		return s[1:]
	}
	return s
}

// readCSV reads the TimelineJS spreadsheet template as CSV. Columns are
// found by their header (case and spacing ignored), so their order and
// extra columns do not matter; Year and Headline are required.
func readCSV(name string, data []byte) (*timeline.Timeline, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: empty: expected TimelineJS JSON or the TimelineJS spreadsheet template as CSV", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	idx := map[int]int{} // our column → the file's
	known := map[string]int{}
	for i, c := range Columns {
		known[normHeader(c)] = i
	}
	for i, h := range header {
		if c, ok := known[normHeader(h)]; ok {
			if _, dup := idx[c]; !dup {
				idx[c] = i
			}
		}
	}
	for _, c := range []int{colYear, colHeadline} {
		if _, ok := idx[c]; !ok {
			return nil, fmt.Errorf("%s:1: no %q column; expected the TimelineJS spreadsheet template's header (%s)", name, Columns[c], strings.Join(Columns, ", "))
		}
	}
	im := newImport()
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		cell := func(c int) string {
			i, ok := idx[c]
			if !ok || i >= len(rec) {
				return ""
			}
			return undefuse(strings.TrimSpace(rec[i]))
		}
		blank := true
		for _, f := range rec {
			if strings.TrimSpace(f) != "" {
				blank = false
			}
		}
		if blank {
			continue
		}
		where := fmt.Sprintf("%s:%d", name, line)
		typ := strings.ToLower(cell(colType))
		if typ == "title" {
			im.tl.Title = plainHTML(cell(colHeadline))
			continue
		}
		start, err := csvParts(cell, colYear)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		var end *parts
		if cell(colEndYear) != "" {
			e, err := csvParts(cell, colEndYear)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			end = &e
		}
		if typ == "era" {
			if err := im.era(plainHTML(cell(colHeadline)), start, end, cell(colDisplay)); err != nil {
				return nil, fmt.Errorf("%s: era: %w", where, err)
			}
			continue
		}
		r := row{start: start, end: end, display: cell(colDisplay), headline: cell(colHeadline),
			text: cell(colText), media: cell(colMedia), group: cell(colGroup)}
		if err := im.event(r); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
	}
	return im.tl, nil
}

func normHeader(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// csvParts reads the Year, Month, Day and Time cells starting at col.
func csvParts(cell func(int) string, col int) (parts, error) {
	var p parts
	y, err := atoiField(Columns[col], cell(col))
	if err != nil {
		return p, err
	}
	if y == nil {
		return p, fmt.Errorf("no %s", Columns[col])
	}
	p.Year = *y
	if p.Month, err = atoiField(Columns[col+1], cell(col+1)); err != nil {
		return p, err
	}
	if p.Day, err = atoiField(Columns[col+2], cell(col+2)); err != nil {
		return p, err
	}
	if tm := cell(col + 3); tm != "" {
		fs := strings.Split(tm, ":")
		if len(fs) < 2 || len(fs) > 3 {
			return p, fmt.Errorf("%s %q is not a time (HH:MM or HH:MM:SS)", Columns[col+3], tm)
		}
		var ns []*int
		for _, f := range fs {
			n, err := atoiField(Columns[col+3], f)
			if err != nil || n == nil {
				return p, fmt.Errorf("%s %q is not a time (HH:MM or HH:MM:SS)", Columns[col+3], tm)
			}
			ns = append(ns, n)
		}
		p.Hour, p.Minute = ns[0], ns[1]
		if len(ns) == 3 {
			p.Second = ns[2]
		}
	}
	return p, nil
}
