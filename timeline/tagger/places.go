package tagger

// The placeholders rule patterns may use. Each matches one or more tokens
// and yields an integer value.

var (
	idAM      = wordID("am")
	idPM      = wordID("pm")
	idA       = wordID("a")
	idP       = wordID("p")
	idM       = wordID("m")
	idS       = wordID("s")
	idNoon    = wordID("noon")
	idYear    = wordID("year")
	idHigh    = wordID("high")
	idMidn    = wordID("midnight")
	idOclock  = wordID("o")
	idClock   = wordID("clock")
	idAnd     = wordID("and")
	idHalf    = wordID("half")
	idAn      = wordID("an")
	idThe     = wordID("the")
	idFew     = wordID("few")
	idSeveral = wordID("several")
	idAgo     = wordID("ago")
)

func (m *matcher) tok(i int) *token {
	if i < len(m.toks) {
		return &m.toks[i]
	}
	return nil
}

// adjacent returns the token i if it touches the one before it.
func (m *matcher) adjacent(i int) *token {
	t := m.tok(i)
	if t == nil || t.gap != gapNone {
		return nil
	}
	return t
}

// near returns the token i if it is in the same paragraph.
func (m *matcher) near(i int) *token {
	t := m.tok(i)
	if t == nil || t.gap == gapPara {
		return nil
	}
	return t
}

func isPunct(t *token, c byte) bool  { return t != nil && t.kind == kPunct && t.punct == c }
func isWord(t *token, id int32) bool { return t != nil && t.kind == kWord && t.id == id }

// numberAt reads a number written with digits (kNum, not followed by a
// decimal part or a thousands group) and returns its value.
func (m *matcher) plainNum(i int, maxDigits int) (int, bool) {
	t := m.tok(i)
	if t == nil || t.kind != kNum || t.ndig > maxDigits {
		return 0, false
	}
	// "2,000" and "3.5": the number goes on.
	if n := m.adjacent(i + 1); n != nil && n.kind == kPunct && (n.punct == ',' || n.punct == '.') {
		if d := m.adjacent(i + 2); d != nil && d.kind == kNum {
			return 0, false
		}
	}
	// "1,960" seen from its second group.
	if t.gap == gapNone && i > 0 {
		if p := &m.toks[i-1]; p.kind == kPunct && (p.punct == ',' || p.punct == '.') {
			if i > 1 && m.toks[i-1].gap == gapNone && m.toks[i-2].kind == kNum {
				return 0, false
			}
		}
	}
	return t.num, true
}

