// Command gen builds the event lexicon (../../lexicon_gen.go) from the EVENT
// annotations of two corpora: TBAQ-cleaned (TimeBank and AQUAINT, TimeML
// EVENT tags with a class, and MAKEINSTANCE records with part of speech,
// tense and aspect) and MEANTIME (CAT files, EVENT_MENTION markables with
// part of speech, tense and the lemma in "pred").
//
// For every word form annotated as an event it records the majority part of
// speech and TimeML class, how often it was annotated, its lemma (MEANTIME's
// pred, or the shortest verb form sharing its stem) and the past participle
// of its stem group, for titles ("assassination" → "assassinated"). Run it
// with `go generate ./timeline/events/` from a checkout that has the corpora
// in ../shared/corpora; the output is committed, so building and testing do
// not need the corpora.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/kljensen/snowball/english"
)

type stat struct {
	pos     map[string]int
	class   map[string]int
	lemma   map[string]int
	past    int // annotated with tense PAST or aspect PERFECTIVE
	n       int
	fromTBQ bool
}

var forms = map[string]*stat{}

func get(f string) *stat {
	s := forms[f]
	if s == nil {
		s = &stat{pos: map[string]int{}, class: map[string]int{}, lemma: map[string]int{}}
		forms[f] = s
	}
	return s
}

var (
	attrRe  = regexp.MustCompile(`(\w+)="([^"]*)"`)
	eventRe = regexp.MustCompile(`<EVENT ([^>]*)>([^<]+)</EVENT>`)
	instRe  = regexp.MustCompile(`<MAKEINSTANCE ([^>]*)/>`)
	tokenRe = regexp.MustCompile(`<token ([^>]*)>([^<]*)</token>`)
	mentRe  = regexp.MustCompile(`(?s)<EVENT_MENTION ([^>]*)>(.*?)</EVENT_MENTION>`)
	anchRe  = regexp.MustCompile(`t_id="(\d+)"`)
	wordRe  = regexp.MustCompile(`^[a-z][a-z-]*[a-z]$`)
)

func attrs(s string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRe.FindAllStringSubmatch(s, -1) {
		m[a[1]] = a[2]
	}
	return m
}

func unescape(s string) string {
	r := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'")
	return r.Replace(s)
}

func readTBAQ(path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	inst := map[string]map[string]string{}
	for _, m := range instRe.FindAllSubmatch(b, -1) {
		a := attrs(string(m[1]))
		inst[a["eventID"]] = a
	}
	for _, m := range eventRe.FindAllSubmatch(b, -1) {
		a := attrs(string(m[1]))
		w := strings.ToLower(strings.TrimSpace(unescape(string(m[2]))))
		if !wordRe.MatchString(w) {
			continue
		}
		s := get(w)
		s.n++
		s.fromTBQ = true
		s.class[a["class"]]++
		if in := inst[a["eid"]]; in != nil {
			if p := in["pos"]; p != "UNKNOWN" && p != "" {
				s.pos[p]++
			}
			if in["tense"] == "PAST" || in["aspect"] == "PERFECTIVE" {
				s.past++
			}
		}
	}
}

func readCAT(path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	toks := map[string]string{}
	for _, m := range tokenRe.FindAllSubmatch(b, -1) {
		toks[attrs(string(m[1]))["t_id"]] = unescape(string(m[2]))
	}
	for _, m := range mentRe.FindAllSubmatch(b, -1) {
		ids := anchRe.FindAllSubmatch(m[2], -1)
		if len(ids) != 1 {
			continue // multi-word predicates ("take over") are left out
		}
		w := strings.ToLower(toks[string(ids[0][1])])
		if !wordRe.MatchString(w) {
			continue
		}
		a := attrs(string(m[1]))
		s := get(w)
		s.n++
		if p := a["pos"]; p != "" {
			s.pos[p]++
		}
		if l := strings.ToLower(a["pred"]); wordRe.MatchString(l) {
			s.lemma[l]++
		}
		if a["tense"] == "PAST" || a["aspect"] == "PERFECTIVE" {
			s.past++
		}
	}
}

