package events

import (
	"strings"
	"sync"

	"github.com/biter777/countries"
)

// Entity kinds.
const (
	person = iota + 1
	org
	place
)

// entity is a run of capitalised tokens [first, last] naming someone or
// something.
type entity struct {
	first, last int    // token indexes, inclusive
	name        string // the full name: "Alexander Fleming" for a later "Fleming"
	surface     string // as written
	kind        int
	guess       bool // the kind is a guess: no cue, list or shape said what it is
}

var (
	gazOnce sync.Once
	places  map[string]bool
)

func loadPlaces() {
	places = map[string]bool{}
	for _, c := range countries.All() {
		name := c.String()
		if i := strings.IndexAny(name, "(,"); i > 0 {
			name = strings.TrimSpace(name[:i])
		}
		places[name] = true
		if cap := c.Capital().String(); cap != "" && cap != "None" && cap != "Unknown" {
			places[cap] = true
		}
	}
	for _, p := range extraPlaces {
		places[p] = true
	}
}

func isPlace(name string) bool {
	gazOnce.Do(loadPlaces)
	return places[name]
}

// extraPlaces are common short names and regions the ISO list spells
// otherwise or lacks.
var extraPlaces = []string{
	"U.S.", "US", "USA", "United States", "America", "UK", "U.K.", "Britain", "Great Britain", "England",
	"Scotland", "Wales", "Russia", "Iran", "Syria", "South Korea", "North Korea", "Korea", "Vietnam", "Laos",
	"Bolivia", "Venezuela", "Tanzania", "Moldova", "Palestine", "Gaza", "Gaza Strip", "West Bank", "Taiwan",
	"Europe", "Asia", "Africa", "Middle East", "Latin America", "North America", "South America",
	"Gulf", "Persian Gulf", "Red Sea", "Czech Republic", "Ivory Coast", "Congo", "Holland", "Crimea",
	"Donbas", "Kurdistan", "Balkans", "Scandinavia", "Caribbean", "Pacific", "Atlantic", "Arctic", "Antarctica",
	"New York", "Los Angeles", "Chicago", "San Francisco", "Seattle", "Detroit", "Boston", "Houston", "Toulouse",
	"Hamburg", "Munich", "Frankfurt", "Milan", "Barcelona", "Istanbul", "Mumbai", "Shanghai", "Hong Kong",
	"Sydney", "Toronto", "Montreal", "Dubai", "Jerusalem", "Tel Aviv", "Haifa", "Aleppo", "Mosul", "Basra",
	"Kandahar", "Gettysburg", "Waterloo", "Normandy", "Hiroshima", "Nagasaki", "Pearl Harbor", "Silicon Valley",
	"Wall Street", "Washington", "Cupertino", "California", "Texas", "Florida", "Michigan", "Virginia",
}

// orgCues are words that make a name an organisation.
var orgCues = map[string]bool{
	"Ministry": true, "Department": true, "Agency": true, "Corps": true, "Guards": true, "Guard": true, "Council": true,
	"Party": true, "Committee": true, "Bank": true, "Group": true, "Inc": true, "Inc.": true, "Corp": true, "Corp.": true,
	"Co.": true, "Company": true, "Airlines": true, "Airways": true, "University": true, "Army": true, "Navy": true,
	"Forces": true, "Force": true, "Court": true, "Parliament": true, "Congress": true, "Senate": true, "Commission": true,
	"Union": true, "Association": true, "Organization": true, "Organisation": true, "Institute": true, "Foundation": true,
	"Network": true, "News": true, "Times": true, "Post": true, "Motors": true, "Reserve": true, "Fund": true,
	"Exchange": true, "Assembly": true, "Bureau": true, "Office": true, "Service": true, "Services": true, "Police": true,
	"Church": true, "Ltd": true, "Ltd.": true, "LLC": true, "Holdings": true, "Systems": true, "Technologies": true,
	"Authority": true, "Board": true, "Federation": true, "League": true, "Club": true, "Brigade": true, "Brigades": true,
	"Front": true, "Movement": true, "Cabinet": true, "Administration": true, "Stiftung": true, "Journal": true,
	"Press": true, "Agence": true, "Reuters": true, "Microsystems": true, "Industries": true, "Pictures": true,
	"Records": true, "Media": true, "Telegraph": true, "Herald": true, "Tribune": true, "Gazette": true,
}