func init() {
	monthIDs := lexIDs(monthLex)
	weekdayIDs := lexIDs(weekdayLex)

	definePlaceholder(&placeholder{name: "year4", firstNum: true, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil || t.ndig != 4 {
			return 0, 0, false
		}
		v, ok := m.plainNum(i, 4)
		if !ok || v < 1000 || v > 2199 {
			return 0, 0, false
		}
		return i + 1, v, true
	}})
	// {year}: a year in digits or spoken ("nineteen ninety-four", "two thousand and one").
	definePlaceholder(&placeholder{name: "year", firstNum: true, firstIDs: []int32{wordID("nineteen"), wordID("twenty"), wordID("two")}, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil {
			return 0, 0, false
		}
		if t.kind == kNum {
			if t.ndig != 4 {
				return 0, 0, false
			}
			v, ok := m.plainNum(i, 4)
			if !ok || v < 1000 || v > 2199 {
				return 0, 0, false
			}
			return i + 1, v, true
		}
		return spokenYear(m, i)
	}})
	// '98: a two-digit year after an apostrophe.
	definePlaceholder(&placeholder{name: "yy", firstPunct: "'", match: func(m *matcher, i int) (int, int, bool) {
		if !isPunct(m.tok(i), '\'') {
			return 0, 0, false
		}
		t := m.adjacent(i + 1)
		if t == nil || t.kind != kNum || t.ndig != 2 {
			return 0, 0, false
		}
		if s := m.adjacent(i + 2); s != nil && s.kind == kWord {
			return 0, 0, false // '60s
		}
		return i + 2, t.num, true
	}})
	dayLike := func(m *matcher, i int, needOrd bool) (int, int, bool) {
		t := m.tok(i)
		if t == nil {
			return 0, 0, false
		}
		if t.kind == kWord {
			// ordinal words: "first", "twenty-first", "thirtieth"
			if v, ok := ordinalLex.get(t.id); ok {
				if v <= 31 {
					return i + 1, v, true
				}
				return 0, 0, false
			}
			if tv, ok := tensLex.get(t.id); ok && tv <= 30 && isPunct(m.adjacent(i+1), '-') {
				if o := m.adjacent(i + 2); o != nil && o.kind == kWord {
					if v, ok := ordinalLex.get(o.id); ok && v < 10 && tv+v <= 31 {
						return i + 3, tv + v, true
					}
				}
			}
			return 0, 0, false
		}
		if t.kind != kNum || t.ndig > 2 {
			return 0, 0, false
		}
		v, ok := m.plainNum(i, 2)
		if !ok || v < 1 || v > 31 {
			return 0, 0, false
		}
		if s := m.adjacent(i + 1); s != nil && s.kind == kWord {
			if _, ok := ordSuffixLex.get(s.id); ok {
				return i + 2, v, true
			}
			return 0, 0, false // "5km", "12m"
		}
		if needOrd {
			return 0, 0, false
		}
		// "10:30", "5-2", "3/4" are not days; "Oct. 26:" is.
		if n := m.adjacent(i + 1); n != nil && n.kind == kPunct && (n.punct == ':' || n.punct == '/' || n.punct == '%') {
			if d := m.adjacent(i + 2); n.punct == '%' || d != nil && d.kind == kNum {
				return 0, 0, false
			}
		}
		return i + 1, v, true
	}
	ordIDs := lexIDs(ordinalLex, tensLex)
	definePlaceholder(&placeholder{name: "day", firstNum: true, match: func(m *matcher, i int) (int, int, bool) {
		if t := m.tok(i); t == nil || t.kind != kNum {
			return 0, 0, false
		}
		return dayLike(m, i, false)
	}})
	definePlaceholder(&placeholder{name: "ordday", firstNum: true, firstIDs: ordIDs, match: func(m *matcher, i int) (int, int, bool) {
		return dayLike(m, i, true)
	}})
	// {ordinal}: "third", "3rd", "19th", "twenty-first".
	definePlaceholder(&placeholder{name: "ordinal", firstNum: true, firstIDs: ordIDs, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t != nil && t.kind == kNum {
			if t.ndig > 2 {
				return 0, 0, false
			}
			if s := m.adjacent(i + 1); s != nil && s.kind == kWord {
				if _, ok := ordSuffixLex.get(s.id); ok {
					return i + 2, t.num, true
				}
			}
			return 0, 0, false
		}
		return dayLike(m, i, true)
	}})
	twoDigit := func(lo, hi int) func(m *matcher, i int) (int, int, bool) {
		return func(m *matcher, i int) (int, int, bool) {
			t := m.tok(i)
			if t == nil || t.kind != kNum || t.ndig != 2 || t.num < lo || t.num > hi {
				return 0, 0, false
			}
			return i + 1, t.num, true
		}
	}
	definePlaceholder(&placeholder{name: "mm", firstNum: true, match: twoDigit(1, 12)})
	// {hhmm}: a 24-hour time in four digits, "0800", "2359".
	definePlaceholder(&placeholder{name: "hhmm", firstNum: true, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil || t.kind != kNum || t.ndig != 4 || t.num/100 > 23 || t.num%100 > 59 {
			return 0, 0, false
		}
		return i + 1, t.num, true
	}})
	definePlaceholder(&placeholder{name: "dd", firstNum: true, match: twoDigit(1, 31)})
	// {n12}, {n31}: one or two digits, for numeric dates.
	small := func(hi int) func(m *matcher, i int) (int, int, bool) {
		return func(m *matcher, i int) (int, int, bool) {
			t := m.tok(i)
			if t == nil || t.kind != kNum || t.ndig > 2 || t.num < 1 || t.num > hi {
				return 0, 0, false
			}
			return i + 1, t.num, true
		}
	}
	definePlaceholder(&placeholder{name: "n12", firstNum: true, match: small(12)})
	definePlaceholder(&placeholder{name: "n31", firstNum: true, match: small(31)})
	definePlaceholder(&placeholder{name: "yyyy", firstNum: true, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil || t.kind != kNum || t.ndig != 4 || t.num < 1000 || t.num > 2199 {
			return 0, 0, false
		}
		return i + 1, t.num, true
	}})
	definePlaceholder(&placeholder{name: "y2", firstNum: true, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil || t.kind != kNum || t.ndig != 2 {
			return 0, 0, false
		}
		return i + 1, t.num, true
	}})

	// {month}: "July", "Aug.", "Sept". Words that are also ordinary
	// English ("may", "march") or abbreviations must be capitalized.
	definePlaceholder(&placeholder{name: "month", firstIDs: monthIDs, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil || t.kind != kWord {
			return 0, 0, false
		}
		v, ok := monthLex.get(t.id)
		if !ok {
			return 0, 0, false
		}
		if _, risky := monthRisky.get(t.id); risky && !t.upper {
			return 0, 0, false
		}
		if _, ab := monthAbbrev.get(t.id); ab && isPunct(m.adjacent(i+1), '.') {
			return i + 2, v, true
		}
		return i + 1, v, true
	}})
	definePlaceholder(&placeholder{name: "weekday", firstIDs: weekdayIDs, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil || t.kind != kWord {
			return 0, 0, false
		}
		v, ok := weekdayLex.get(t.id)
		if !ok {
			return 0, 0, false
		}
		if _, ab := weekdayAbbrev.get(t.id); ab {
			if !t.upper {
				return 0, 0, false
			}
			if isPunct(m.adjacent(i+1), '.') {
				return i + 2, v, true
			}
		}
		return i + 1, v, true
	}})
	simpleLex := func(name string, l *lexicon) {
		definePlaceholder(&placeholder{name: name, firstIDs: lexIDs(l), match: func(m *matcher, i int) (int, int, bool) {
			t := m.tok(i)
			if t == nil || t.kind != kWord {
				return 0, 0, false
			}
			v, ok := l.get(t.id)
			return i + 1, v, ok
		}})
	}
	simpleLex("weekdays", weekdayPluralLex)
	simpleLex("unit", unitLex)
	simpleLex("units", pluralUnitLex)
	simpleLex("season", seasonLex)
	simpleLex("pod", partOfDayLex)
	simpleLex("decadeword", decadeWordLex)

	// {num}: a whole number in digits or words ("3", "twenty-five", "a dozen" is not).
	numWord := func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil || t.kind != kWord {
			return 0, 0, false
		}
		v, ok := numberWordLex.get(t.id)
		if !ok {
			return 0, 0, false
		}
		// "two thousand", "five hundred"
		if n := m.near(i + 1); v < 100 && n != nil && n.kind == kWord && (n.id == idThousand || n.id == idHundredW) {
			mult := 1000
			if n.id == idHundredW {
				mult = 100
			}
			return i + 2, v * mult, true
		}
		if _, tens := tensLex.get(t.id); tens {
			j := i + 1
			if isPunct(m.adjacent(j), '-') {
				j++
			}
			if u := m.near(j); u != nil && u.kind == kWord && (j == i+2 || u.gap != gapNone) {
				if uv, ok := numberWordLex.get(u.id); ok && uv < 10 {
					return j + 1, v + uv, true
				}
			}
		}
		return i + 1, v, true
	}
	definePlaceholder(&placeholder{name: "num", firstNum: true, firstIDs: lexIDs(numberWordLex), match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t != nil && t.kind == kNum {
			v, ok := m.plainNum(i, 6)
			if !ok {
				// "1,000": read the groups.
				if t.ndig > 3 {
					return 0, 0, false
				}
				j, v := i, t.num
				for isPunct(m.adjacent(j+1), ',') {
					g := m.adjacent(j + 2)
					if g == nil || g.kind != kNum || g.ndig != 3 {
						break
					}
					v = v*1000 + g.num
					j += 2
				}
				if j == i {
					return 0, 0, false
				}
				return j + 1, v, true
			}
			return i + 1, v, true
		}
		return numWord(m, i)
	}})
	// {amount}: a quantity for a duration, in thousandths: "3", "1.5", "two", "a half".
	definePlaceholder(&placeholder{name: "amount", firstNum: true, firstIDs: lexIDs(numberWordLex), match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t != nil && t.kind == kNum {
			if t.ndig > 6 {
				return 0, 0, false
			}
			if isPunct(m.adjacent(i+1), '.') {
				if d := m.adjacent(i + 2); d != nil && d.kind == kNum && d.ndig <= 3 {
					frac := d.num
					for k := d.ndig; k < 3; k++ {
						frac *= 10
					}
					return i + 3, t.num*1000 + frac, true
				}
			}
			if isPunct(m.adjacent(i+1), ',') {
				return 0, 0, false
			}
			// "5 1/2"
			if f := m.near(i + 1); f != nil && f.gap != gapNone && f.kind == kNum && f.ndig == 1 && isPunct(m.adjacent(i+2), '/') {
				if d := m.adjacent(i + 3); d != nil && d.kind == kNum && d.ndig == 1 && d.num > f.num && (d.num == 2 || d.num == 4) {
					return i + 4, t.num*1000 + f.num*1000/d.num, true
				}
			}
			return i + 1, t.num * 1000, true
		}
		n, v, ok := numWord(m, i)
		if !ok {
			return 0, 0, false
		}
		// "one and a half"
		if isWord(m.near(n), idAnd) && isWord(m.near(n+1), idA) && isWord(m.near(n+2), idHalf) {
			return n + 3, v*1000 + 500, true
		}
		return n, v * 1000, true
	}})

	// {decade}: "1960s", "1960's" → 196.
	definePlaceholder(&placeholder{name: "decade", firstNum: true, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil || t.kind != kNum || t.ndig != 4 || t.num%10 != 0 || t.num < 1000 || t.num > 2190 {
			return 0, 0, false
		}
		j := i + 1
		if isPunct(m.adjacent(j), '\'') {
			j++
		}
		if !isWord(m.adjacent(j), idS) {
			return 0, 0, false
		}
		return j + 1, t.num / 10, true
	}})
	// {sdecade}: "'60s", "60s", "sixties" → 6.
	definePlaceholder(&placeholder{name: "sdecade", firstNum: true, firstPunct: "'", firstIDs: lexIDs(decadeWordLex), match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil {
			return 0, 0, false
		}
		if t.kind == kWord {
			v, ok := decadeWordLex.get(t.id)
			return i + 1, v, ok
		}
		j := i
		if isPunct(t, '\'') {
			j++
			t = m.adjacent(j)
		}
		if t == nil || t.kind != kNum || t.ndig != 2 || t.num%10 != 0 {
			return 0, 0, false
		}
		k := j + 1
		if isPunct(m.adjacent(k), '\'') {
			k++
		}
		if !isWord(m.adjacent(k), idS) {
			return 0, 0, false
		}
		return k + 1, t.num / 10, true
	}})

	// {clock}: "10 a.m.", "2:30 p.m.", "14:00", "10am", "noon", "midnight"; value hour*60+minute.
	definePlaceholder(&placeholder{name: "clock", firstNum: true, firstIDs: []int32{idNoon, idMidn}, match: func(m *matcher, i int) (int, int, bool) {
		t := m.tok(i)
		if t == nil {
			return 0, 0, false
		}
		if isWord(t, idNoon) {
			if i > 0 && m.toks[i-1].kind == kWord && m.toks[i-1].id == idHigh {
				return 0, 0, false // "High Noon"
			}
			return i + 1, 12 * 60, true
		}
		if isWord(t, idMidn) {
			return i + 1, 24 * 60, true
		}
		if t.kind != kNum || t.ndig > 2 || t.num > 24 {
			return 0, 0, false
		}
		h, mi, j := t.num, 0, i+1
		colon := false
		dot := false
		if isPunct(m.adjacent(j), ':') || isPunct(m.adjacent(j), '.') {
			if d := m.adjacent(j + 1); d != nil && d.kind == kNum && d.ndig == 2 && d.num < 60 {
				dot = isPunct(m.adjacent(j), '.')
				mi, j, colon = d.num, j+2, !dot
			}
		}
		if dot && (i > 0 && m.toks[i].gap == gapNone && m.toks[i-1].kind == kPunct) {
			return 0, 0, false // "$1.45"
		}
		// meridiem: am, pm, a.m., p.m.
		mer := 0
		if n := m.near(j); n != nil && n.kind == kWord {
			switch {
			case n.id == idAM:
				mer, j = 1, j+1
			case n.id == idPM:
				mer, j = 2, j+1
			case (n.id == idA || n.id == idP) && isPunct(m.adjacent(j+1), '.') && isWord(m.adjacent(j+2), idM):
				if n.id == idA {
					mer = 1
				} else {
					mer = 2
				}
				j += 3
				if isPunct(m.adjacent(j), '.') {
					j++
				}
			case n.id == idOclock && isPunct(m.adjacent(j+1), '\'') && isWord(m.adjacent(j+2), idClock):
				mer, j = 3, j+3
			}
		}
		if mer == 0 && !colon {
			return 0, 0, false
		}
		if mer == 1 || mer == 2 {
			if h == 0 || h > 12 {
				return 0, 0, false
			}
			if mer == 1 && h == 12 {
				h = 0
			}
			if mer == 2 && h < 12 {
				h += 12
			}
		}
		if mer == 0 && h > 23 {
			return 0, 0, false
		}
		return j, h*60 + mi, true
	}})
}

