package curated

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// errorStrings parses src as timeline.yaml and returns each error's Error().
func errorStrings(t *testing.T, src string) []string {
	t.Helper()
	f, err := Parse("timeline.yaml", []byte(src))
	if f == nil {
		t.Fatal("Parse returned a nil *File")
	}
	if err == nil {
		return nil
	}
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error is %T, want ErrorList", err)
	}
	var out []string
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}

// forms stands for the list of accepted date forms in the expected messages.
const forms = "{forms}"

var errorTests = []struct {
	name string
	src  string
	want []string
}{
	// YAML syntax: the line of the problem, the column of its first non-blank character.
	{"indentation of a key", "title: x\nevents:\n  - id: a\n    date: 2024\n   title: bad indent\n", []string{
		`timeline.yaml:5:4: did not find expected '-' indicator; check the indentation: this line does not line up with the lines above it`}},
	{"key outdented out of its event", "events:\n  - id: a\n  date: 2024\n", []string{
		`timeline.yaml:3:3: did not find expected '-' indicator; check the indentation: this line does not line up with the lines above it`}},
	{"mapping indented under a scalar", "title: x\n\n\n  events: []\n", []string{
		`timeline.yaml:4:3: mapping values are not allowed in this context; check the indentation: this line does not line up with the lines above it`}},
	{"tab in indentation", "title: x\nevents:\n  - id: a\n\tdate: 2024\n", []string{
		`timeline.yaml:4:2: found a tab character that violates indentation; indent with spaces, not tabs`}},
	{"tab before a list entry", "events:\n\t- id: a\n", []string{
		`timeline.yaml:2:2: found character that cannot start any token; indent with spaces, not tabs`}},
	{"unclosed quote on the first line", "title: \"Iran's gaps\nevents: []\n", []string{
		`timeline.yaml:1:1: found unexpected end of stream; close the quote opened on this line`}},
	{"unclosed quote in an event", "title: x\nevents:\n  - id: a\n    title: \"unclosed\n    date: 2024\n  - id: b\n", []string{
		`timeline.yaml:4:5: found unexpected end of stream; close the quote opened on this line`}},
	{"unclosed single quote", "events:\n  - id: a\n    title: 'it''s\n", []string{
		`timeline.yaml:3:5: found unexpected end of stream; close the quote opened on this line`}},
	{"colon in an unquoted title", "title: Attack: the aftermath\n", []string{
		`timeline.yaml:1:1: mapping values are not allowed in this context; put the value in quotes, as it holds ": ": title: "Attack: the aftermath"`}},
	{"colon in an event title", "events:\n  - id: a\n    title: Purge: \"the\" ministry\n", []string{
		`timeline.yaml:3:5: mapping values are not allowed in this context; put the value in quotes, as it holds ": ": title: 'Purge: "the" ministry'`}},
	{"comma in a flow value", "events:\n  - id: a\n    sources: [{quote: As far as I know, immediately.}]\n", []string{
		`timeline.yaml:3:41: unknown key "immediately." in event source; inside { } a comma ends a value: put the value before it in quotes`}},
	{"unclosed bracket", "events:\n  - id: a\n    tags: [a, b\n  - id: c\n", []string{
		`timeline.yaml:3:5: did not find expected ',' or ']'; close the [ opened on this line with ]`}},
	{"hash color in a flow mapping", "groups:\n  - {id: a, color: #fff}\n", []string{
		`timeline.yaml:2:3: did not find expected node content; a value is missing here, or needs quotes (" #" starts a comment)`}},
	{"block scalar less indented", "events:\n  - id: a\n    description: |\n      one\n     two\n", []string{
		`timeline.yaml:5:6: did not find expected key; check the indentation: this line does not line up with the lines above it`}},
	{"at sign", "title: @home\n", []string{
		"timeline.yaml:1:1: found character that cannot start any token; put the value in quotes: @ and ` cannot start unquoted text"}},
	{"control character", "title: x\nevents: \x01\n", []string{
		`timeline.yaml:2:9: character U+0001 is not allowed in YAML; remove it`}},
	{"not UTF-8", "title: caf\xe9\n", []string{
		`timeline.yaml:1:11: invalid UTF-8 byte 0xe9; save the file as UTF-8`}},
	{"UTF-16", "\xff\xfet\x00", []string{
		`timeline.yaml:1:1: the file is UTF-16; save it as UTF-8`}},
	{"unknown anchor", "title: x\nevents:\n  - *first\n", []string{
		`timeline.yaml:3:5: unknown anchor "first"; define it with &first on the value it stands for, before this use`}},
	{"second document", "title: x\n---\ntitle: y\n", []string{
		`timeline.yaml:2:1: a second YAML document starts here; timeline.yaml holds one; remove this "---" and what follows it, or merge it into the first document`}},
	{"CRLF line ends", "title: x\r\nevents:\r\n  - id: a\r\n   date: 2024\r\n", []string{
		`timeline.yaml:4:4: did not find expected '-' indicator; check the indentation: this line does not line up with the lines above it`}},

	// The top level.
	{"empty file", "", nil},
	{"only comments", "# nothing yet\n", nil},
	{"a list at the top", "- title: x\n", []string{
		`timeline.yaml:1:1: the file must be a mapping of keys (title, events, ...), not a list; start with keys such as "title:" and "events:" at the left margin`}},
	{"text at the top", "my timeline\n", []string{
		`timeline.yaml:1:1: the file must be a mapping of keys (title, events, ...), not text; start with keys such as "title:" and "events:" at the left margin`}},
	{"misspelt top-level key", "title: x\nevnts: []\n", []string{
		`timeline.yaml:2:1: unknown key "evnts" at the top level; did you mean "events"?`}},
	{"unknown top-level key", "title: x\nauthor: me\n", []string{
		`timeline.yaml:2:1: unknown key "author" at the top level; the keys at the top level are: title, reference_date, sources, extract, groups, eras, events, output`}},
	{"key case", "Title: x\n", []string{
		`timeline.yaml:1:1: unknown key "Title" at the top level; did you mean "title"?`}},
	{"duplicate top-level key", "title: x\nevents: []\ntitle: y\n", []string{
		`timeline.yaml:3:1: duplicate key "title" at the top level (first on line 1); remove one of them`}},
	{"title is a list", "title: [a, b]\n", []string{
		`timeline.yaml:1:8: title must be text, not a list; write a single value; put it in quotes if it starts with "[" or "{"`}},
	{"key is a list", "[a]: x\n", []string{
		`timeline.yaml:1:1: a key at the top level must be text, not a list; write a word followed by a colon`}},
	{"reference date out of range", "reference_date: 2024-02-30\n", []string{
		`timeline.yaml:1:17: invalid date "2024-02-30"; 2024-02 has 29 days`}},
	{"reference date in words", "reference_date: 12 August 2024\n", []string{
		`timeline.yaml:1:17: invalid date "12 August 2024"; ` + forms}},
	{"events is a mapping", "events:\n  id: a\n", []string{
		`timeline.yaml:2:3: events must be a list, not a mapping; start each event with "- "`}},
	{"event is text", "events:\n  - Fakhrizadeh killed\n", []string{
		`timeline.yaml:2:5: each event must be a mapping of keys, not text; write "- title: Fakhrizadeh killed" and a date under it`}},
	{"empty event", "events:\n  -\n  - {id: a}\n", []string{
		`timeline.yaml:2:4: empty event in events; remove the empty entry, or fill it in`}},

	// Events.
	{"misspelt event keys", "events:\n  - id: a\n    dat: 2024-07-31\n    titel: x\n", []string{
		`timeline.yaml:3:5: unknown key "dat" in event; did you mean "date"?`,
		`timeline.yaml:4:5: unknown key "titel" in event; did you mean "title"?`}},
	{"unknown event key", "events:\n  - {id: a, when: 2024, colour: red, weight: 3}\n", []string{
		`timeline.yaml:2:5: event "a" has a date but no title; add a title, or remove the date if the entry only hides or overrides the extracted event "a"`,
		`timeline.yaml:2:13: unknown key "when" in event; did you mean "date"?`,
		`timeline.yaml:2:25: unknown key "colour" in event; the keys in event are: id, date, title, description, type, group, tags, match, sources, hide, status, link`,
		`timeline.yaml:2:38: unknown key "weight" in event; the keys in event are: id, date, title, description, type, group, tags, match, sources, hide, status, link`}},
	{"url for link", "events:\n  - {id: a, url: 'https://example.org'}\n", []string{
		`timeline.yaml:2:13: unknown key "url" in event; did you mean "link"?`}},
	{"duplicate event key", "events:\n  - id: a\n    date: 2020\n    title: x\n    date: 2021\n", []string{
		`timeline.yaml:5:5: duplicate key "date" in event (first on line 3); remove one of them`}},
	{"month 13", "events:\n  - {id: a, date: 2024-13-45, title: x}\n", []string{
		`timeline.yaml:2:19: invalid date "2024-13-45"; there is no month 13; ` + forms}},
	{"unpadded date", "events:\n  - {id: a, date: 2024-7-31, title: x}\n", []string{
		`timeline.yaml:2:19: invalid date "2024-7-31"; write "2024-07-31"`}},
	{"slashed date", "events:\n  - {id: a, date: 2024/07/31, title: x}\n", []string{
		`timeline.yaml:2:19: invalid date "2024/07/31"; write "2024-07-31"`}},
	{"date in words", "events:\n  - {id: a, date: 'July 31, 2024', title: x}\n", []string{
		`timeline.yaml:2:19: invalid date "July 31, 2024"; ` + forms}},
	{"date with spaces inside quotes", "events:\n  - {id: a, date: ' 2024-07-31', title: x}\n", []string{
		`timeline.yaml:2:19: invalid date " 2024-07-31"; remove the spaces: "2024-07-31"`}},
	{"date is a list", "events:\n  - {id: a, date: [2020, 2021], title: x}\n", []string{
		`timeline.yaml:2:19: date must be text, not a list; write a single value; put it in quotes if it starts with "[" or "{"`}},
	{"unquoted timestamp, integer year and quoted year are dates",
		"events:\n  - {id: a, date: 2024-07-31, title: x}\n  - {id: b, date: 2009, title: y}\n  - {id: c, date: \"1962\", title: z}\n", nil},
	{"date but no title", "events:\n  - {id: a, date: 2024}\n", []string{
		`timeline.yaml:2:5: event "a" has a date but no title; add a title, or remove the date if the entry only hides or overrides the extracted event "a"`}},
	{"empty title", "events:\n  - id: a\n    date: 2024\n    title: \"\"\n", []string{
		`timeline.yaml:2:5: event "a" has a date but no title; add a title, or remove the date if the entry only hides or overrides the extracted event "a"`}},
	{"date, no id, no title", "events:\n  - {date: 2024, type: raid}\n", []string{
		`timeline.yaml:2:5: event has a date but no title; add a title`}},
	{"title but no date", "events:\n  - {id: a, title: Raid}\n  - title: Strike\n", []string{
		`timeline.yaml:2:5: event "a" has no date; add one, such as "date: 2024-07-31"`,
		`timeline.yaml:3:5: event "Strike" has no date; add one, such as "date: 2024-07-31"`}},
	{"neither id nor title", "events:\n  - {type: raid, tags: [x]}\n", []string{
		`timeline.yaml:2:5: event has no id, title or date; give it a title and a date, or the id of an extracted event to hide or override`}},
	{"overrides need no title", "events:\n  - {id: 2024-08-12-billboard, hide: true}\n  - {id: 2009-purge, group: ops, tags: [intel]}\ngroups: [{id: ops}]\n", nil},
	{"duplicate event id", "events:\n  - {id: raid, date: 2020, title: x}\n  - {id: other, hide: true}\n  - {id: raid, date: 2021, title: y}\n", []string{
		`timeline.yaml:4:10: duplicate event id "raid" (first on line 2); give each event its own id`}},
	{"id with a space", "events:\n  - {id: Raid on Tehran, date: 2020, title: x}\n", []string{
		`timeline.yaml:2:10: id "Raid on Tehran" has spaces; use only letters, digits, "-", "_" and ".", such as "raid-on-tehran"`}},
	{"id with a slash", "events:\n  - {id: a/b, hide: true}\n", []string{
		`timeline.yaml:2:10: id "a/b" has '/'; use only letters, digits, "-", "_" and ".", such as "a-b"`}},
	{"ids outside the recommended form are allowed", "events:\n  - {id: Raid_2020.v2, hide: true}\n", nil},
	{"unknown group, close", "groups:\n  - {id: operations}\nevents:\n  - {id: a, date: 2020, title: x, group: operatons}\n", []string{
		`timeline.yaml:4:42: unknown group "operatons"; did you mean "operations"?`}},
	{"unknown group, far", "groups:\n  - {id: operations}\n  - {id: diplomacy}\nevents:\n  - {id: a, date: 2020, title: x, group: nuclear}\n", []string{
		`timeline.yaml:5:42: unknown group "nuclear"; the groups are "operations" or "diplomacy"; or define it under "groups:"`}},
	{"unknown group, none defined", "events:\n  - {id: a, date: 2020, title: x, group: ops}\n", []string{
		`timeline.yaml:2:42: unknown group "ops"; define it under "groups:" (there are none yet)`}},
	{"groups defined after the events", "events:\n  - {id: a, date: 2020, title: x, group: ops}\ngroups:\n  - {id: ops}\n", nil},
	{"javascript link", "events:\n  - {id: a, link: 'javascript:alert(1)'}\n", []string{
		`timeline.yaml:2:19: link "javascript:alert(1)" is not an http(s) address; write a full address starting with https://; javascript: links are not allowed`}},
	{"data link", "events:\n  - {id: a, link: 'data:text/html,<b>x</b>'}\n", []string{
		`timeline.yaml:2:19: link "data:text/html,<b>x</b>" is not an http(s) address; write a full address starting with https://; data: links are not allowed`}},
	{"relative link", "events:\n  - {id: a, link: ../article.html}\n", []string{
		`timeline.yaml:2:19: link "../article.html" is not an http(s) address; write a full address starting with https://; relative links are not allowed`}},
	{"link without scheme", "events:\n  - {id: a, link: www.example.org/a}\n", []string{
		`timeline.yaml:2:19: link "www.example.org/a" is not an http(s) address; write "https://www.example.org/a"`}},
	{"link without host", "events:\n  - {id: a, link: 'https:///a'}\n", []string{
		`timeline.yaml:2:19: link "https:///a" has no host; write a full address starting with https://`}},
	{"link with a user name", "events:\n  - {id: a, link: 'https://user:pw@example.org/a'}\n", []string{
		`timeline.yaml:2:19: link "https://user:pw@example.org/a" has a user name or password before its host; remove the part up to and including @`}},
	{"link with a backslash", "events:\n  - {id: a, link: 'https://example.org\\evil.example/a'}\n", []string{
		`timeline.yaml:2:19: link "https://example.org\\evil.example/a" has a backslash, which browsers read as /; write / instead of \, or %5C for a backslash`}},
	{"link with a space", "events:\n  - {id: a, link: 'https://example.org/a b'}\n", []string{
		`timeline.yaml:2:19: link "https://example.org/a b" has spaces or control characters; remove them, or write them as %20`}},
	{"event source url", "events:\n  - id: a\n    sources:\n      - {url: 'javascript:x', quote: q}\n      - {url: 'HTTPS://EXAMPLE.ORG/A', quote: q}\n", []string{
		`timeline.yaml:4:15: url "javascript:x" is not an http(s) address; write a full address starting with https://; javascript: links are not allowed`}},
	{"event source is text", "events:\n  - id: a\n    sources: [https://example.org/b]\n", []string{
		`timeline.yaml:3:15: each event source must be a mapping of keys, not text; write "- url: https://example.org/b"`}},
	{"event sources is a mapping", "events:\n  - id: a\n    sources: {url: https://example.org/b}\n", []string{
		`timeline.yaml:3:14: sources must be a list, not a mapping; start each event source with "- "`}},
	{"empty event source", "events:\n  - id: a\n    sources: [{}]\n", []string{
		`timeline.yaml:3:15: event source is empty; add the url of the page, or the quote it supports the event with`}},
	{"event source keys and date", "events:\n  - id: a\n    sources: [{url: 'https://example.org', date: 2024-02-31, page: 3}]\n", []string{
		`timeline.yaml:3:50: invalid date "2024-02-31"; 2024-02 has 29 days`,
		`timeline.yaml:3:62: unknown key "page" in event source; the keys in event source are: url, quote, title, outlet, author, date, path`}},
	{"bad status", "events:\n  - {id: a, status: done}\n  - {id: b, status: Reviewed}\n", []string{
		`timeline.yaml:2:21: unknown status "done"; write candidate or reviewed`,
		`timeline.yaml:3:21: unknown status "Reviewed"; did you mean "reviewed"?`}},
	{"bad hide", "events:\n  - {id: a, hide: maybe}\n", []string{
		`timeline.yaml:2:19: hide must be true or false, not "maybe"; write true or false`}},
	{"tags as text", "events:\n  - {id: a, tags: nuclear}\n", []string{
		`timeline.yaml:2:19: tags must be a list, not text; write a list: tags: [nuclear]`}},
	{"tags with a list and an empty entry", "events:\n  - id: a\n    tags: [x, [y], '']\n", []string{
		`timeline.yaml:3:15: each entry of tags must be text, not a list; write one word or phrase per entry; put it in quotes if it starts with "[" or "{"`,
		`timeline.yaml:3:20: empty entry in tags; remove it`}},
	{"merge key", "events:\n  - &e {id: a, date: 2020, title: x}\n  - <<: *e\n    id: b\n", []string{
		`timeline.yaml:3:5: merge keys (<<) are not supported; write the keys out in full`}},

	// Groups and eras.
	{"bad color", "groups:\n  - {id: a, color: red}\n  - {id: b, color: '#12345'}\n  - {id: c, color: '#abc'}\n", []string{
		`timeline.yaml:2:20: color "red" is not #rgb or #rrggbb; write a hex color in quotes, such as "#b03a2e"`,
		`timeline.yaml:3:20: color "#12345" is not #rgb or #rrggbb; write a hex color in quotes, such as "#b03a2e"`}},
	{"color read as a comment", "groups:\n  - id: a\n    color: #b03a2e\n", []string{
		`timeline.yaml:3:12: color is empty: #b03a2e was read as a comment; put it in quotes: color: "#b03a2e"`}},
	{"duplicate group", "groups:\n  - {id: a}\n  - {id: b}\n  - {id: a, label: A}\n", []string{
		`timeline.yaml:4:10: duplicate group id "a" (first on line 2); give each group its own id`}},
	{"group without id", "groups:\n  - {name: Operations}\n", []string{
		`timeline.yaml:2:5: group has no id; add an id for events to refer to, such as "id: operations"`,
		`timeline.yaml:2:6: unknown key "name" in group; did you mean "label"?`}},
	{"group as text", "groups: [ops]\n", []string{
		`timeline.yaml:1:10: each group must be a mapping of keys, not text; write "- id: ops"`}},
	{"era", "eras:\n  - {label: Presidency, date: 2005-13}\n  - {label: Other, start: 2005}\n", []string{
		`timeline.yaml:2:31: invalid date "2005-13"; there is no month 13; ` + forms,
		`timeline.yaml:3:5: era has no date; add the span it covers, such as "date: 2005-08-03/2013-08-03"`,
		`timeline.yaml:3:20: unknown key "start" in era; the keys in era are: label, date, color`}},

	// Sources.
	{"source without path or url", "sources:\n  - {title: A report}\n", []string{
		`timeline.yaml:2:5: source has neither path nor url; add "path:" with the files to read (seeds/*.txt), or "url:" for a page to cite`}},
	{"source fields", "sources:\n  - path: seeds/[a.txt\n    published: 2024-8-12\n    url: /local/page\n    accessed: yesterday\n", []string{
		`timeline.yaml:2:11: path "seeds/[a.txt" is not a valid pattern; close each "[" with "]", or write "\[" for a bracket`,
		`timeline.yaml:3:16: invalid date "2024-8-12"; write "2024-08-12"`,
		`timeline.yaml:4:10: url "/local/page" is not an http(s) address; write a full address starting with https://; relative links are not allowed`,
		`timeline.yaml:5:15: invalid date "yesterday"; ` + forms}},
	{"source as text", "sources:\n  - seeds/*.txt\n", []string{
		`timeline.yaml:2:5: each source must be a mapping of keys, not text; write "- path: seeds/*.txt"`}},

	// Extract and output.
	{"extract as a list", "extract: [true]\n", []string{
		`timeline.yaml:1:10: extract must be a mapping, not a list; write extract: {enabled: true, min_confidence: 0.5}`}},
	{"extract values", "extract: {enabled: maybe, min_confidence: 1.5}\n", []string{
		`timeline.yaml:1:20: enabled must be true or false, not "maybe"; write true or false`,
		`timeline.yaml:1:43: min_confidence 1.5 is outside 0..1; write a number between 0 and 1, such as 0.5`}},
	{"extract percent and prefix", "extract: {min_conf: 1, min_confidence: 50%}\n", []string{
		`timeline.yaml:1:11: unknown key "min_conf" in extract; did you mean "min_confidence"?`,
		`timeline.yaml:1:40: min_confidence must be a number, not "50%"; write 0.5 for 50%`}},
	{"negative confidence", "extract:\n  min_confidence: -0.1\n", []string{
		`timeline.yaml:2:19: min_confidence -0.1 is outside 0..1; write a number between 0 and 1, such as 0.5`}},
	{"output values", "output: {assets: embed, theme: drak, pdf: out/t.pdf}\n", []string{
		`timeline.yaml:1:18: unknown assets "embed"; write cdn or inline`,
		`timeline.yaml:1:32: unknown theme "drak"; did you mean "dark"?`,
		`timeline.yaml:1:38: unknown key "pdf" in output; the keys in output are: html, json, assets, theme`}},
	{"output as text", "output: out/\n", []string{
		`timeline.yaml:1:9: output must be a mapping, not text; write output: {html: out/timeline.html, json: out/timeline.json}`}},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			got := errorStrings(t, tt.src)
			var want []string
			for _, w := range tt.want {
				want = append(want, strings.ReplaceAll(w, forms, formsHint()))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("Parse(%q) errors:\n%s\nwant:\n%s", tt.src, numbered(got), numbered(want))
			}
		})
	}
}

func numbered(lines []string) string {
	if len(lines) == 0 {
		return "\t(none)"
	}
	var b strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&b, "\t%d. %s\n", i+1, l)
	}
	return b.String()
}
