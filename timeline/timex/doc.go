// Package timex is the date value every part of timeline shares: one type,
// [Value], for a day, a month, a season, a year, a decade, a century, a
// minute, or an interval between two of them, read from and written as an
// EDTF / TIMEX3-style string.
//
// # Forms
//
// [Parse] accepts these forms and [Value.String] writes the canonical one
// (the first given):
//
//	2024-07-31               day
//	2024-07-31T02:00         time, to the minute   } both have
//	2024-07-31T02:00:05      time, to the second   } precision Time
//	2024-07                  month
//	2024-SU  (2024-22)       season: SP SU FA WI, or EDTF's 21 22 23 24
//	2024                     year
//	196X     (196)           decade: 1960 to 1969
//	19XX     (19)            century: 1900 to 1999
//	2020-11-27/2020-11-28    interval between any two of the above
//	../2020  (/2020)         interval with an open start ("until 2020")
//	2020/..  (2020/)         interval with an open end ("from 2020")
//
// A date may end in one qualifier: "~" approximate, "?" uncertain, "%" both
// (EDTF level 1). In an interval each end carries its own: "2020~/2021".
// Inside an interval, decades and centuries must be written with X
// ("196X/197X"), so that "2020-11-27/28" is an error and not the stretch
// from 2020 to the 28th century. Time zones, fractions of a second, years
// of five or more digits and EDTF level 2 (qualifiers inside a date,
// unspecified digits other than a decade's or century's) are rejected.
//
// # Years
//
// Years are astronomical, as in ISO 8601 and EDTF: the year before 1 is 0,
// so "0000" is 1 BC, "-0001" is 2 BC and "-0043-03-15" is 15 March 44 BC.
// A year before 1 needs its sign and four digits. Leap years follow the
// proleptic Gregorian rule on astronomical years, so 0, -4 and -400 are
// leap years and -100 is not. [Value.Display] never shows year 0: it
// writes "44 BC" for -0043. Decades and centuries before year 0 are not
// supported. Century "19XX" is the years 1900 to 1999, what people call
// the twentieth century.
//
// # Intervals
//
// [Value.Interval] is the stretch of time a value covers, in UTC, with an
// exclusive end: a day covers 24 hours, "2024-07" covers [2024-07-01,
// 2024-08-01), a time to the minute covers that minute. Seasons are
// meteorological and for the northern hemisphere: spring is March to May,
// summer June to August, autumn September to November, and winter is
// December of the year written to the end of February of the next, so
// "2024-WI" is [2024-12-01, 2025-03-01). An interval value covers from the
// start of its first end to the end of its last: "2020/2021-03" is
// [2020-01-01, 2021-04-01). It is an error for the last end to finish before
// the first begins. An open end has no time; the Interval says so with
// OpenStart or OpenEnd.
//
// The precision of an interval value is the coarser of its two ends (the
// closed one if the other is open): "2020/2024-08-12" has precision Year.
// Values built with [Between] have precision Inferred: they are the
// stretch an event can be placed in, not a date the text gave.
//
// Qualifiers never change Interval: a "c. 1965" is drawn where 1965 is.
// [Value.DisplayInterval] widens an approximate or uncertain end by one unit
// of its precision (an hour for a time, a day for a day, three months for a
// season, ten years for a decade, and so on) for the reader's eye.
//
// # Stated and inferred fields
//
// A value records which of its fields the text stated and which were
// inferred, for example the year of "July 31" taken from the document date.
// Parsed values state every field they have; the constructors ([NewDay] and
// the rest) build values that other packages mark with [Value.WithInferred].
// The string form does not carry this record, nor the Inferred precision of
// [Between].
package timex