var (
	idNineteen = wordID("nineteen")
	idTwenty   = wordID("twenty")
	idTwo      = wordID("two")
	idThousand = wordID("thousand")
	idHundredW = wordID("hundred")
)

// spokenYear reads "nineteen ninety-four" and "two thousand [and] one".
func spokenYear(m *matcher, i int) (int, int, bool) {
	t := m.tok(i)
	switch {
	case isWord(t, idNineteen) || isWord(t, idTwenty):
		c := 19
		if t.id == idTwenty {
			c = 20
		}
		u := m.near(i + 1)
		if u == nil || u.kind != kWord {
			return 0, 0, false
		}
		// the second half must be a word number from ten to ninety-nine
		n, v, ok := placeholders["num"].match(m, i+1)
		if !ok || v < 10 || v > 99 {
			return 0, 0, false
		}
		return n, c*100 + v, true
	case isWord(t, idTwo) && isWord(m.near(i+1), idThousand):
		j := i + 2
		if u := m.near(j); u != nil && u.kind == kWord && unitLex.contains(u.id) {
			return 0, 0, false // "two thousand years"
		}
		if isWord(m.near(j), idAnd) {
			j++
		}
		if n, v, ok := placeholders["num"].match(m, j); ok && v < 100 && m.tok(j).kind == kWord {
			return n, 2000 + v, true
		}
		return i + 2, 2000, true
	}
	return 0, 0, false
}
