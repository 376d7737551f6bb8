package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline"
)

// TestEventWords: sentences written for this test in the ways news and
// history tell events whose event word is easy to miss (a match's result,
// a verb with its particle, a light verb and its event noun, an event noun
// with the noun it is about, a date that ends a nominal subject, a date in
// an inserted clause), and the title a person would write.
func TestEventWords(t *testing.T) {
	cases := []struct{ text, date, title string }{
		// a match's result (resultVerbs), its place kept past "on penalties"
		{"Spain beat the Netherlands 1-0 in the final on July 11, 2010.", "2010-07-11", "Spain beat Netherlands 1-0 in final"},
		{"Uruguay beat Brazil 2-1 at the Maracana on July 16, 1950.", "1950-07-16", "Uruguay beat Brazil 2-1 at Maracana"},
		{"Chelsea beat Bayern Munich on penalties in Munich on May 19, 2012.", "2012-05-19", "Chelsea beat Bayern Munich in Munich"},
		{"Leicester City edged Southampton 1-0 on April 3, 2016.", "2016-04-03", "Leicester City edged Southampton 1-0"},
		{"The Chicago Bulls routed the Utah Jazz 96-54 on June 7, 1998.", "1998-06-07", "Chicago Bulls routed Utah Jazz 96-54"},
		{"Germany thrashed Brazil 7-1 in the semifinal on July 8, 2014.", "2014-07-08", "Germany thrashed Brazil 7-1 in semifinal"},
		{"Novak Djokovic beat Rafael Nadal in the Wimbledon final on July 3, 2011.", "2011-07-03", "Novak Djokovic beat Rafael Nadal in Wimbledon final"},
		{"Valley reached the final by edging Castleford Town 2-1 in the semifinal on April 15, 2023.", "2023-04-15", "Valley reached final by edging Castleford Town"},
		// a verb with its particle happens; light verbs with their word
		{"The Huygens probe touched down on Titan on January 14, 2005.", "2005-01-14", "Huygens probe touched down on Titan"},
		{"Apollo 11 took off from Cape Kennedy on July 16, 1969.", "1969-07-16", "Apollo 11 took off from Cape Kennedy"},
		{"The final match was called off on March 12, 2020.", "2020-03-12", "Final match called off"},
		{"Smallpox was wiped out in 1980.", "1980", "Smallpox wiped out"},
		{"Rioters set fire to the building on Aug. 9, 2011.", "2011-08-09", "Rioters set fire to building"},
		{"The rebels took control of the airport on Aug. 15, 2021.", "2021-08-15", "Rebels took control of airport"},
		// a light verb and its event noun; the noun of its phrase is what it is about
		{"The Senate held a hearing on the crash on March 3, 2019.", "2019-03-03", "Senate held hearing on crash"},
		{"The parliament held a debate on the treaty on June 2, 2004.", "2004-06-02", "Parliament held debate on treaty"},
		{"The minister gave a speech on the attack on Oct. 10, 2001.", "2001-10-10", "Minister gave speech on attack"},
		{"The country held a referendum on independence on Sept. 18, 2014.", "2014-09-18", "Country held referendum on independence"},
		{"The two sides began talks on a trade deal on March 2, 2020.", "2020-03-02", "Two sides began talks on trade deal"},
		{"Militants carried out a raid on the village on June 2, 2015.", "2015-06-02", "Militants carried out raid on village"},
		{"Britain declared war on Germany on September 3, 1939.", "1939-09-03", "Britain declared war on Germany"},
		{"Kosovo declared independence from Serbia on Feb. 17, 2008.", "2008-02-17", "Kosovo declared independence from Serbia"},
		{"Police launched an investigation into the theft of the painting on Aug. 22, 1911.", "1911-08-22", "Police launched investigation into theft of painting"},
		{"Prosecutors opened an inquiry into the assassination of Olof Palme in March 1986.", "1986-03", "Prosecutors opened inquiry into assassination of Olof Palme"},
		{"The family filed a lawsuit over the crash on Jan. 5, 2021.", "2021-01-05", "Family filed lawsuit over crash"},
		{"Rescue teams searched for survivors of the earthquake on Feb. 7, 2023.", "2023-02-07", "Rescue teams searched for survivors of earthquake"},
		{"He was sentenced to death for the murder of a guard on May 3, 2001.", "2001-05-03", "Sentenced to death"},
		{"Thousands gathered for the funeral of Yitzhak Rabin on Nov. 6, 1995.", "1995-11-06", "Funeral of Yitzhak Rabin"},
		// but a typed noun after "died in", "injured in" is the event
		{"Three soldiers died in the attack on the base on June 30, 2016.", "2016-06-30", "Three soldiers died in attack on base"},
		{"The pilot was injured in the crash on July 2, 2009.", "2009-07-02", "Pilot injured in crash"},
		// an event noun that opens its clause, told with its phase or what it did
		{"The investigation into the fire began on May 2, 2021.", "2021-05-02", "Investigation into fire began"},
		{"The war in the Pacific ended on September 2, 1945.", "1945-09-02", "War in Pacific ended"},
		{"The war between Iran and Iraq ended in August 1988.", "1988-08", "War between Iran and Iraq ended"},
		{"The inquiry into the sinking opened in London on May 2, 1912.", "1912-05-02", "Inquiry into sinking opened in London"},
		{"The protests over the death of Mahsa Amini began on Sept. 16, 2022.", "2022-09-16", "Protests over death of Mahsa Amini began"},
		{"A second referendum on independence was held on Oct. 30, 1995.", "1995-10-30", "Second referendum on independence held"},
		// a date that ends the nominal subject dates the noun
		{"The release of the hostages on Jan. 20, 1981 ended a 444-day crisis.", "1981-01-20", "Release of hostages ended 444-day crisis"},
		{"The crash of Flight 447 on June 1, 2009 killed all 228 people aboard.", "2009-06-01", "Crash of Flight 447 killed all 228 people aboard"},
		{"The collapse of the bridge in Genoa on Aug. 14, 2018 killed 43 people.", "2018-08-14", "Collapse of bridge killed 43 people in Genoa"},
		// a date in an inserted clause or before "and" + verb stays in its clause
		{"The museum, which opened in 1977, was closed in 2020.", "1977", "Museum opened"},
		{"The museum, which opened in 1977, was closed in 2020.", "2020", "Museum closed"},
		{"She graduated from Harvard in 1998 and joined the firm in 2001.", "1998", "Graduated from Harvard"},
		// a verb is no modifier of the noun after it; "-ly" nouns are no adverbs
		{"France declared war on Prussia on July 19, 1870.", "1870-07-19", "France declared war on Prussia"},
		{"The first elected mayor of London took office on May 4, 2000.", "2000-05-04", "London's first elected mayor took office"},
		{"The family sued the airline on May 3, 2010.", "2010-05-03", "Family sued airline"},
		// a verb of motion and its preposition make one event with the noun after them (goPreps)
		{"Bus drivers in Leeds went on strike on Feb. 9, 2023.", "2023-02-09", "Bus drivers in Leeds went on strike"},
		{"The former treasurer went on trial in Lyon on Oct. 2, 2017.", "2017-10-02", "Former treasurer went on trial in Lyon"},
		{"The two kingdoms went to war in 1409.", "1409", "Two kingdoms went to war"},
		{"The supply convoy came under attack near the border on Aug. 3, 2012.", "2012-08-03", "Supply convoy came under attack"},
		{"The dockworkers will go on strike on March 14, 2024.", "2024-03-14", "Dockworkers to go on strike"},
		{"The Jacobins came to power in June 1793.", "1793-06", "Jacobins came to power"},
		{"The reformers swept to power in the election of May 1997.", "1997-05", "Reformers swept to power in election"},
		// a giving verb keeps its subject and its recipient (giving)
		{"The tribunal gave the colonel a prison sentence on Nov. 4, 2016.", "2016-11-04", "Tribunal gave colonel prison sentence"},
		{"A court in Oslo handed the smuggler a suspended sentence on April 8, 2021.", "2021-04-08", "Court in Oslo handed smuggler suspended sentence"},
		// a reporting verb's clause holds the event
		{"Firefighters said the blaze started in a storage room on Jan. 19, 2022.", "2022-01-19", "Blaze started in storage room"},
	}
	for _, c := range cases {
		evs := extractText(c.text, Options{})
		i := slices.IndexFunc(evs, func(e timeline.Event) bool { return e.Date.String() == c.date })
		if i < 0 {
			t.Errorf("%q: no event dated %s; got:\n%s", c.text, c.date, list(evs))
			continue
		}
		if evs[i].Title != c.title {
			t.Errorf("%q:\n  got  %q\n  want %q", c.text, evs[i].Title, c.title)
		}
	}
}

