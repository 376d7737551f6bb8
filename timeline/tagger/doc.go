// Package tagger finds temporal expressions in English text: "July 31,
// 2024", "the 1960s", "last week", "three years", "every Monday", "2:30
// p.m. local time". It only recognizes: each Mention carries its span and
// the fields the text states (Expr), typed and unresolved. Package anchor
// turns them into dates; nothing here reads a clock or knows a reference
// date.
//
// # How a text is read
//
// The source is cut into tokens (words, numbers, single punctuation marks)
// by a byte scanner that records, for each token, the white space before it
// (none, some, or a blank line, which no expression crosses). Every word is
// looked up once in a vocabulary of the words the rules know; the rest of
// the text, most of it, gets id 0 and is skipped at almost no cost. This is
// the "cheap trigger" pass: only a number, a known word or a known
// punctuation mark can start a rule.
//
// Rules are data (rules_*.go): a name, a pattern written with words and
// {placeholders} ("[the] {ordinal:q} quarter [of {year}]"), a Build function
// that turns the captures into an Expr and may veto the match, examples that
// TestRuleExamples checks, and a Negative flag for rules that match
// look-alikes ("2,000 troops", "Room 1960", "a 6-year-old") so that nothing
// else may tag them. At init each pattern expands into flat token sequences
// (one per combination of its optional parts), indexed by what their first
// token may be and, for those that open with a literal word such as "the",
// by their second. Matching a sequence is a straight walk with no
// backtracking; placeholder results are memoized per token.
//
// At each token the longest match wins; on a tie a negative rule beats a
// positive one and then the earlier rule wins. The winning match consumes
// its tokens. Refiners (refine.go) then widen spans for modifiers ("early",
// "the end of", "about", "more than": TIMEX3 mod) and join a time with the
// date beside it ("Wednesday at 10 a.m."). A last pass notes the tense of
// the clause around each mention from cue words ("will", "said", "until"),
// which the anchor uses to choose between last Friday and next Friday: the
// nearest cue before the mention wins, a pluperfect turns a plan into the
// past ("had been scheduled to expire Friday"), a date that opens its
// sentence ("On Tuesday, the union plans to...") takes the main verb's
// tense, and a possessive date ("Wednesday's ruling") takes none.
//
// The text is tokenized a window of tokens at a time, so memory does not
// grow with the input; Tag is safe for concurrent use.
//
// Past the twelve tokens, the clause is searched back to a comma, a quote
// or a past verb for a strong cue ("Forecasters expect the storm to weaken
// ... on Friday"). "c." and "ca." before a year let it be a year however
// old ("born c. 1480") and join its span as APPROX, like "around".
//
// Watch out for: "daily" and "weekly" are also newspapers ("the
// conservative daily Kayhan"), "his 30s" is an age, "a quarter of" a
// fraction and "the future of" a fate: negative rules and guards keep them
// out. The rules follow TimeML/TempEval-3 conventions for spans
// ("the" belongs to "the 1960s" but not to the adjective "third-quarter");
// words that are dates only in context ("May", "March", "fall", "Sun") are
// guarded in their Build functions, not in the lexicons.
package tagger
