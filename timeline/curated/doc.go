// Package curated reads timeline.yaml, the file where the user keeps the
// curated part of a timeline: its title and sources, lanes (groups), eras,
// and the events written or corrected by hand.
//
// Parse decodes the file into a yaml.Node tree and walks it with the schema
// of DESIGN §5, so that every problem is reported at the node where it is,
// as "file:line:col: message; hint", and all of them at once: unknown keys
// (with the closest known key), values of the wrong kind, dates timex does
// not accept, links that are not http(s), duplicate ids, unknown groups,
// bad colors and enums. Values are read as written, whatever YAML's tag, so
// an unquoted 2024-07-31 (a timestamp to YAML) and 2009 (an integer) are
// dates like any other. The File keeps the tree and each entry's node, so a
// command that edits the file can change the tree in place and keep the
// comments.
//
// # Where a syntax error is
//
// yaml.v3 gives a syntax error as "yaml: line N: message" with no column,
// and N is not where the problem is: it is the line where the enclosing
// construct (a block list, a quoted string, ...) started, counted from 0 for
// parser errors and from 1 for scanner errors, and left out altogether when
// that construct starts on the first line. A bad indentation in the 500th
// event of a list is reported at the line of the list's first "-".
//
// The package finds the line in two steps. First it parses the file again
// with a blank line in front: the construct now never starts on the first
// line, so yaml.v3 always reports it, which bounds the problem from below
// (within one line, as the two counts differ). Then it looks for the first
// prefix of the file, cut after a whole line, that fails with the same
// message. Up to that line the parser saw the same text as in the whole
// file, so that line is where it went wrong: the line that is not indented
// like its neighbours, the line where a quote or bracket was opened and
// never closed (the prefix ends inside it, just like the file). The 64
// lines after the bound are tried one by one; past them the search bisects,
// which keeps a broken 10,000-event file fast but could be misled by a
// multi-line quote cut open in the middle; the nearby lines being tried in
// order first makes that rare. The column is that of the line's first
// non-blank character, and the line is quoted.
//
// Errors without a line (bytes that are not UTF-8, control characters, an
// alias to an unknown anchor) are placed by finding the offending bytes.
//
// # Adding candidates
//
// Sync (for `timeline sync`) adds entries to the file without re-encoding
// it: yaml.v3 does not give back the bytes it read (comments move, quotes
// and indentation change). Instead the node positions say where the
// events list is, the text around them says where its last entry ends
// (the last line indented deeper than its "-", or a comment at the "-"),
// and the new entries are inserted there as text, written the way the
// entries already there are (indentation, space after "-", blank lines,
// block or flow style, line breaks). Every other byte stays. The result is
// parsed again and must read as the old file plus the new entries;
// otherwise the next place is tried (a "|+" block scalar owns the blank
// lines after it), and failing that Sync returns an error and the file as
// it was.
//
// # Writing entries
//
// FormatEntry is the one writer of event entries: Sync inserts its text
// into the user's file, `timeline extract --format yaml` prints it, and so
// does export.YAML for `timeline import`. Whatever it writes, Parse reads
// back as the same values. Its rules, the same in all three places:
//
//   - A date is always in double quotes ("2009", "2024-07-31", "196X",
//     "-0043-03-15", "2020/2024-08-12"): bare, the first two are a number
//     and a timestamp to YAML, and a reader should not have to know which
//     of the forms are safe.
//   - Text is written plain when YAML reads it back, in that place (after
//     "key: " in a block mapping, or inside "{...}"), as the same string;
//     FormatText parses it to make sure. So "null", "2009", "@x", "- x",
//     "a: b" and " padded " are quoted, and so is text over 1,000 bytes.
//     So are the words a YAML 1.1 reader (PyYAML) takes for booleans
//     ("yes", "No", "off") and its base-60 numbers ("1:20"), though
//     yaml.v3 reads them as text.
//   - Quoted text is in double quotes, with escapes ("\"", "\\", "\n",
//     "\t", "\x07", "\u2028") for everything that is not a printable
//     character, so it always fits on one line.
//   - Text with line breaks, in a block entry, is a literal block ("|-", or
//     "|" when it ends with one line break) when each line can be written
//     as itself: printable characters, the first line not starting with a
//     blank, no line ending with one or made of blanks only, and at most
//     one final line break. Otherwise it is quoted.
//   - Fields are written in a fixed order (id, status, date, title,
//     description, type, group, tags, match, link, hide, sources; in a
//     source path, url, title, outlet, author, date, quote), empty ones
//     left out, tags and match as flow lists.
//
// Invalid UTF-8 is written as U+FFFD, the only change a value can undergo.
package curated
