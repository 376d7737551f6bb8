package events

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Type is one value of an extracted event's type field: a name to group
// and filter events by, and what events it holds.
type Type struct {
	Name  string
	About string
	// broad: a domain more than a kind of event. Two events of a broad type
	// that name the same person are not one event for sharing the type (a
	// player's matches of one year, a mission's launch and landing), so
	// Combine merges them only on other evidence.
	broad bool
}

// vocabulary is the type field's vocabulary, in the order a legend lists
// it. Every type a rule or the lexicon's table gives is here
// (TestTypeVocabulary).
var vocabulary = []Type{
	{Name: "killing", About: "a person killed on purpose: assassination, murder, execution"},
	{Name: "attack", About: "a strike at a target: bombing, raid, shooting, missiles launched, hackers striking a grid"},
	{Name: "war", About: "fighting between armed forces: battles, invasions, sieges, an army landing, marching or destroying"},
	{Name: "sabotage", About: "covert damage and espionage: sabotage, hacking, infiltration"},
	{Name: "protest", About: "protests, riots, uprisings, revolutions; strikes by workers"},
	{Name: "election", About: "people voting for candidates or in a referendum: results, runoffs, concessions, inaugurations"},
	{Name: "decision", About: "an authority deciding: a council's vote, an evacuation ordered, a disaster declared, a law passed or signed", broad: true},
	{Name: "statement", About: "something said: statements, announcements, promises, warnings, accusations"},
	{Name: "publication", About: "something published or released: articles, editorials, books, reports, a product unveiled"},
	{Name: "meeting", About: "meetings, summits, talks, visits, hearings"},
	{Name: "agreement", About: "treaties, deals, contracts, mergers, ceasefires signed or agreed"},
	{Name: "arrest", About: "arrests, detentions, captures, kidnappings; releases from custody"},
	{Name: "justice", About: "investigations, charges, trials, verdicts, sentences, lawsuits, court rulings", broad: true},
	{Name: "appointment", About: "appointments, nominations, resignations, retirements"},
	{Name: "purge", About: "dismissals and crackdowns"},
	{Name: "sanction", About: "sanctions, embargoes, bans"},
	{Name: "founding", About: "foundings, creations, independence"},
	{Name: "disaster", About: "natural hazards and accidents: storms, earthquakes, floods, fires, a dam failing, a plane crash"},
	{Name: "mission", About: "flights of craft: launches, landings, splashdowns, missions of spacecraft, rovers, probes, aircraft, balloons", broad: true},
	{Name: "voyage", About: "journeys of ships, fleets and expeditions: sailings, departures, arrivals, returns, summits reached", broad: true},
	{Name: "sport", About: "matches, finals, titles, tournaments, games; an athlete turning professional", broad: true},
	{Name: "award", About: "prizes and honours won, shared or given"},
	{Name: "business", About: "companies and markets: orders, sales, profits, losses, share prices, job cuts"},
	{Name: "discovery", About: "discoveries and inventions"},
	{Name: "health", About: "illness, injury, surgery and medical treatment of a person", broad: true},
	{Name: "birth", About: "a person born"},
	{Name: "death", About: "a person dead: died, buried, found dead"},
	{Name: "event", About: "an event none of the above names, or one the text says too little about to type"},
	{Name: "caption", About: "a date in a photo caption or byline"},
}

// Types returns the vocabulary of the type field, in the order a legend
// lists it.
func Types() []Type { return slices.Clone(vocabulary) }

// broadType reports whether the type t is a domain rather than a kind of
// event (see Type); "event" and "statement" say nothing of the kind either.
func broadType(t string) bool { return broadTypes[t] }

var broadTypes = func() map[string]bool {
	m := map[string]bool{"event": true, "statement": true}
	for _, t := range vocabulary {
		if t.broad {
			m[t.Name] = true
		}
	}
	return m
}()

