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
// date. TIMEX3 values become timex values ("196" the decade 196X, "BC0044"
// the year -0043, "2024-W31" the days of that week, "2013-Q1" its months);
// durations, sets, vague references (PRESENT_REF) and values left with X's
// date nothing. Neither do the document's own dateline or a year after
// "since". A date in a photo caption or a byline gives an event of type
// "caption" with low confidence.
//
// # Event words
//
// An event word (a head) is a word the lexicon knows: 2,900 word forms
// annotated as EVENTs in TBAQ-cleaned and MEANTIME, with their part of
// speech, TimeML class, stem and past participle (lexicon_gen.go, made by
// internal/gen). A small hand-made table of types (killing, attack,
// sabotage, purge, protest, election, publication, meeting, agreement,
// arrest, appointment, war, disaster, business, ...) names kinds of events
// for the type field and for merging. A past-tense verb the corpora lack
// ("lambasted") is a weak head.
//
// Each date goes to one head of its sentence, scored by the word's class
// and type, its distance from the date, and the clause boundaries between
// them. A noun right after the date takes it ("the disputed 2009
// election"); a date that opens the sentence goes to the main verb after
// its introductory phrase ("On Aug. 1, 2024, the daily ran an editorial");
// a date closes the clause before it, so heads after a comma, "and" or
// "that" lose; a "when" clause after the date wins ("from 2008, when the
// company posted a loss"); a head marked as later ("the subsequent
// assassination") is never dated by an earlier date.
//
// # Titles
//
// The words around the head make a frame: for a verb, its subject (through
// "who", an inserted clause between commas, a pronoun, a bracket) and its
// object, compressed to a few words ("his way into the inner circle of
// Syria's military and political leadership" → "his way into Syria's
// leadership"); for a noun, its argument ("the killing of X", "X's
// killing", "the Tehran killing", "a purge of Iran's Ministry") or the
// subject of the verb it is the object of. Titles follow templates:
// "X assassinated in Tehran" (a person undergoing an event of a patient
// type), "Sabotage at Natanz", "Purge of Ministry of Intelligence",
// "Saboteurs struck uranium enrichment plant at Natanz", "Jomhouri Eslami
// editorial accused authorities". A title never ends on a function word.
//
// # Names
//
// Runs of capitalised words, joined by of, al, bin, de ..., are names;
// titles (President, Dr.) and demonyms (Iranian) are cut from the front;
// a sentence's first word counts only if the document capitalises it
// elsewhere. Places come from the countries and capitals of
// github.com/biter777/countries, a short list of others, place words
// (Street, River) and prepositions (in, at, near); organisations from cue
// words (Ministry, Corps, Airlines, Inc), a short list of well-known
// names, acronyms and the word after the name ("the daily X", "X
// newspaper"); the rest of two to four words are people, and a one-word
// name that ends a person's name is that person.
//
// # Events without a date, and mentions
//
// A typed event in a sentence that has a dated event, and that names
// someone, is tied to it: with a cue that it came later ("subsequent",
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
// shared person or organisation suffice. The merged event keeps every
// mention, the finest date and the title of its best mention.
package events