// occasionCues end the names of recurring occasions, which are not people.
var occasionCues = map[string]bool{
	"Open": true, "Cup": true, "Games": true, "Olympics": true, "Championship": true, "Championships": true,
	"Trophy": true, "Prize": true, "Award": true, "Awards": true, "Festival": true, "Series": true, "Tour": true,
	"Marathon": true, "Summit": true, "Expo": true, "Grand Prix": true, "Classic": true, "Masters": true,
}

// placeCues are words that make a name a place.
var placeCues = map[string]bool{
	"Street": true, "Avenue": true, "Square": true, "River": true, "Mountains": true, "Mountain": true, "Province": true,
	"City": true, "County": true, "Island": true, "Islands": true, "Sea": true, "Ocean": true, "Valley": true, "Bay": true,
	"Lake": true, "Airport": true, "Road": true, "Bridge": true, "Strait": true, "Peninsula": true, "Desert": true,
	"Region": true, "State": false, "Plant": true, "Palace": true, "Harbor": true, "Harbour": true, "Canal": true,
}

// knownOrgs are organisations often named by one word that says nothing of
// what they are.
var knownOrgs = map[string]bool{
	"Hamas": true, "Hezbollah": true, "Mossad": true, "CIA": true, "FBI": true, "NSA": true, "KGB": true, "MI6": true,
	"NATO": true, "UN": true, "U.N.": true, "EU": true, "E.U.": true, "OPEC": true, "Taliban": true, "ISIS": true,
	"IRGC": true, "Houthis": true, "Shin Bet": true, "Fatah": true, "Interpol": true, "Pentagon": true, "Kremlin": true,
	"AFP": true, "AP": true, "BBC": true, "CNN": true, "Apple": true, "Boeing": true, "Airbus": true, "Google": true,
	"Microsoft": true, "Amazon": true, "Facebook": true, "Meta": true, "Chrysler": true, "Ford": true, "GM": true,
	"Toyota": true, "Fiat": true, "EADS": true, "Nasdaq": true, "NASA": true, "WHO": true, "IMF": true, "Wikinews": true,
	"Al-Qaeda": true, "al-Qaeda": true, "Qaeda": true, "Kataib": true, "Wagner": true, "Gazprom": true, "Samsung": true,
}

// titles before a name: they say a person follows and are not part of the name.
var titles = map[string]bool{
	"President": true, "Prime": true, "Minister": true, "Gen.": true, "Dr.": true, "Mr.": true,
	"Mrs.": true, "Ms.": true, "Sen.": true, "Senator": true, "Rep.": true, "Gov.": true, "Governor": true, "King": true,
	"Queen": true, "Prince": true, "Princess": true, "Pope": true, "Ayatollah": true, "Sheikh": true, "Chancellor": true,
	"Secretary": true, "Judge": true, "Justice": true, "Col.": true, "Colonel": true, "Lt.": true, "Capt.": true, "Captain": true,
	"Commander": true, "Chairman": true, "CEO": true, "Director": true, "Mayor": true, "Sir": true, "Lord": true, "Lady": true,
	"Emperor": true, "Empress": true, "Sultan": true, "Imam": true, "Rabbi": true, "Bishop": true, "Cardinal": true,
	"Supreme": true, "Leader": true, "Coach": true, "Manager": true, "Pastor": true, "Father": true, "Sister": true, "Brother": true, "Vice": true, "Premier": true, "Ambassador": true, "Professor": true, "Prof.": true, "Administrator": true, "Commissioner": true,
	"Saint": false,
}

// demonyms split off the front of a name: "Iranian Revolutionary Guards".
var demonyms = map[string]string{
	"Iranian": "Iran", "Israeli": "Israel", "American": "United States", "Syrian": "Syria", "Iraqi": "Iraq",
	"Russian": "Russia", "Chinese": "China", "British": "United Kingdom", "French": "France", "German": "Germany",
	"Palestinian": "Palestine", "Lebanese": "Lebanon", "Turkish": "Turkey", "Saudi": "Saudi Arabia", "Egyptian": "Egypt",
	"Ukrainian": "Ukraine", "Japanese": "Japan", "Indian": "India", "Pakistani": "Pakistan", "Afghan": "Afghanistan",
	"European": "Europe", "Arab": "", "Western": "", "Eastern": "", "Northern": "", "Southern": "", "Shiite": "", "Sunni": "",
	"Yemeni": "Yemen", "Jordanian": "Jordan", "Italian": "Italy", "Spanish": "Spain", "Canadian": "Canada", "Mexican": "Mexico",
	"Korean": "Korea", "Australian": "Australia", "Greek": "Greece", "Roman": "", "Persian": "", "Islamic": "",
}

