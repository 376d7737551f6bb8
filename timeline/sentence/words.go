package sentence

// abbrKind says when a word followed by a period is an abbreviation.
type abbrKind uint8

const (
	notAbbr     abbrKind = iota
	always               // never ends a sentence: titles, "est.", "approx."
	beforeDigit          // only before a digit: "No. 10", "p. 12"
	dated                // month and weekday names: before a digit, or unless a sentence starter follows
	suffix               // company suffixes: treated like a dotted acronym
)

// abbreviations are the words that a period may follow without ending the
// sentence, written as they appear before the period.
var abbreviations = map[string]abbrKind{
	// Titles and ranks.
	"Mr": always, "Mrs": always, "Ms": always, "Mx": always, "Dr": always, "Prof": always,
	"Gen": always, "Lt": always, "Col": always, "Maj": always, "Capt": always, "Cpt": always,
	"Sgt": always, "Cpl": always, "Pvt": always, "Adm": always, "Cmdr": always, "Brig": always,
	"Gov": always, "Sen": always, "Rep": always, "Reps": always, "Sens": always, "Pres": always,
	"Rev": always, "Hon": always, "Supt": always, "Det": always, "Insp": always, "Fr": always,
	"Msgr": always, "Amb": always, "Atty": always, "Gens": always, "Messrs": always,
	// Places in names.
	"St": always, "Ste": always, "Mt": always, "Ft": always, "Pt": always, "Sts": always,
	"Ave": suffix, "Blvd": suffix, "Rd": suffix,
	// Scholarly and numeric abbreviations, written in lower case.
	"est": always, "approx": always, "incl": always, "pp": always, "vol": always, "vols": always,
	"fig": always, "Fig": always, "figs": always, "eq": always, "ch": always, "cf": always,
	"vs": always, "al": dated, "ca": beforeDigit, "c": beforeDigit, "op": always, "ed": always,
	"eds": always, "trans": always, "dept": always, "Dept": always, "Univ": always,
	"Assn": always, "resp": always, "viz": always, "esp": always,
	"b": beforeDigit, "d": beforeDigit, "r": beforeDigit,
	"No": beforeDigit, "no": beforeDigit, "Nos": beforeDigit, "nos": beforeDigit,
	"p": beforeDigit, "Vol": beforeDigit, "Art": beforeDigit, "art": beforeDigit,
	"Sec": beforeDigit, "sec": beforeDigit, "Ch": beforeDigit, "Nr": beforeDigit,
	// Months and weekdays.
	"Jan": dated, "Feb": dated, "Mar": dated, "Apr": dated, "Jun": dated, "Jul": dated,
	"Aug": dated, "Sep": dated, "Sept": dated, "Oct": dated, "Nov": dated, "Dec": dated,
	"Mon": dated, "Tue": dated, "Tues": dated, "Wed": dated, "Thu": dated, "Thur": dated,
	"Thurs": dated, "Fri": dated, "Sat": dated, "Sun": dated,
	// Company suffixes and name suffixes.
	"Inc": suffix, "Corp": suffix, "Ltd": suffix, "Co": suffix, "Bros": suffix,
	"Jr": suffix, "Sr": suffix, "Plc": suffix, "Cos": suffix,
}

// starters are words that often begin a sentence and rarely follow an
// abbreviation inside a name. After an initial, a dotted acronym, a month
// or a company suffix, one of them starts a new sentence.
var starters = map[string]bool{}

func init() {
	for _, w := range []string{
		"The", "A", "An", "It", "Its", "It's", "He", "His", "She", "Her", "They", "Their", "Them",
		"We", "Our", "I", "You", "Your", "This", "That", "These", "Those", "There", "Then",
		"Thus", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "As", "By", "For",
		"From", "To", "Of", "With", "Without", "After", "Before", "During", "Since", "Until",
		"When", "While", "Where", "Why", "How", "What", "Who", "Whom", "Which", "If", "Although",
		"Though", "However", "Meanwhile", "Moreover", "Furthermore", "Still", "Also",
		"Nevertheless", "Instead", "Later", "Earlier", "Now", "Today", "Yesterday", "Tomorrow",
		"Last", "Next", "One", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No",
		"Not", "Such", "Several", "Other", "Another", "My", "Despite", "Because", "Under",
		"Over", "Among", "According", "Officials", "Analysts", "Critics",
	} {
		starters[w] = true
	}
}

// institutions are capitalised words that follow a dotted acronym inside a
// name: "U.S. President", "U.N. Security Council", "E.U. Commission".
var institutions = map[string]bool{}

func init() {
	for _, w := range []string{
		"President", "Vice", "Secretary", "Senator", "Senate", "Congress", "Congressman",
		"Congresswoman", "House", "Representative", "Ambassador", "Embassy", "Envoy",
		"Army", "Navy", "Air", "Marine", "Marines", "Coast", "Guard", "Forces", "Force",
		"Military", "Command", "Central", "Special", "Department", "State", "Treasury",
		"Justice", "Defense", "Defence", "Commerce", "Energy", "Agency", "Attorney",
		"General", "Supreme", "Court", "District", "Federal", "National", "Government",
		"Administration", "Office", "Bureau", "Census", "Postal", "Capitol", "Constitution",
		"Security", "Council", "Assembly", "Commission", "Commissioner", "Parliament",
		"Foreign", "Trade", "Border", "Customs", "Immigration", "Intelligence", "Open",
		"Chamber", "Mint", "Geological", "Dollar", "Dollars", "High", "Human", "Rights",
		"Peacekeeping", "Peacekeepers", "Mission", "Charter", "Summit", "Member", "Members",
		"Commander", "Troops", "Forces", "Navy's", "Army's",
		"Police", "Minister", "Ministry", "Chief", "Deputy", "Representative", "Delegation",
		"Prime", "Sanctions", "Ambassadors", "Treasury's", "Sen", "Rep", "Gen", "Adm",
	} {
		institutions[w] = true
	}
}

func isStarter(w string) bool { return starters[w] }