// cueGroups are the words the type rules look for around a head, by
// group. A capitalised cue matches only a capitalised word (a name's:
// "Open" in "the French Open", not "open"); a lower-case cue matches in
// any case, and its plural when the word is in lower case ("ships" for
// "ship", but not "Rovers" for "rover": a team). A cue ending in "." is a
// noun that is also an adjective, and counts only where no lower-case word
// but a preposition follows it: "the final on Sunday", not "his final
// appeal". "#score" is a match's score: "1-0", "129-105".
var cueGroups = map[string]string{
	"spacecraft": "spacecraft spaceship rover probe lander orbiter rocket satellite capsule shuttle module " +
		"NASA ESA Roscosmos SpaceX JAXA ISRO Apollo Soyuz Vostok Sputnik Shenzhou Gemini Voyager " +
		"moon lunar mars martian orbit astronaut cosmonaut crater spaceport Earth",
	"aircraft": "aircraft airplane aeroplane plane airliner jet helicopter glider airship balloon",
	"ships":    "ship vessel boat ferry liner steamer tanker submarine caravel galleon carrack frigate fleet flotilla sailors voyage",
	"military": "army troops soldiers forces infantry cavalry navy marines legion regiment battalion militia warriors warship garrison Allies allied",
	"hazard": "hurricane storm typhoon cyclone tornado earthquake quake tsunami flood flooding floodwaters wildfire fire blaze " +
		"eruption volcano avalanche landslide mudslide drought heatwave blizzard",
	"structure": "dam levee dike dyke embankment bridge building tower reservoir spillway",
	"sport": "#score penalties match final. finals semifinal quarterfinal replay playoff tournament championship trophy cup title league medal " +
		"Open Cup Trophy Games Olympics Olympic Championships Wimbledon Slam",
	"vote": "election runoff ballot ballots polls voters turnout candidate referendum mayoral presidential parliamentary electoral incumbent votes seats",
	"body": "council commission parliament senate congress assembly board committee legislature lawmakers legislators cabinet shareholders " +
		"MPs Bundestag Knesset Duma",
	"money": "shares stock stocks index price prices profit profits revenue sales earnings market markets dividend dollars jobs " +
		"bankruptcy loss losses economy unemployment inflation plant factory factories store branch Dow Nasdaq FTSE",
	"prize":   "prize award Nobel Pulitzer Oscar Emmy Grammy honour honor knighthood",
	"medical": "patient hospital surgery surgeon doctor physician illness disease diagnosis cancer knee heart hip shoulder ankle transplant",
	"legal":   "court judge jury prosecutors prosecutor trial charges lawsuit verdict",
	"outlet":  "newspaper daily magazine journal agency broadcaster channel radio television Times Post Journal Herald Guardian Reuters",
}

// typeRule gives a type to the event of a head in a context. The first
// rule that fits decides; with none, the head keeps the type of the
// lexicon's table (types), or "event". Cue fields hold words and @groups
// (cueGroups); every field given must hold.
type typeRule struct {
	typ string
	// heads are the head words, comma-separated ("" for any head). The first
	// word of each matches its inflections (land: lands, landed, landing),
	// the words after it must follow the head, a pronoun between ("touch
	// down", "bring back": "brought it back").
	heads string
	next  string // words of which the one right after the head must be one
	from  string // the types the rule may replace ("" any): the head's default type
	subj  string // cues the words before the head in its clause must hold (its subject, a noun's modifiers)
	obj   string // cues the words after the head in its clause must hold
	near  string // cues either must hold
	sent  string // cues the sentence must hold
	// example is a sentence the rule decides; TestTypeRuleExamples extracts
	// it and requires this rule to type its dated event.
	example string
}