// starters are capitalised function words: they open sentences, not names.
var starters = map[string]bool{}

func init() {
	for w := range strings.FieldsSeq(`The A An This That These Those It Its He She They We I You His Her Their Our My Your
		In On At By For From To With Without After Before During Since Until While When Whenever Where Why How What Which Who Whom Whose
		If Unless Although Though Because As But And Or Nor So Yet Then Thus However Meanwhile Moreover Furthermore Also Still
		Regardless Despite Whatever Whoever Both Either Neither Each Every Some Many Most More Few All Any No Not None One Two Three
		Several Such Other Another Here There Now Today Yesterday Tomorrow Later Earlier Last Next First Second Third Finally Indeed
		Instead Even Only Just Perhaps Maybe Critics Officials Analysts Researchers Pundits Observers Experts Sources Some Many
		Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
		October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun
		According Following Under Over Between Among Against Within Across Around Through Into Upon About Above Below Once Like
		Photo Image Read See Click Updated Published Posted By Why`) {
		starters[w] = true
	}
}

// ofHeads are name words that take an "of" phrase: "Battle of Actium".
var ofHeads = map[string]bool{"Republic": true, "Kingdom": true, "Bank": true, "Battle": true, "Siege": true, "Treaty": true,
	"War": true, "Revolution": true, "Act": true, "Cup": true, "Championship": true, "Games": true, "Prize": true,
	"Museum": true, "Empire": true, "Duke": true, "Duchess": true, "Earl": true, "Prince": true, "Princess": true,
	"Declaration": true, "Council": true, "Convention": true, "Peace": true, "Massacre": true}

// connectors may join the words of one name.
var connectors = map[string]bool{"of": true, "de": true, "del": true, "da": true, "di": true, "dos": true, "das": true, "al": true, "al-": true, "bin": true, "ibn": true, "und": true, "von": true, "van": true, "der": true, "du": true, "la": true, "le": true, "for": true, "the": true}

// findEntities chunks the capitalised runs of tokens, sentence by sentence,
// and types them. midCap holds the words the document capitalises somewhere
// other than at the start of a sentence.
func findEntities(toks []token, sentStart []int, headline []bool) []entity {
	midCap := map[string]bool{}
	lowerSeen := map[string]bool{}
	for i := range toks {
		t := &toks[i]
		if !t.word {
			continue
		}
		if t.cap && i > 0 && toks[i-1].sent == t.sent && !headline[t.sent] && toks[i-1].lower != ":" && toks[i-1].lower != "\"" && toks[i-1].lower != "“" && toks[i-1].lower != "—" && toks[i-1].lower != "–" {
			midCap[t.text] = true
		} else if !t.cap {
			lowerSeen[t.lower] = true
		}
	}
	var ents []entity
	n := len(toks)
	for i := 0; i < n; {
		t := &toks[i]
		if !t.word || !t.cap || t.date != 0 || t.timex {
			i++
			continue
		}
		first := i == 0 || toks[i-1].sent != t.sent || !toks[i-1].word && strings.ContainsAny(toks[i-1].lower, "\"“‘'([—–") // a dateline's dash opens the text
		// extend the run
		j := i
		for j+1 < n && toks[j+1].sent == t.sent {
			nx := &toks[j+1]
			if nx.word && nx.cap && nx.date == 0 && !nx.timex && !titles[nx.text] {
				j++
				continue
			}
			if numbered(toks, j+1) {
				j++ // "Apollo 11", "Luna 15"
				continue
			}
			if nx.word && connectors[nx.lower] && !nx.cap && j+2 < n && toks[j+2].sent == t.sent && toks[j+2].cap && toks[j+2].word && toks[j+2].date == 0 {
				// "Ministry of Intelligence", not "Iran of ..." unless the head is an organisation or place word
				if nx.lower == "the" || nx.lower == "for" || nx.lower == "of" {
					if !orgCues[toks[j].text] && !placeCues[toks[j].text] && !ofHeads[toks[j].text] {
						break
					}
				}
				j += 2
				continue
			}
			break
		}
		i0 := i
		// drop titles, demonyms and sentence starters from the front
		for i0 <= j {
			w := toks[i0].text
			if titles[w] || starters[w] && (first && i0 == i || !midCap[w]) || toks[i0].date != 0 {
				i0++
				continue
			}
			if _, ok := demonyms[w]; ok && i0 < j {
				i0++
				continue
			}
			break
		}
		if i0 > j {
			i = j + 1
			continue
		}
		// a lone sentence-initial word the document never capitalises elsewhere is not a name
		if i0 == i && first && i0 == j && !midCap[toks[i0].text] && !isPlace(toks[i0].text) && !knownOrgs[toks[i0].text] {
			i = j + 1
			continue
		}
		if headline[t.sent] && !midCap[toks[i0].text] && !isPlace(toks[i0].text) && !knownOrgs[toks[i0].text] {
			i = j + 1
			continue
		}
		if _, ok := demonyms[toks[i0].text]; ok && i0 == j {
			i = j + 1
			continue
		}
		if i0 == j && lowerSeen[toks[i0].lower] && !isPlace(toks[i0].text) && !knownOrgs[toks[i0].text] {
			i = j + 1
			continue
		}
		e := entity{first: i0, last: j}
		var b strings.Builder
		for k := i0; k <= j; k++ {
			if k > i0 {
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].text)
		}
		e.name = b.String()
		e.surface = e.name
		e.kind, e.guess = kindOf(toks, e, i > 0 && titles[toks[i0-1].text] || i0 > i && titles[toks[i0-1].text])
		ents = append(ents, e)
		for k := i0; k <= j; k++ {
			toks[k].ent = len(ents)
		}
		i = j + 1
	}
	// A one-word name that ends a person's name elsewhere is that person.
	last := map[string]string{}
	for _, e := range ents {
		if e.kind == person && e.last > e.first {
			last[toks[e.last].text] = e.name
		}
	}
	for k := range ents {
		e := &ents[k]
		if e.first == e.last {
			if full, ok := last[e.name]; ok {
				e.kind, e.guess = person, false
				e.name = full
			}
		}
	}
	return ents
}

