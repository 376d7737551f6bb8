// Package events turns a document into the dated events it tells of: for
// every date the text gives, the event it dates, with a title in the style
// of a news chronology, a type, the people, organisations and places
// involved, and the sentence it comes from.
//
// There is no trained model here: the rules below, an event lexicon learnt
// from corpora, and small gazetteers.
//
// # Dates
//
// The text is split into sentences (package sentence), its temporal
// expressions found (tagger) and resolved (anchor) against the document
// date; each resolved expression carries the timex value it names ("the
// 1960s" the decade 196X, "44 BC" the year -0043, "last week" the days of
// that week, "the first quarter" its months). Durations, sets, vague
// references ("now", "recently"), expressions left unresolved and clock
// times in UTC (timex has no time zones) date nothing. Neither do the document's own dateline, a year after
// "since", a relative expression in minutes or hours ("ten minutes later":
// a detail of the event just told) or "the second half" without a year (of
// a match, more often than of the year). A date in a photo caption or a
// byline gives an event of type "caption" with low confidence.
//
// # Event words
//
// An event word (a head) is a word the lexicon knows: 2,900 word forms
// annotated as EVENTs in TBAQ-cleaned and MEANTIME, with their part of
// speech, TimeML class, stem and past participle (lexicon_gen.go, made by
// internal/gen). A small hand-made table (lexicon.go's types) gives kinds
// to event words (killing, attack, purge, election, publication, ...): a
// typed word weighs more as a head, its mentions are found again ("the
// killing") and it is the type an event starts from (see Types below). A
// past-tense verb the corpora lack ("lambasted", "splashed down") is a
// weak head, and a few they lack that do not end in -ed ("burst", "sued")
// are listed (extraVerbs). The verbs a match's result is told with
// ("beat", "edged", "routed", "thrashed": resultVerbs) are as strong as
// the corpora's common verbs. A verb with a particle happens ("touched
// down", "called off", "wiped out"). A light verb with its particle or
// noun is one event word ("came ashore", "gave way", "made landfall",
// "took off", "set fire", "came to power"); a possessor ("the storm's eye"), a particle
// ("brought it back") and the "place" of "took place" are none; an
// aspectual verb counts when it does not pass the event on ("the degree
// she began in 2019", not "began to").
// Without a tagger, a word is a noun after a determiner, after "a" and a
// modifier ("a federal grant"), or between a determiner and a verb ("the
// first transatlantic telephone call took place").
//
// Each date goes to one head of its sentence, scored by the word's class
// and type, its distance from the date, and the clause boundaries between
// them. A noun right after the date takes it ("the disputed 2009
// election"); a date that opens the sentence goes to the main verb after
// its introductory phrase ("On Aug. 1, 2024, the daily ran an editorial");
// a date closes the clause before it, so heads after a comma, "and" or
// "that" lose; a "when" clause after the date and a comma wins ("from
// 2008, when the company posted a loss"; without the comma it says when
// the verb before happened: "he died in June 1785 when his balloon caught
// fire"); a head marked as later ("the subsequent assassination") is never
// dated by an earlier date. Heads lose that are a point of reference ("five
// centuries after the battle", "during the war"), a predicate ("as a
// Category 3 storm"), a hypothesis ("a win would give them"), a participle
// that modifies ("an army sent by Darius"), or a reporting verb whose object
// is a typed event ("announced a purge"). A noun loses that is the phrase
// of another event word, a noun or a verb through its object: what the
// event is about or where it happened ("the Senate held a hearing on the
// crash", "an inquiry into the fire", "thrashed Brazil 7-1 in the
// semifinal"), unless a typed noun follows its verb's "in" ("died in the
// attack"); such a noun is not dated by the sentence's date either ("the
// protests over the death of X began"). An untyped noun loses to the event
// verb it is the subject of ("the Huygens probe touched down"). A date
// that ends an event noun's phrase opening the sentence dates that noun,
// not the predicate after it ("The crash of Flight 447 on June 1, 2009
// killed 228 people"); a date in a clause between commas that opens with
// "which" or "who" goes to a head of that clause ("The museum, which
// opened in 1977, was closed in 2020"), and a verb after the date and
// "and" starts a clause of its own ("graduated in 1998 and joined the firm
// in 2001"). Dates joined by "and" ("surgery in 2017 and 2018, and again
// in 2021") share one head.
//
// # Titles
//
// The words around the head make a frame, and the frame a title in the
// style of a news chronology: who, the verb, the object or the place; short
// (a title longer than 70 characters is written again with a shorter object
// and no place), never ending on a function word or on a word that says
// when ("conceded late"), keeping a particle ("splashed down", "sworn in").
//
// A verb's subject is the noun phrase before it, through auxiliaries and
// adverbs: a name, kept whole with the words it modifies ("the unmanned
// Luna 15 probe" → "Luna 15 probe", "the Fish River dam above the town"),
// with its owner ("the crew of Apollo 11" → "Apollo 11 crew", "the
// government of X" → "X's government"), its place ("engineers at the
// Hoover Dam") or the names joined to it ("Neil Armstrong and Buzz Aldrin",
// "Fleming, Florey and Chain", when the list opens its clause: "defeated
// Mark Antony and Cleopatra" keeps them objects); else its last words, with
// a phrase that says what they are of ("resistance to the drug",
// "delegates from 40 countries"). A pronoun is the last person (he, she),
// the last known organisation (it), a name earlier in its sentence or the
// last names joined by "and" (they); "who" and "which" reach back to a
// name or to the noun before ("Curiosity, which landed"); an inserted
// clause between commas is skipped and a name in apposition taken ("Their
// manager, Dean Kirkby, was appointed"); a verb after "and" or "but" shares
// the subject of the clause's first verb; a participle that opens the
// sentence tells of the subject after its comma ("Born in Ulm in 1879,
// Albert Einstein ..."). An infinitive keeps the word it depends on and
// that word's subject ("Apollo 12, which is expected to fly" → "Apollo 12
// expected to fly", "Forecasters expect Delia to weaken" → "Delia expected
// to weaken"); after "will" or "would" a verb is written "to inspect", "to
// be sworn in". The object runs to the end of the clause, a date that
// modifies a noun skipped ("at the 2013 French Open"), compressed to a few
// words ("his way into the inner circle of Syria's military and political
// leadership" → "his way into Syria's leadership"); a verb with no object in
// a relative clause takes the noun the clause tells of ("a degree that she
// began" → "began degree").
//
// A noun takes its argument ("the killing of X", "X's killing", "the
// Tehran killing", "a purge of Iran's Ministry"), else the phrase that
// defines it ("the launch from Florida", "a mission to bring samples back",
// "a ban on the sale of new petrol cars", "the war between Iran and Iraq"),
// and the event noun it is the "of" phrase of ("the signing of the
// treaty"). When it is a verb's object it takes the verb's subject and the
// verb, with its particle ("Biden declared a major disaster", "Britain
// declared war on Germany", "militants carried out a raid", "applied for a
// grant"; not a cause: "the vote triggered a purge" is the purge); a verb
// before it is never its modifier ("declared war", but "the disputed
// election"). A verb of motion and its preposition are one event with the
// noun after them ("workers went on strike", "came under attack":
// goPreps), and a giving verb keeps its recipient ("the judge gave the
// defendant a life sentence": giving). A noun right after a reporting verb
// and before a verb is the reported clause's subject, told with what it did
// ("police said the fire started in the kitchen" → "Fire started in
// kitchen"). When it opens its clause it is told with what it did ("The
// launch from Florida ... had been watched by a million people"), the
// phase a date gives ("The investigation into the fire began" →
// "Investigation into fire began"), a light verb giving only its phrase
// ("Her breakthrough came at the French Open" → "X's breakthrough at
// French Open"). A person undergoing an event of a patient
// type makes "X assassinated in Tehran". Titles look like "Launch from
// Florida watched by a million people", "Sabotage at Natanz", "Purge of
// Ministry of Intelligence", "Saboteurs struck uranium enrichment plant at
// Natanz", "Jomhouri Eslami editorial accused authorities".
//
// # Types
//
// An event's type is a name to group and filter by, from a small
// vocabulary (Types: killing, attack, war, election, decision, statement,
// publication, disaster, mission, voyage, sport, award, justice, health,
// ... and "event" for the rest), chosen from the head word and the words
// around it, since a head alone misleads: a hurricane that "struck" is a
// disaster, not an attack; a rover "launched" is a mission, not a
// publication; "landed" is a mission for a spacecraft or a balloon, a war
// for an army, a voyage for a fleet, and says nothing for a man who
// "landed a job"; a council that "voted" decided, voters who voted
// elected; "won" is an election with a runoff near it, sport with a final,
// a cup or a score ("beat Italy 2-1"), an award with a prize. The rules (kind.go's typeRules) are a
// table read in order: the head's forms ("land" for landed, landing), cue
// words, or groups of them (@hazard, @spacecraft, @military, @sport,
// @vote, ...), that the words before the head in its clause (its subject,
// a noun's modifiers), after it, or anywhere in its sentence must hold,
// and the types the rule may replace. The first rule that fits decides;
// with none the head keeps its word's type, or its subject's ("an
// earthquake struck"), or "event" ("statement" for a reporting verb). A
// noun that is a verb's object is read with the verb too ("declared a
// major disaster" is a decision, "promised recovery" a statement). Words
// that name a kind only in some contexts fall back to "event" without them
// ("gained momentum" is not business without shares or prices; "landed"
// is nothing without a craft, an army or ships): a wrong type misleads
// more than none. Each rule carries an example sentence that the tests
// extract, so no rule is dead or shadowed by an earlier one. The rules
// change no head, title or confidence; the type weighs only in merging.
//
// # Names
//
// Runs of capitalised words, joined by of, al, bin, de ..., and a short
// number that ends them ("Apollo 11", "Luna 15": craft, not people), are
// names; titles (President, Dr., Administrator) and demonyms (Iranian) are
// cut from the front; a sentence's first word, or the first after a
// dateline's dash, counts only if the document capitalises it elsewhere.
// Places come from the countries and capitals of
// github.com/biter777/countries, a short list of others, place words
// (Street, River) and prepositions (in, at, near); organisations from cue
// words (Ministry, Corps, Airlines, Inc) and the last word of a named
// occasion (the French Open, the FA Trophy), a short list of well-known
// names, acronyms and the word after the name ("the daily X", "X
// newspaper"); the rest of two to four words are people, and a one-word
// name that ends a person's name is that person. A name typed by none of
// these (a lone word, a name with a number) is an organisation by guess,
// which "it" does not point to.
//
// # Events without a date, and mentions
//
// A typed event noun in a sentence that has a dated event, and that names
// someone, is tied to it (a verb has a clause, and a date, of its own:
// "according to Herodotus, who wrote around 430 BC, 6,400 Persians died"): with a cue that it came later ("subsequent",
// "followed by") it gets the interval from the dated event to the document
// date (timex.Between, precision inferred; open-ended without a document
// date), otherwise the same date. Its mention text is the phrase that names
// it. A typed noun with no date of its own ("the killing", "this attack",
// "Haniyeh's assassination") is another mention of the most salient
// earlier event of its type that shares the names it gives.
//
// # Merging
//
// Combine merges events whose dates are compatible (one holds the other)
// and that are of one kind (type, related types, or a shared event stem in
// the titles) with a shared person (or, when neither names a person, a
// shared organisation or place); across documents the same date and a
// shared person or organisation suffice, or the same day and a shared
// place when one of the two has no type ("the Fish River dam gave way",
// "the dam on Fish River failed"). The merged event keeps every mention,
// the finest date and the title of its best mention. A broad type (sport,
// mission, voyage, decision, justice, health) is a domain more than a
// kind, and no reason by itself to merge: a player's two matches of one
// year stay two. Events are indexed by day and year, so that a long list costs little more than its length.
//
// # Long documents
//
// A document longer than Window (1 MB) is read in windows cut at paragraph
// breaks, offsets kept exact, and the events of the windows combined: the
// memory of one extraction is that of a window, not of the document.
//
// # Measures
//
// TestEvalHeldOut scores extraction on articles written for it (testdata/eval:
// news with datelines and relative dates, history with BC and circa dates,
// sports, science, a storm told by three articles) against answers written
// before tuning, for recall, precision and cross-document merging.
package events