// Head words used by several rules.
const (
	flying  = "launch, lift off, blast off, take off, took off, touch down, splash down, land, fly, flew, flown, flight, orbit, dock, reach, arrive, return, carry, enter, leave, left, depart, rise, rose, descend, circle, bring back, brought back, send back, sent back"
	sailing = "leave, left, sail, set sail, reach, arrive, return, cross, depart, land, anchor, bring back, brought back, circumnavigate, round, winter"
	contest = "win, won, lose, lost, beat, defeat, lead, led, concede, take, took, finish, clinch, sweep, trail, contest, run, ran"
	playing = "win, won, lose, lost, beat, defeat, draw, drew, play, reach, lead, led, score, qualify, add, clinch, retain, defend, finish, concede, " +
		"edge, rout, thrash, crush, trounce, down, overcome, overcame, outclass, outplay, hammer, drub, sweep, swept, eliminate, knock out, " +
		"return, retire, debut, breakthrough, hold, held, host, compete, advance"
	moving = "lose, lost, rise, rose, risen, fall, fell, fallen, drop, surge, plunge, gain, climb, slump, soar, tumble, cut, close, post, file"
)

// typeRules, most particular first. The groups: what a storm or a failing
// dam does; flights of craft; armies; ships; what authorities decide;
// justice; elections and sport, first by the clause and then by the
// sentence; prizes; health; what is said; business words that need money
// in the clause; landings that name no craft, army or ship.
var typeRules = []typeRule{
	// natural hazards and failing structures
	{typ: "health", heads: "attack", subj: "heart", example: "The senator suffered a heart attack on May 4, 2011."},
	{typ: "disaster", subj: "@hazard", example: "Hurricane Andrew struck southern Florida on Aug. 24, 1992."},
	{typ: "disaster", heads: "fail, collapse, burst, breach, give way, break, overtop", subj: "@structure", example: "The Teton Dam failed on June 5, 1976, and flooded the valley below."},
	{typ: "business", heads: "crash, collapse", near: "market markets stock stocks shares bank banks currency firm company", example: "The stock market crashed on Oct. 29, 1929."},
	// what collapses that is no structure: talks, governments
	{typ: "meeting", heads: "collapse, fail, break down, broke down, breakdown, stall", near: "talks negotiations negotiation summit meeting conference", example: "Peace talks in Geneva collapsed on Feb. 3, 2014."},
	{typ: "event", heads: "collapse, fall, fell, fallen", from: "disaster", near: "government coalition cabinet regime empire alliance ceasefire truce deal", example: "The coalition collapsed on Nov. 6, 2024."},

	// flights of craft; missiles are weapons
	{typ: "attack", heads: "launch, fire", near: "missile missiles rockets offensive attack attacks strike strikes airstrike airstrikes raid raids assault drones", example: "The rebels launched missiles at the port on March 2, 2018."},
	{typ: "justice", heads: "open, launch, begin, start", obj: "investigation inquiry probe lawsuit case", example: "Prosecutors opened an investigation into the bank on Oct. 19, 2021."},
	{typ: "mission", heads: flying + ", crash", near: "@spacecraft", example: "The unmanned Ranger 4 probe crashed on the Moon on April 26, 1962."},
	{typ: "mission", heads: flying, near: "@aircraft", example: "On Dec. 17, 1903, the Wright brothers flew the first powered airplane at Kitty Hawk."},
	{typ: "mission", heads: "launch", next: "from", example: "The launch from Baikonur on April 12, 1961 was watched by a handful of officials."},
	{typ: "mission", heads: "fly, flew, flown, flight, launch, touch down, splash down, lift off", sent: "@spacecraft @aircraft", example: "According to NASA, Artemis II will fly in April 2026."},
	{typ: "event", heads: "flight", next: "of from", example: "The flight of the royal family from Paris in June 1791 ended at Varennes."},
	{typ: "sport", heads: "flight", subj: "top", example: "Blackburn Rovers returned to the top flight in 2001."},
	{typ: "mission", heads: "splash down, touch down, lift off, blast off, splashdown, liftoff, spacewalk, moonwalk, mission, spaceflight, flight", example: "The first transatlantic flight without a stop ended in Ireland on June 15, 1919."},

	// strikes by workers; armies
	{typ: "protest", heads: "go on strike, went on strike, gone on strike", example: "The sailors went on strike on Sept. 4, 1931."},
	{typ: "protest", heads: "strike", near: "workers union unions miners nurses teachers drivers dockers general hunger walkout", example: "The miners began a strike over pit closures on March 6, 1984."},
	{typ: "event", heads: "take power, took power, seize power", example: "The army seized power in Thailand on May 22, 2014."},
	{typ: "war", heads: "land, invade, invasion, march, enter, advance, capture, seize, take, took, burn, destroy, defeat, rout, besiege, force, cross, occupy, retreat, withdraw, surrender, fight, fought, win, won, sack, storm, charge, repel, wound, defend", subj: "@military", example: "In 1066 a Norman army landed at Pevensey."},
	{typ: "war", heads: "destroy, defeat, sink, sank, sunk, rout, besiege, capture, attack, annihilate", obj: "@military", example: "In 1588 the English fleet defeated the Spanish navy off Gravelines."},
	{typ: "war", heads: "defeat, win, won, lose, lost, beat, rout, fight, fought", obj: "battle siege", example: "Wellington defeated Napoleon at the Battle of Waterloo on June 18, 1815."},
	{typ: "war", heads: "invasion, invade", example: "The invasion of Normandy began on June 6, 1944."},

	// ships
	{typ: "disaster", heads: "sink, sank, sunk, capsize, run aground, ran aground", near: "@ships", example: "The ferry Estonia sank in the Baltic on Sept. 28, 1994."},
	{typ: "voyage", heads: sailing, near: "@ships", example: "On Aug. 3, 1492, three ships left Palos under the command of Columbus."},
	{typ: "voyage", heads: "sail, set sail, circumnavigate, voyage, expedition", example: "James Cook set sail from Plymouth on Aug. 26, 1768."},
	{typ: "voyage", heads: "reach, climb, conquer, ascend, scale", from: "meeting event", obj: "summit peak", example: "Two climbers reached the summit of K2 on July 31, 1954."},

	// what authorities decide
	{typ: "decision", heads: "vote", subj: "@body", example: "On March 3, 2015, the city council voted to ban plastic bags."},
	{typ: "business", heads: "order", near: "jets aircraft planes airliners ships trains locomotives vehicles units copies barrels", example: "Qantas ordered 20 Airbus jets on June 1, 2017."},
	{typ: "decision", heads: "order", near: "evacuation curfew lockdown closure withdrawal release recall shutdown mobilization mobilisation inquiry investigation blockade ceasefire retreat executive emergency", example: "Mayor Lin Ode ordered the evacuation of the island on Aug. 2, 2019."},
	{typ: "agreement", heads: "sign, strike, struck, ratify", near: "deal treaty agreement accord contract ceasefire truce pact memorandum", example: "In 2014 the two firms struck a deal to share their networks."},
	{typ: "decision", heads: "sign, ratify", near: "order decree bill law legislation proclamation ordinance budget act", example: "President Lyndon Johnson signed the Civil Rights Act on July 2, 1964."},
	{typ: "business", heads: "declare, file", obj: "bankruptcy insolvency", example: "Lehman Brothers filed for bankruptcy on Sept. 15, 2008."},
	{typ: "decision", heads: "declare, declaration", near: "emergency disaster martial curfew lockdown pandemic", example: "The governor declared a state of emergency on Jan. 5, 2016."},
	{typ: "death", heads: "pass away", example: "Her grandmother passed away on May 3, 2001."},
	{typ: "decision", heads: "pass, adopt", near: "law bill act resolution amendment budget motion legislation measure constitution", example: "Congress passed the Clean Air Act in 1970."},
	{typ: "decision", heads: "introduce", from: "publication", obj: "bill law legislation tax ban measure currency curfew", example: "In 1990 the government introduced a tax on carbon."},
	{typ: "decision", heads: "approve, approval, veto, enact, repeal, ratify", example: "The board approved the plan on May 9, 2022."},

	// justice
	// what a telescope or a camera captures is no capture
	{typ: "discovery", heads: "capture, observe, detect, photograph, spot, image", near: "telescope telescopes observatory astronomer astronomers", example: "The telescope captured an image of a distant galaxy on July 12, 2022."},
	{typ: "event", heads: "capture", from: "arrest", obj: "image images photo photos photograph photographs picture pictures footage video moment imagination attention", example: "A tourist captured the moment on video on May 2, 2019."},
	{typ: "justice", heads: "rule", subj: "court judge judges justices tribunal", example: "The Supreme Court ruled on June 26, 2015 that states must license same-sex marriages."},
	{typ: "justice", heads: "find, found", obj: "guilty liable", example: "A jury found the doctor guilty on Nov. 7, 2011."},
	{typ: "death", heads: "find, found", near: "dead body bodies remains", example: "The body of the climber was found on May 1, 1999."},
	{typ: "justice", heads: "file", obj: "lawsuit suit charges complaint", example: "The city filed a lawsuit against the company on Jan. 9, 2020."},
	{typ: "arrest", heads: "release, free, freed", near: "prison prisoner prisoners hostage hostages jail custody detention captivity detainees bail", example: "Nelson Mandela was released from prison on Feb. 11, 1990."},
	{typ: "justice", heads: "hearing", near: "@legal", example: "The judge set a hearing for March 8, 2021."},
	{typ: "justice", heads: "hold, held", near: "@legal", example: "A court hearing on the case was held on March 8, 2021."},
	{typ: "meeting", heads: "hearing", example: "The Senate held a hearing on the budget on Feb. 10, 2019."},
	{typ: "meeting", heads: "hold, held", near: "talks meeting summit conference session hearing", example: "A hearing on the budget was held on Feb. 10, 2019."},
	{typ: "justice", heads: "investigation, inquiry, lawsuit, verdict, acquit, acquittal, sue, prosecute, prosecution, testify, plead", example: "An investigation into the contracts began in March 2018."},

	// elections and sport: the clause, then the sentence
	{typ: "election", heads: "hold, held, launch", near: "@vote", example: "Chile held a referendum on Oct. 5, 1988."},
	{typ: "event", heads: "launch", from: "publication", obj: "campaign bid appeal drive initiative", example: "The charity launched an appeal for the homeless in March 2019."},
	{typ: "award", heads: "win, won, share, receive, award, give, given, present, accept, collect", obj: "@prize", example: "Marie Curie won the Nobel Prize in Chemistry in 1911."},
	{typ: "business", heads: "award", obj: "contract contracts tender", example: "The navy awarded the contract to a Scottish yard in May 2017."},
	{typ: "award", heads: "award, knight", example: "The writer was knighted in June 2007."},
	{typ: "election", heads: contest, near: "@vote", example: "Jacinda Ardern won the election in a landslide in October 2020."},
	{typ: "sport", heads: playing, near: "@sport", example: "Spain defeated the Netherlands in the World Cup final on July 11, 2010."},
	{typ: "sport", heads: "match, final, semifinal, quarterfinal, replay, playoff, tournament, championship, derby, Olympics", example: "The semifinal replay on April 2, 2024 went to extra time."},
	{typ: "sport", heads: "turn pro, turn professional", example: "She turned professional in 2005."},
	{typ: "election", heads: contest + ", return", sent: "@vote", example: "Moreno conceded on April 2, 2017, after the count showed him trailing in the runoff."},
	{typ: "sport", heads: playing, sent: "@sport", example: "She returned in 2022, and a month later she won a title in Palermo."},

	// health
	{typ: "health", heads: "treat, treatment, operate, operation", sent: "@medical", example: "The boy was treated for rabies at the hospital in July 1885."},
	{typ: "health", heads: "surgery, diagnose, diagnosis, hospitalize, hospitalise, transplant, amputate, vaccinate", example: "The president had heart surgery in 2004."},

	// what is said
	{typ: "statement", heads: "deliver", obj: "speech address remarks lecture sermon", example: "Lincoln delivered the Gettysburg Address on Nov. 19, 1863."},
	{typ: "business", heads: "report, reported", obj: "@money", example: "Ford reported a loss of $12.7 billion for 2006."},
	{typ: "publication", heads: "reported", subj: "@outlet", example: "The daily Kayhan reported on July 3, 2018 that the minister had resigned."},
	{typ: "statement", heads: "reported, announce, announcement, statement", from: "publication", example: "The ministry announced on May 5, 2020 that schools would reopen."},
	{typ: "statement", heads: "promise, pledge, vow, warn, warning, urge, claim, deny, insist, accuse, criticise, criticize, condemn, apologise, apologize, threaten, admit, confirm", from: "event statement", example: "The minister promised on Jan. 4, 2012 that the line would open by summer."},

	// business words that need money in their clause
	{typ: "business", heads: moving, near: "@money $ billion million", example: "Shares in the airline fell 20 percent on Sept. 12, 2001."},
	{typ: "event", heads: moving, from: "business", example: "Support for the plan gained ground in May 2019."},
	{typ: "decision", heads: "order", from: "business", example: "The general ordered his men across the river on Oct. 3, 1918."},

	// a landing that names no craft, army or ship
	{typ: "event", heads: "land, landing", from: "mission", example: "Columbus landed on an island of the Bahamas on Oct. 12, 1492."},
}