func kindOf(toks []token, e entity, titled bool) (kind int, guess bool) {
	name := e.name
	switch {
	case titled:
		return person, false
	case knownOrgs[name]:
		return org, false
	case isPlace(name):
		return place, false
	case !toks[e.last].word:
		return org, true // "Apollo 11", "Luna 15": craft and missions, not people or places
	}
	for k := e.first; k <= e.last; k++ {
		if orgCues[toks[k].text] {
			return org, false
		}
	}
	switch first := toks[e.first].text; {
	case ofHeads[first] && !titles[first] && first != "Duke" && first != "Duchess" && first != "Earl":
		return place, false // "the Battle of Actium", "the Treaty of Versailles": not people
	}
	if placeCues[toks[e.last].text] {
		return place, false
	}
	if occasionCues[toks[e.last].text] {
		return org, false // "the French Open", "the FA Trophy": named occasions, not people
	}
	if e.first > 0 {
		switch toks[e.first-1].lower {
		case "in", "at", "near", "outside", "from", "to", "across", "into":
			return place, false
		case "daily", "newspaper", "paper", "weekly", "magazine", "agency", "channel", "broadcaster", "firm", "company", "group", "carrier", "maker", "automaker", "manufacturer", "outlet", "network":
			return org, false
		}
	}
	if e.last+1 < len(toks) {
		switch toks[e.last+1].lower {
		case "newspaper", "daily", "weekly", "magazine", "agency", "company", "group", "party", "movement", "militia", "government", "ministry", "army":
			return org, false
		}
	}
	if isAcronym(name) {
		return org, false
	}
	words := e.last - e.first + 1
	if words >= 2 && words <= 4 {
		return person, false
	}
	return org, true
}

// numbered: token k is a short number that ends a name ("Apollo 11",
// "Luna 15"), not a score, a count or a measure.
func numbered(toks []token, k int) bool {
	if k >= len(toks) || k == 0 || toks[k].sent != toks[k-1].sent || toks[k].date != 0 || toks[k].timex || toks[k].word || len(toks[k].text) > 3 || toks[k-1].end+1 != toks[k].start {
		return false
	}
	for i := 0; i < len(toks[k].text); i++ {
		if c := toks[k].text[i]; c < '0' || c > '9' {
			return false
		}
	}
	if k+1 < len(toks) && toks[k+1].sent == toks[k].sent {
		switch toks[k+1].lower {
		case "%", "-", "–", ":", "/", ".", "percent", "per", "to", "times", "points", "goals", "votes", "seats", "people", "years", "days",
			"months", "weeks", "hours", "minutes", "miles", "km", "kilometres", "kilometers", "metres", "meters", "feet", "million", "billion", "thousand":
			return false
		}
	}
	return true
}

func isAcronym(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r == '.' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
