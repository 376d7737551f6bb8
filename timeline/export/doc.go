// Package export writes a timeline in the formats other tools read
// (TimelineJS 3 JSON, the TimelineJS spreadsheet template as CSV, iCalendar,
// Markdown) and reads the two TimelineJS forms back into events.
//
// # Years
//
// Our dates use astronomical years (timex): the year before 1 is 0, so
// "-0043" is 44 BC. TimelineJS has no year 0 in what its users write: it
// hands the year to JavaScript's Date and, for a negative year, shows its
// absolute value with "BCE", so its authors write -44 for 44 BC. The writers
// therefore give a year y < 1 as y-1 (-43 → -44, 0 → -1), so that TimelineJS
// shows the historical year, and the readers turn a negative year n back
// into n+1. A year 0 in a TimelineJS file is an error: it names no year.
//
// # Dates
//
// TimelineJS knows a date to the year, month, day, minute or second, and a
// slide may have an end date. A day, month, year or time becomes a start
// date with just those fields; a season, decade or century becomes a start
// and end date covering it; an interval becomes its two ends (an open end
// has no counterpart: the closed end is given, and for an era the end is the
// last day of the timeline). Every date also carries a display_date, our
// Display ("1960s", "Summer 2024", "c. 1965", "from 2020", "15 March 44 BC"),
// which TimelineJS shows as written.
//
// Reading, the fields give a plain date or interval; where the display date
// is what Display writes for a decade, century, season, qualified or
// open-ended value covering the same time, that value is taken instead. So
// what the writers produce reads back as the same EDTF value, and a file from
// elsewhere gets the plain dates its fields say.
//
// # Text
//
// TimelineJS renders headlines and text as HTML. The writers escape every
// string and write a description as one paragraph (line breaks as <br>),
// followed by a paragraph of class "sources" with a link per http(s) source.
// The reader takes text back out of that HTML (or any other): paragraphs
// become the description, every http(s) link a source.
//
// # iCalendar
//
// An event becomes a VEVENT when a calendar can hold it: an all-day event
// (DTSTART and DTEND with VALUE=DATE, DTEND the day after the last) for days,
// months, seasons, years and closed intervals, a floating date-time for times.
// Events before year 1, decades and centuries (a ten-year banner in a
// calendar helps no one) and open intervals are left out; ICS returns them
// so the command can name them. UIDs are the event ids, so a calendar that
// imports the file twice updates rather than duplicates.
package export