// TestNoEventWithoutDate: scores, counts and amounts are no dates, and a
// sentence that has none gives no event.
func TestNoEventWithoutDate(t *testing.T) {
	for _, text := range []string{
		"The final score was 1-0.",
		"The final score was 1-0 after 90 minutes.",
		"In the 1-0 defeat, the goalkeeper made 12 saves.",
		"Over 2,000 fans watched the 1-1 draw.",
		"The club has 40,000 members and 12 trophies.",
		"He scored 30 points and grabbed 12 rebounds.",
		"The attack killed 3 people and injured 14 others.",
		"The plan would cost 3 billion dollars over 10 years.",
		"Unemployment fell to 4.1 percent.",
	} {
		if evs := extractText(text, Options{}); len(evs) > 0 {
			t.Errorf("%q: want no event, got:\n%s", text, list(evs))
		}
	}
}

// TestWordTables: every word of the hand-made verb tables is an event word
// of the title of a sentence that uses it.
func TestWordTables(t *testing.T) {
	check := func(table, word, text string) {
		t.Helper()
		evs := extractText(text, Options{})
		if len(evs) != 1 {
			t.Errorf("%s %q: %q gives %d events, want 1:\n%s", table, word, text, len(evs), list(evs))
			return
		}
		if !slices.Contains(strings.Fields(evs[0].Title), word) {
			t.Errorf("%s %q: %q is titled %q", table, word, text, evs[0].Title)
		}
	}
	for form := range resultVerbs {
		switch {
		case strings.HasSuffix(form, "ing"):
			check("resultVerbs", form, "Spain reached the final by "+form+" Italy 2-1 on May 3, 2010.")
		case form == "knocked":
			check("resultVerbs", form, "Spain knocked Italy out on May 3, 2010.")
		default:
			check("resultVerbs", form, "Spain "+form+" Italy 2-1 on May 3, 2010.")
		}
	}
	for form := range phaseVerbs {
		check("phaseVerbs", form, "The trial of the bankers "+form+" on May 3, 2010.")
	}
	nouns := map[string]string{"on": "strike", "to": "war", "into": "battle", "under": "attack"}
	aux := map[string]string{"go": "will go", "gone": "had gone", "going": "were going", "coming": "were coming",
		"give": "will give", "given": "have given", "giving": "are giving", "hand": "will hand", "handing": "are handing",
		"deal": "will deal", "grant": "will grant", "award": "will award"}
	verb := func(form string) string {
		if a, ok := aux[form]; ok {
			return a
		}
		return form
	}
	for pair := range goPreps {
		form, prep, _ := strings.Cut(pair, " ")
		check("goPreps", form, "The miners "+verb(form)+" "+prep+" "+nouns[prep]+" on May 3, 2010.")
	}
	for form := range giving {
		check("giving", "banker", "The court "+verb(form)+" the banker a suspended sentence on May 3, 2010.")
	}
	for form := range extraVerbs {
		check("extraVerbs", form, "The rebels "+form+" the town on May 3, 2010.")
	}
}
