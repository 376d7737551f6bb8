package events

import (
	"slices"
	"strings"
	"testing"

	"github.com/timeline-tool/timeline/timeline/source"
)

// typeCorpus: sentences written for this test, each with one date, by the
// type its event must have. "event" holds the negatives: heads that name
// a kind only in another context ("landed a job", a river rising, a ship
// the sentence does not call one) stay untyped rather than typed wrong.
var typeCorpus = map[string][]string{
	"disaster": {
		"The hurricane killed 20 people in Haiti on Aug. 30, 2005.",
		"The ferry Estonia sank in the Baltic on Sept. 28, 1994.",
		"Typhoon Haiyan hit the central Philippines on Nov. 8, 2013.",
		"A magnitude 7.8 earthquake struck Nepal on April 25, 2015.",
		"The levee along the canal failed on Aug. 29, 2005, and water poured into the city.",
		"A wildfire destroyed the town of Paradise in November 2018.",
		"A passenger jet crashed near Smolensk on April 10, 2010.",
		"The storm's eye passed over Havana on Sept. 9, 2017.",
	},
	"mission": {
		"Voyager 2 flew past Neptune on Aug. 25, 1989.",
		"The probe sent back its first images of Pluto on July 14, 2015.",
		"Sputnik 1 was launched from Baikonur on Oct. 4, 1957.",
		"The rover Opportunity landed on Mars on Jan. 25, 2004.",
		"Yuri Gagarin orbited the Earth on April 12, 1961.",
		"The Huygens lander touched down on Titan on Jan. 14, 2005.",
		"Charles Lindbergh flew his plane from New York to Paris in May 1927.",
		"Apollo 8 entered lunar orbit on Dec. 24, 1968.",
		"The crew of Skylab 4 splashed down in the Pacific on Feb. 8, 1974.",
	},
	"war": {
		"The Allies landed in Normandy on June 6, 1944.",
		"Roman legions crossed the Rhine in 55 BC.",
		"Napoleon's troops entered Moscow on Sept. 14, 1812.",
		"Germany invaded Poland on Sept. 1, 1939.",
		"The army won the battle of Austerlitz on Dec. 2, 1805.",
		"Britain declared war on Germany on Sept. 3, 1939.",
	},
	"attack": {
		"Gunmen attacked a hotel in Mumbai on Nov. 26, 2008.",
		"Hackers struck the grid of Ukraine in December 2015.",
	},
	"voyage": {
		"The Swiss expedition reached the summit on May 23, 1956.",
		"Captain Hall took command of the last ship and brought it back to Bristol on May 2, 1612.",
		"Magellan's fleet reached Guam on March 6, 1521.",
		"The Mayflower set sail from Plymouth on Sept. 16, 1620.",
		"Two ships under Vitus Bering left Okhotsk in 1741.",
	},
	"decision": {
		"The council ordered the demolition of the tower in May 2018.",
		"The bill was passed by the Senate on June 19, 1964.",
		"The European Parliament voted on Feb. 14, 2023 to end the sale of petrol cars.",
		"Governor Jim Hale ordered the evacuation of coastal towns on Sept. 8, 2017.",
		"The president declared a national emergency on March 13, 2020.",
		"Parliament passed the Equality Act in April 2010.",
		"President Harry Truman signed the order on July 26, 1948.",
		"Members of parliament voted on the budget on Dec. 3, 2019.",
	},
	"election": {
		"The Liberals lost 20 seats in the vote of May 2, 2011.",
		"Voters in Ireland voted in a referendum on May 22, 2015.",
		"Lula won the runoff on Oct. 30, 2022.",
		"Trailing in the polls, the senator conceded on Nov. 4, 2008.",
		"Nelson Mandela was sworn in as president on May 10, 1994.",
	},
	"sport": {
		"Wales knocked Belgium out of the tournament on July 1, 2016.",
		"Real Madrid won the Champions League final on May 28, 2022.",
		"Usain Bolt won the 100 metres at the Beijing Olympics in August 2008.",
		"The Netherlands lost the World Cup final in 1974.",
		"Roger Federer played his last match at the Laver Cup in September 2022.",
		"Bristol Rovers won the cup on May 3, 1990.",
	},
	"award": {
		"The film received an Oscar for best picture in March 1998.",
		"Bob Dylan was awarded the Nobel Prize in Literature in 2016.",
	},
	"justice": {
		"A federal jury convicted the former governor on June 27, 2011.",
		"The former minister went on trial in Paris on Jan. 6, 2020.",
		"He was charged with fraud on May 2, 2019.",
	},
	"arrest": {
		"Police arrested the suspect in Leeds on March 4, 2021.",
		"The hostages were released on Jan. 20, 1981.",
	},
	"health": {
		"Doctors treated the first patient with insulin in January 1922.",
		"She was diagnosed with cancer in March 2015.",
	},
	"statement": {
		"The president vowed on Sept. 20, 2001 to find those responsible.",
		"The general warned on March 1, 2003 that the dam could fail.",
	},
	"publication": {
		"The company launched a new phone on Sept. 12, 2017.",
		"The Times published the leaked cables on Nov. 28, 2010.",
		"Apple unveiled the first iPad on Jan. 27, 2010.",
	},
	"business": {
		"The Dow fell 508 points on Oct. 19, 1987.",
		"Ford cut 25,000 jobs in January 2006.",
		"The company ordered 100 aircraft from Airbus on Jan. 4, 2012.",
		"The bank lost $2 billion in 2008.",
	},
	"protest": {
		"The dockers went on strike on Aug. 14, 1889.",
		"Nurses went on strike across the country on Dec. 15, 2022.",
	},
	"meeting": {
		"Negotiations on the border collapsed on Jan. 12, 2009.",
		"The climate talks broke down in Copenhagen on Dec. 18, 2009.",
		"Nixon visited China in February 1972.",
	},
	"agreement": {
		"Israel and Egypt signed a peace treaty on March 26, 1979.",
	},
	"founding": {
		"Larry Page and Sergey Brin founded Google in 1998.",
	},
	"discovery": {
		"Astronomers at the observatory detected the comet on March 2, 1995.",
		"The telescope captured an image of a nebula on July 12, 2022.",
		"Howard Carter discovered the tomb of Tutankhamun in November 1922.",
	},
	"death": {
		"Her grandfather passed away in Lyon on May 3, 2001.",
		"Mozart died in Vienna on Dec. 5, 1791.",
	},
	"event": {
		"The government of Prime Minister Olaf Berg collapsed on March 3, 2009.",
		"A passer-by captured the scene on video on Sept. 9, 2019.",
		"The former mayor lost his final appeal in March 2010.",
		"The band played its last concert in Leeds on Dec. 2, 2012.",
		"The Titanic left Southampton on April 10, 1912.",
		"She landed a job at the bank in 2015.",
		"The river rose to record levels on April 18, 1997.",
		"The Endeavour returned to England in July 1771.",
		"Bristol Rovers returned to Bristol in 2008.",
		"The border was closed on March 16, 2020.",
		"The museum reopened in June 2021.",
		"His campaign gained momentum in October 2023.",
		"The county applied for a federal grant in 2021.",
	},
}