// rule is a compiled typeRule.
type rule struct {
	heads                 map[string][][]string // a head form → the words that must follow it (one list per alternative)
	next, from            map[string]bool
	subj, obj, near, sent *cueSet
}

// cueSet is a set of cues: lower holds lower-case cues (any case, and
// their plural in lower case), name the capitalised ones, lower-cased.
type cueSet struct {
	lower, name, noun map[string]bool
	score             bool // "#score": a match's score
}

// rulesFor lists, for each head form a rule names, the rules that may fit
// it: its own and those for any head, in order.
var rules, rulesFor, rulesForAny = func() ([]rule, map[string][]int, []int) {
	out := make([]rule, len(typeRules))
	for i, tr := range typeRules {
		r := &out[i]
		if tr.heads != "" {
			r.heads = map[string][][]string{}
			for alt := range strings.SplitSeq(tr.heads, ",") {
				ws := strings.Fields(alt)
				for _, form := range inflections(strings.ToLower(ws[0])) {
					r.heads[form] = append(r.heads[form], ws[1:])
				}
			}
		}
		r.next, r.from = wordSet(tr.next), wordSet(tr.from)
		r.subj, r.obj, r.near, r.sent = cues(tr.subj), cues(tr.obj), cues(tr.near), cues(tr.sent)
	}
	var anyHead []int
	byForm := map[string][]int{}
	for i := range out {
		if out[i].heads == nil {
			anyHead = append(anyHead, i)
			for f := range byForm {
				byForm[f] = append(byForm[f], i)
			}
			continue
		}
		for f := range out[i].heads {
			if _, ok := byForm[f]; !ok {
				byForm[f] = slices.Clone(anyHead)
			}
			if l := byForm[f]; len(l) == 0 || l[len(l)-1] != i {
				byForm[f] = append(l, i)
			}
		}
	}
	return out, byForm, anyHead
}()