func top(m map[string]int) string {
	best, bn := "", 0
	for k, n := range m {
		if n > bn || n == bn && k < best {
			best, bn = k, n
		}
	}
	return best
}

func main() {
	corpora := flag.String("corpora", "../../../shared/corpora", "folder holding tbaq-cleaned and meantime-en")
	out := flag.String("o", "lexicon_gen.go", "output file")
	flag.Parse()
	tml, _ := filepath.Glob(filepath.Join(*corpora, "tbaq-cleaned", "*", "*.tml"))
	cat, _ := filepath.Glob(filepath.Join(*corpora, "meantime-en", "cat", "*", "*.xml"))
	if len(tml) == 0 || len(cat) == 0 {
		log.Fatalf("no corpora under %s (found %d TimeML and %d CAT files)", *corpora, len(tml), len(cat))
	}
	sort.Strings(tml)
	sort.Strings(cat)
	for _, p := range tml {
		readTBAQ(p)
	}
	for _, p := range cat {
		readCAT(p)
	}

	// Group the forms by the stem of their lemma.
	type entry struct {
		form, lemma, stem, pos, class string
		n, past                       int
	}
	var entries []*entry
	groups := map[string][]*entry{}
	names := make([]string, 0, len(forms))
	for f := range forms {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		s := forms[f]
		pos := top(s.pos)
		switch pos {
		case "NOUN", "VERB":
		case "":
			pos = "VERB"
			if strings.HasSuffix(f, "tion") || strings.HasSuffix(f, "ment") {
				pos = "NOUN"
			}
		default:
			continue // adjectives, prepositions, "other"
		}
		lemma := top(s.lemma)
		stem := english.Stem(f, true)
		if lemma != "" {
			stem = english.Stem(lemma, true)
		}
		e := &entry{form: f, lemma: lemma, stem: stem, pos: pos[:1], class: top(s.class), n: s.n, past: s.past}
		entries = append(entries, e)
		groups[stem] = append(groups[stem], e)
	}
	part := map[string]string{}
	for stem, es := range groups {
		best, bs := "", -1
		for _, e := range es {
			if e.pos != "V" {
				continue
			}
			score := e.past * 2
			if strings.HasSuffix(e.form, "ed") {
				score += 3 + e.n
			}
			if !strings.HasSuffix(e.form, "ed") && (e.past == 0 || strings.HasSuffix(e.form, "ing") || strings.HasSuffix(e.form, "s")) {
				continue
			}
			if score > bs || score == bs && e.form < best {
				best, bs = e.form, score
			}
		}
		part[stem] = best
		// A lemma for forms TBAQ gave without one: a MEANTIME lemma in the group.
		for _, e := range es {
			if e.lemma == "" {
				for _, o := range es {
					if o.lemma != "" {
						e.lemma = o.lemma
						break
					}
				}
			}
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].form < entries[j].form })

	var buf bytes.Buffer
	buf.WriteString("// Code generated by internal/gen from the EVENT annotations of TBAQ-cleaned\n")
	buf.WriteString("// (TempEval-3 training data) and MEANTIME (CC BY 4.0, Minard et al. 2016). DO NOT EDIT.\n\n")
	buf.WriteString("package events\n\n")
	buf.WriteString("// lexiconData holds one event word a line: form, lemma (\"-\" if unknown),\n")
	buf.WriteString("// stem, part of speech (N or V), TimeML class (\"-\" if none), times annotated,\n")
	buf.WriteString("// and the past participle of its stem group (\"-\" if none was seen).\n")
	buf.WriteString("const lexiconData = `")
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	for _, e := range entries {
		fmt.Fprintf(&buf, "%s %s %s %s %s %d %s\n", e.form, dash(e.lemma), e.stem, e.pos, dash(e.class), e.n, dash(part[e.stem]))
	}
	buf.WriteString("`\n")
	src, err := format.Source(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d event words from %d TimeML and %d CAT files", *out, len(entries), len(tml), len(cat))
}