func TestTypes(t *testing.T) {
	for want, texts := range typeCorpus {
		for _, text := range texts {
			evs := extractText(text, Options{})
			if len(evs) != 1 {
				t.Errorf("%q: want one event, got %d:\n%s", text, len(evs), list(evs))
				continue
			}
			if evs[0].Type != want {
				t.Errorf("%q: %q is typed %s, want %s", text, evs[0].Title, evs[0].Type, want)
			}
		}
	}
}

// TestTypeRuleExamples: each rule's example is typed by that rule (not by
// an earlier one, nor by the lexicon), so that no rule is dead or shadowed.
func TestTypeRuleExamples(t *testing.T) {
	for i, r := range typeRules {
		if r.example == "" {
			t.Errorf("rule %d (%s, heads %q) has no example", i, r.typ, r.heads)
			continue
		}
		d, err := source.ReadReader("test.txt", strings.NewReader(r.example), "txt")
		if err != nil {
			t.Fatal(err)
		}
		x := &doc{d: d, text: d.Plain, quoteText: d.Text, name: "test.txt", used: map[int]bool{}, lastHead: -1}
		if x.text == "" || len(x.text) != len(x.quoteText) {
			x.text = d.Text
		}
		x.prepare()
		x.datedEvents()
		var got []string
		ok := false
		for _, c := range x.cands {
			if !c.dateStated || c.caption {
				continue
			}
			got = append(got, c.title+" ("+c.kind+")")
			ok = ok || c.rule == i && c.kind == r.typ
		}
		if !ok {
			t.Errorf("rule %d (%s, heads %q): example %q is not typed by it; got %q", i, r.typ, r.heads, r.example, got)
		}
	}
}

// TestTypeVocabulary: every type a rule or the lexicon's table gives is in
// the vocabulary, every type of the vocabulary can be given, and every cue
// group is used.
func TestTypeVocabulary(t *testing.T) {
	given := map[string]bool{"event": true, "statement": true, "caption": true}
	for _, r := range typeRules {
		given[r.typ] = true
	}
	for _, ty := range types {
		given[ty.name] = true
	}
	for _, p := range phrasal {
		if p.typ != "" {
			given[p.typ] = true
		}
	}
	names := map[string]bool{}
	for _, ty := range Types() {
		if names[ty.Name] {
			t.Errorf("type %s is in the vocabulary twice", ty.Name)
		}
		names[ty.Name] = true
		if ty.About == "" {
			t.Errorf("type %s says nothing of what it holds", ty.Name)
		}
		if !given[ty.Name] {
			t.Errorf("type %s is in the vocabulary but nothing gives it", ty.Name)
		}
	}
	for name := range given {
		if !names[name] {
			t.Errorf("type %s is given but not in the vocabulary", name)
		}
	}
	for g := range cueGroups {
		used := slices.ContainsFunc(typeRules, func(r typeRule) bool {
			return strings.Contains(r.subj+" "+r.obj+" "+r.near+" "+r.sent+" ", "@"+g+" ")
		})
		if !used {
			t.Errorf("cue group %s is used by no rule", g)
		}
	}
}

func TestInflections(t *testing.T) {
	for base, forms := range map[string][]string{
		"land":  {"land", "lands", "landed", "landing"},
		"stop":  {"stopped", "stopping"},
		"carry": {"carries", "carried"},
		"vote":  {"voted", "voting", "votes"},
		"win":   {"winning"},
	} {
		got := inflections(base)
		for _, f := range forms {
			if !slices.Contains(got, f) {
				t.Errorf("inflections(%q) = %q, want %q among them", base, got, f)
			}
		}
	}
}