func wordSet(s string) map[string]bool {
	if s == "" {
		return nil
	}
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func cues(s string) *cueSet {
	if s == "" {
		return nil
	}
	c := &cueSet{lower: map[string]bool{}, name: map[string]bool{}, noun: map[string]bool{}}
	var add func(string)
	add = func(s string) {
		for _, w := range strings.Fields(s) {
			switch {
			case w == "#score":
				c.score = true
			case strings.HasPrefix(w, "@"):
				g, ok := cueGroups[w[1:]]
				if !ok {
					panic("events: type rule names no cue group " + w)
				}
				add(g)
			case strings.HasSuffix(w, "."):
				c.lower[w[:len(w)-1]] = true
				c.noun[w[:len(w)-1]] = true
			case w != strings.ToLower(w):
				c.name[strings.ToLower(w)] = true
			default:
				c.lower[w] = true
			}
		}
	}
	add(s)
	return c
}

// inflections are the forms of a word the rules name by its base: "land"
// → lands, landed, landing; "stop" → stopped; "carry" → carried. Irregular
// forms are written out in the rules.
func inflections(b string) []string {
	out := []string{b, b + "s", b + "es", b + "ed", b + "ing"}
	n := len(b)
	if strings.HasSuffix(b, "e") {
		out = append(out, b+"d", b[:n-1]+"ing")
	}
	if n > 2 && b[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(b[n-2])) {
		out = append(out, b[:n-1]+"ies", b[:n-1]+"ied")
	}
	if n >= 3 && n <= 4 && !strings.ContainsRune("aeiouwxy", rune(b[n-1])) && strings.ContainsRune("aeiou", rune(b[n-2])) && !strings.ContainsRune("aeiou", rune(b[n-3])) {
		out = append(out, b+b[n-1:]+"ed", b+b[n-1:]+"ing") // stop → stopped, win → winning
	}
	return out
}

// in reports whether one of the tokens lo..hi-1 is a cue.
func (c *cueSet) in(toks []token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if c.has(toks[j].lower, toks[j].cap) && !(c.noun[toks[j].lower] && j+1 < len(toks) && modifies(&toks[j+1])) {
			return true
		}
	}
	return false
}

