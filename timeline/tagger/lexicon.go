package tagger

// Lexicons: lower-case words and their values. Every word of a lexicon and
// every literal word of a rule pattern gets an id in vocab at init, so that
// the tokenizer can look a word up once and the matcher compares integers.

var vocab = map[string]int32{}

// wordID returns the id of w, adding it to the vocabulary.
func wordID(w string) int32 {
	if id, ok := vocab[w]; ok {
		return id
	}
	id := int32(len(vocab) + 1)
	vocab[w] = id
	return id
}

// lexicon maps word ids to values. Until freeze it is a map; then a slice
// indexed by id, so a lookup is one bounds check.
type lexicon struct {
	m      map[int32]int
	vals   []int32
	has    []bool
	frozen bool
}

var lexicons []*lexicon

func newLexicon(m map[string]int) *lexicon {
	l := &lexicon{m: map[int32]int{}}
	for w, v := range m {
		l.m[wordID(w)] = v
	}
	lexicons = append(lexicons, l)
	return l
}

// get returns the value of word id.
func (l *lexicon) get(id int32) (int, bool) {
	if l.frozen {
		if int(id) < len(l.has) && l.has[id] {
			return int(l.vals[id]), true
		}
		return 0, false
	}
	v, ok := l.m[id]
	return v, ok
}

// val returns the value of word id, 0 if absent.
func (l *lexicon) val(id int32) int { v, _ := l.get(id); return v }

func (l *lexicon) contains(id int32) bool { _, ok := l.get(id); return ok }

func freezeLexicons() {
	for _, l := range lexicons {
		l.vals = make([]int32, len(vocab)+1)
		l.has = make([]bool, len(vocab)+1)
		for id, v := range l.m {
			l.vals[id], l.has[id] = int32(v), true
		}
		l.frozen = true
	}
}

var (
	monthLex = newLexicon(map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
		"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	})
	// Month words that are also common English words or abbreviations of
	// them: they count as months only when capitalized, and bare only in a
	// date context.
	monthRisky  = newLexicon(map[string]int{"may": 5, "march": 3, "mar": 3, "jan": 1, "jun": 6, "sep": 9, "dec": 12, "aug": 8, "oct": 10, "nov": 11, "feb": 2, "apr": 4, "jul": 7, "sept": 9})
	monthAbbrev = newLexicon(map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12})

	weekdayLex = newLexicon(map[string]int{
		"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
		"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
	})
	weekdayAbbrev = newLexicon(map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7})

	// Plural weekdays make sets ("on Mondays").
	weekdayPluralLex = newLexicon(map[string]int{
		"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
	})

	numberWordLex = newLexicon(map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
	})
	tensLex = newLexicon(map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})

	ordinalLex = newLexicon(map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
		"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
		"twentieth": 20, "thirtieth": 30,
	})
	ordSuffixLex = newLexicon(map[string]int{"st": 1, "nd": 2, "rd": 3, "th": 4})

	// Units of durations and relative expressions, singular and plural.
	unitLex = newLexicon(map[string]int{
		"second": int(Second), "seconds": int(Second), "minute": int(Minute), "minutes": int(Minute),
		"hour": int(Hour), "hours": int(Hour), "day": int(Day), "days": int(Day),
		"week": int(Week), "weeks": int(Week), "weekend": int(Weekend), "weekends": int(Weekend),
		"month": int(Month), "months": int(Month), "quarter": int(Quarter), "quarters": int(Quarter),
		"year": int(Year), "years": int(Year), "decade": int(Decade), "decades": int(Decade),
		"century": int(Century), "centuries": int(Century), "millennium": int(Millennium), "millennia": int(Millennium),
		"fortnight": -int(Week), "yr": int(Year), "yrs": int(Year), "hrs": int(Hour), "hr": int(Hour), "mins": int(Minute), "min": int(Minute),
	})
	pluralUnitLex = newLexicon(map[string]int{
		"seconds": int(Second), "minutes": int(Minute), "hours": int(Hour), "days": int(Day), "weeks": int(Week),
		"weekends": int(Weekend), "months": int(Month), "quarters": int(Quarter), "years": int(Year),
		"decades": int(Decade), "centuries": int(Century), "millennia": int(Millennium),
	})

	seasonLex = newLexicon(map[string]int{"spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4})

	partOfDayLex = newLexicon(map[string]int{"morning": 1, "afternoon": 2, "evening": 3, "night": 4, "overnight": 4})

	decadeWordLex = newLexicon(map[string]int{
		"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
	})
)

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
var partOfDayCodes = [...]string{"", "MO", "AF", "EV", "NI"}
