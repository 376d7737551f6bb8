// Package source reads the documents a user gives timeline — plain text,
// Markdown, web pages and PDFs — and reduces each to a [Document]: its
// text, title, URL and publication date, and a map from offsets in the
// text back to the file.
//
// # Offsets
//
// The JSON output reports UTF-8 byte offsets into the source file, so each
// format keeps what it can of that promise, and [Offsets] says which:
//
//   - Plain text and Markdown: Text is the file, byte for byte, and offsets
//     are the identity. Markdown also gets Plain, a copy of the same length
//     with the markup (front matter, "#", "**", link targets, code) turned
//     into spaces, so that a span found in Plain is the same span of the
//     file. A file that is not UTF-8 (a byte-order mark, UTF-16, stray
//     Latin-1 bytes read as Windows-1252) is decoded, and Offsets maps each
//     character to its bytes (Aligned).
//   - HTML: Text is the article as readability renders it. Offsets maps each
//     character back to the page by alignment (see align): a date in the
//     text points at the same date in the HTML, and an entity such as
//     "&#8217;" maps as a whole. White space readability put between blocks
//     maps to nothing, so a span must start and end on a character; spans
//     from the sentence splitter do. Pages in legacy encodings are decoded
//     and get TextOnly offsets.
//   - PDF: the file is compressed drawing instructions, so offsets are into
//     Text (TextOnly), and Offsets.Page tells the page of an offset.
//
// # HTML
//
// The article text and title come from codeberg.org/readeck/go-readability.
// The publication date is taken, in this order, from JSON-LD
// (datePublished, preferring an Article), from meta tags
// (article:published_time and a dozen others, see metaDateNames), from
// readability's own metadata, from the best <time> element (one marked
// pubdate or itemprop=datePublished or with "publish" in its class wins;
// <time>s in nav, aside, footer and related-links boxes are ignored; "update"
// and "modified" lose), from a visible line such as "Published: 13 August
// 2024" anywhere on the page, and last from a dateline in the article text.
// Timestamps keep their own date: "2024-08-12T23:30:00-04:00" is the 12th.
//
// # PDF
//
// When poppler's pdftotext is on the PATH it is used (with -bbox-layout,
// which gives each word with its box, so the reading order is poppler's and
// handles columns); otherwise github.com/ledongthuc/pdf reads each glyph
// with its position and the glyphs are gathered into rows, words split at
// gaps over a fifth of the font size, and a page whose rows split at the
// same wide gap (a gutter) on a quarter of its rows is read as two
// columns. Both give lines with positions, and buildText rebuilds
// paragraphs from them: it spells out ligatures, drops page numbers,
// breaks paragraphs at wide gaps, indents, font changes and short final
// lines, and repairs words hyphenated at a line end (keeping the hyphen
// only when the document writes the word with one elsewhere). A PDF with
// no text layer is refused with a hint to run OCR.
//
// # Datelines
//
// A document without a date in its metadata gets one from its first
// fifteen lines (datelineOf), read with a small date parser that knows
// month names and their abbreviations with and without a period ("Aug.
// 12, 2024", "Aug.12, 2024", "12 August 2024", "Monday, August 12th, 2024",
// "2024-08-12"): a "Published:" or "Posted on" line, a news dateline
// ("TEHRAN, Aug. 12, 2024 —", "PASSAU, Germany, June 4, 2013 (Reuters) -";
// "WASHINGTON (Reuters) -" has no date and gives none), a byline with a
// date, or a line that is only a date. Failing those, the date in a photo
// caption near the top is taken, labelled "caption", as the weakest hint.
//
// # Bad input
//
// Nothing here panics on bad input. Errors are *Error values that name the
// file and say what to do, and wrap ErrUnsupported (listing the supported
// extensions), ErrTooLarge (over [MaxSize]), ErrBinary (NUL bytes or a
// known binary signature), ErrEmpty or ErrNoText (a page with no article, a
// scanned PDF), so that a caller reading many files can skip one with a
// warning. Repairs that succeed are listed in Document.Warnings.
package source