// modifies: a cue before the token t is its modifier ("final appeal").
func modifies(t *token) bool {
	return t.word && !t.cap && !preps[t.lower] && t.lower != "and" && t.lower != "or" && t.date == 0
}

// has reports whether the word w (lower case; cap: written capitalised)
// is a cue.
func (c *cueSet) has(w string, cap bool) bool {
	if c.lower[w] || cap && c.name[w] || c.score && isScore(w) {
		return true
	}
	return !cap && len(w) > 3 && w[len(w)-1] == 's' && c.lower[w[:len(w)-1]]
}

// isScore: digits, a hyphen or dash, digits ("2-1", "129-105"), no more
// than three digits a side (not "1939-45").
func isScore(w string) bool {
	i := strings.IndexAny(w, "-–")
	if i < 1 || i > 3 {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	l, r := w[:i], w[i+n:]
	if len(r) < 1 || len(r) > 3 {
		return false
	}
	for _, c := range l + r {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// typeContext is what the rules read of a head: token ranges of its
// sentence, nothing copied.
type typeContext struct {
	x    *doc
	h    int    // the head
	def  string // its default type
	a, b int    // its sentence
	pre  int    // the words before it in its clause, from its subject's: pre..h-1
	post int    // the words after it in its clause: h+1..post-1
	f    *frame // its subject found elsewhere: a pronoun's name, a shared subject, words
}

// classify is the type of the event of head h, told by frame f, whose
// type by the lexicon is def: the type of the first rule that fits, and
// that rule's index (-1 when none does and def stands). A noun that is a
// verb's object is read with that verb too: "declared a major disaster"
// is a declaration, "promised a quick recovery" a promise.
func (x *doc) classify(f *frame, def string) (string, int) {
	head := x.typeContext(f.head, f, def)
	var verb typeContext
	hasVerb := f.noun && f.verbAt >= 0 && f.verbAt < f.head
	if hasVerb {
		verb = x.typeContext(f.verbAt, f, def)
	}
	hs := rulesFor[x.toks[f.head].lower]
	if hs == nil {
		hs = rulesForAny
	}
	var vs []int
	if hasVerb {
		if vs = rulesFor[x.toks[f.verbAt].lower]; vs == nil {
			vs = rulesForAny
		}
	}
	// the two lists in rule order: the first rule that fits either wins
	for len(hs) > 0 || len(vs) > 0 {
		if len(vs) == 0 || len(hs) > 0 && hs[0] <= vs[0] {
			i := hs[0]
			hs = hs[1:]
			if rules[i].fits(&head) {
				return typeRules[i].typ, i
			}
		} else {
			i := vs[0]
			vs = vs[1:]
			if rules[i].fits(&verb) {
				return typeRules[i].typ, i
			}
		}
	}
	return def, -1
}

// typeContext reads the words around the head h of frame f.
func (x *doc) typeContext(h int, f *frame, def string) typeContext {
	a, b := x.bounds(x.toks[h].sent)
	tc := typeContext{x: x, h: h, def: def, a: a, b: b, f: f}
	// before the head: from the start of the clause that holds its subject
	tc.pre = h
	if f.subjAt >= a && f.subjAt < h {
		tc.pre = f.subjAt
	}
	for tc.pre > a && !clauseMark(x.toks[tc.pre-1].lower) {
		tc.pre--
	}
	tc.post = h + 1
	for tc.post < b && tc.post <= h+12 && !clauseMark(x.toks[tc.post].lower) {
		tc.post++
	}
	return tc
}

// before: the words before the head hold a cue of c.
func (tc *typeContext) before(c *cueSet) bool {
	toks := tc.x.toks
	if c.in(toks, tc.pre, tc.h) {
		return true
	}
	// the subject found elsewhere: a pronoun's name, a shared subject
	if e := tc.f.subj; e != nil && c.in(toks, e.first, e.last+1) {
		return true
	}
	for _, e := range tc.f.subjs {
		if c.in(toks, e.first, e.last+1) {
			return true
		}
	}
	for _, w := range tc.f.subjText {
		if l := strings.ToLower(w); c.has(l, l != w) {
			return true
		}
	}
	return false
}

// after: the words after the head in its clause hold a cue of c.
func (tc *typeContext) after(c *cueSet) bool { return c.in(tc.x.toks, tc.h+1, tc.post) }

// word is the i-th word after the head in its sentence, or "".
func (tc *typeContext) word(i int) string {
	if j := tc.h + i; j < tc.b {
		return tc.x.toks[j].lower
	}
	return ""
}

// clauseMark: a token that ends a clause for the type rules.
func clauseMark(l string) bool {
	switch l {
	case ",", ";", ":", "—", "–", "(", ")":
		return true
	}
	return false
}

func (r *rule) fits(tc *typeContext) bool {
	if r.from != nil && !r.from[tc.def] {
		return false
	}
	if r.heads != nil {
		alts, ok := r.heads[tc.x.toks[tc.h].lower]
		if !ok || !slices.ContainsFunc(alts, tc.followedBy) {
			return false
		}
	}
	if r.next != nil && !r.next[tc.word(1)] {
		return false
	}
	if r.subj != nil && !tc.before(r.subj) || r.obj != nil && !tc.after(r.obj) {
		return false
	}
	if r.near != nil && !tc.before(r.near) && !tc.after(r.near) {
		return false
	}
	return r.sent == nil || r.sent.in(tc.x.toks, tc.a, tc.b)
}

// followedBy: the words ws follow the head, in order, a pronoun allowed
// before the first, or a short object before a particle ("brought it
// back", "knocked England out").
func (tc *typeContext) followedBy(ws []string) bool {
	i := 1
	for n, w := range ws {
		if n == 0 && tc.word(i) != w {
			switch tc.word(i) {
			case "it", "them", "him", "her", "us":
				i++
			default:
				if particles[w] {
					i = tc.afterObject(w)
				}
			}
		}
		if tc.word(i) != w {
			return false
		}
		i++
	}
	return true
}

// afterObject is the offset from the head of the particle p after a short
// object of up to three words ("knocked | the holders | out"), or 1.
func (tc *typeContext) afterObject(p string) int {
	toks := tc.x.toks
	for i := 1; i <= 4 && tc.h+i < tc.post; i++ {
		t := &toks[tc.h+i]
		if t.lower == p {
			return i
		}
		if !t.word || t.date != 0 || preps[t.lower] || t.lower == "and" || t.lower == "that" {
			break
		}
	}
	return 1
}
