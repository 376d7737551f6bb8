package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/timeline-tool/timeline/timeline/anchor"
	"github.com/timeline-tool/timeline/timeline/tagger"
)

func init() {
	extraCommands = append(extraCommands, func(f *Factory) *cobra.Command { return newTimexCmd(f, nil) })
}

type timexOptions struct {
	f        *Factory
	Path     string // FILE, or "-" for standard input
	DCT      string // --dct YYYY-MM-DD
	JSON     bool
	Mode     string // --anchor auto|news|narrative
	DayFirst bool
	// ChunkSize bounds the text tagged at once (memory stays flat); 0 means the default.
	ChunkSize int
}

func newTimexCmd(f *Factory, runF func(*timexOptions) error) *cobra.Command {
	o := &timexOptions{f: f}
	cmd := &cobra.Command{
		Use:   "timex [--dct DATE] [--json] FILE",
		Short: "List the temporal expressions of a text file with their TIMEX3 values",
		Long: `Timex finds the temporal expressions of a plain-text file ("July 31, 2024",
"last week", "the 1960s", "three years", "every Monday") and prints each
with its byte offsets, TIMEX3 type and value, as the TempEval-3 corpora
write them.

Relative expressions are resolved against --dct, the document's date ("news"
mode: "yesterday" is the day before it), or against the last date the text
mentioned ("narrative" mode). --anchor auto chooses per document; the table
shows which anchor each value used. Without --dct, relative expressions
before the first explicit date stay unresolved (XXXX-...).

FILE may be - for standard input. Large files are read in pieces, so memory
stays flat.`,
		Example: `  timeline timex --dct 2024-08-12 article.txt
  timeline timex --json --dct 2024-08-12 article.txt
  cat notes.txt | timeline timex --anchor narrative -`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErrorf("timex takes one FILE (or - for standard input), got %d arguments\nRun 'timeline timex --help' for usage.", len(args))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			o.Path = args[0]
			if o.DCT != "" {
				if _, err := anchor.ParseDate(o.DCT); err != nil {
					return usageErrorf("--dct: %v", err)
				}
			}
			if _, err := anchor.ParseMode(o.Mode); err != nil {
				return usageErrorf("--anchor: %v", err)
			}
			if runF != nil {
				return runF(o)
			}
			return runTimex(o)
		},
	}
	cmd.Flags().StringVar(&o.DCT, "dct", "", "the document's date (YYYY-MM-DD) that relative expressions count from")
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print a JSON array (DESIGN §6) instead of a table")
	cmd.Flags().StringVar(&o.Mode, "anchor", "auto", "anchoring: auto, news (count from --dct) or narrative (from the last date mentioned)")
	cmd.Flags().BoolVar(&o.DayFirst, "day-first", false, "read ambiguous numeric dates such as 04/07/2024 as day/month/year")
	return cmd
}

// timexItem is one element of the JSON output (DESIGN §6, a contract).
type timexItem struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

const defaultChunk = 256 << 10

func runTimex(o *timexOptions) error {
	var r io.Reader
	name := o.Path
	if o.Path == "-" {
		r = o.f.Stdin
		name = "standard input"
	} else {
		p := o.Path
		if !filepath.IsAbs(p) && o.f.Dir != "" {
			p = filepath.Join(o.f.Dir, p)
		}
		fh, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("%s: %w", o.Path, unwrapPathError(err))
		}
		defer fh.Close()
		if st, err := fh.Stat(); err == nil && st.IsDir() {
			return fmt.Errorf("%s: is a folder; timex reads one text file", o.Path)
		}
		r = fh
	}
	var dct anchor.Date
	if o.DCT != "" {
		var err error
		if dct, err = anchor.ParseDate(o.DCT); err != nil {
			return usageErrorf("--dct: %v", err)
		}
	}
	mode, err := anchor.ParseMode(o.Mode)
	if err != nil {
		return usageErrorf("--anchor: %v", err)
	}
	tg := tagger.New(tagger.Options{DayFirst: o.DayFirst})
	res := anchor.New(anchor.Reference{DCT: dct, Mode: mode})

	w := bufio.NewWriterSize(o.f.Stdout, 64<<10)
	var tw *tabwriter.Writer
	if o.JSON {
		w.WriteString("[")
	} else {
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "START\tEND\tTYPE\tVALUE\tMOD\tANCHOR\tRULE\tTEXT")
	}
	n := 0
	var buf []byte
	emit := func(base int, rs []anchor.Resolved) {
		for i := range rs {
			x := &rs[i]
			if o.JSON {
				if n > 0 {
					w.WriteString(",")
				}
				w.WriteString("\n  ")
				buf = appendItem(buf[:0], timexItem{Start: base + x.Start, End: base + x.End, Text: x.Text, Type: x.Type.String(), Value: x.Value, Mod: x.Mod})
				w.Write(buf)
			} else {
				fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", base+x.Start, base+x.End, x.Type, x.Value, dash(x.Mod), x.Anchor, x.Rule, oneLine(x.Text))
			}
			n++
		}
	}
	chunk := o.ChunkSize
	if chunk <= 0 {
		chunk = defaultChunk
	}
	err = readChunks(r, chunk, func(base int, text []byte) error {
		if base == 0 {
			if i := bytes.IndexByte(text[:min(len(text), 8192)], 0); i >= 0 {
				return fmt.Errorf("%s: looks like a binary file (NUL byte at offset %d); timex reads text", name, i)
			}
		}
		emit(base, res.Resolve(tg.Tag(text)))
		if tw != nil {
			tw.Flush() // keep memory flat: columns align within a piece of the file
		}
		return nil
	})
	if err != nil {
		return err
	}
	note := ""
	if o.JSON {
		if n > 0 {
			w.WriteString("\n")
		}
		w.WriteString("]\n")
	} else {
		tw.Flush()
		if n == 0 {
			fmt.Fprintf(o.f.Stderr, "no temporal expressions in %s\n", name)
		} else {
			ref := res.Reference()
			from := "no document date"
			if !ref.DCT.IsZero() {
				from = "document date " + ref.DCT.String()
				if o.DCT == "" {
					from += " (from the text's dateline)"
				}
			}
			note = fmt.Sprintf("anchoring: %s mode, %s\n", ref.Mode, from)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprint(o.f.Stderr, note)
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string {
	if strings.ContainsAny(s, "\n\r\t") {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// readChunks reads r in pieces of about size bytes, each ending at a
// paragraph break, a line break, a sentence end or white space (in that
// order of preference), so that no expression is cut; a piece with none of
// those (a 10 MB line of one word) is cut at a UTF-8 character boundary.
// fn gets each piece with its offset in the stream.
func readChunks(r io.Reader, size int, fn func(base int, text []byte) error) error {
	buf := make([]byte, 0, size+size/2)
	base := 0
	eof := false
	for !eof || len(buf) > 0 {
		for !eof && len(buf) < size {
			n, err := r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return fmt.Errorf("reading: %w", err)
			}
			if n == 0 && err == nil && len(buf) == cap(buf) {
				break
			}
		}
		cut := len(buf)
		if !eof {
			cut = splitPoint(buf)
		}
		if err := fn(base, buf[:cut]); err != nil {
			return err
		}
		base += cut
		rest := copy(buf, buf[cut:])
		buf = buf[:rest]
		if eof && rest == 0 {
			break
		}
	}
	return nil
}

// splitPoint finds where to cut a full buffer.
func splitPoint(b []byte) int {
	half := len(b) / 2
	if i := bytes.LastIndex(b[half:], []byte("\n\n")); i >= 0 {
		return half + i + 2
	}
	if i := bytes.LastIndexByte(b[half:], '\n'); i >= 0 {
		return half + i + 1
	}
	for end := len(b); end > half; {
		i := bytes.LastIndex(b[half:end], []byte(". "))
		if i < 0 {
			break
		}
		if !abbreviation(b[:half+i]) {
			return half + i + 2
		}
		end = half + i
	}
	if i := bytes.LastIndexAny(b[half:], " \t\r"); i >= 0 {
		return half + i + 1
	}
	cut := len(b) - 1
	for cut > 0 && cut > len(b)-utf8.UTFMax && !utf8.RuneStart(b[cut]) {
		cut--
	}
	if cut <= 0 || !utf8.RuneStart(b[cut]) {
		cut = len(b) // not UTF-8 here: any cut will do
	}
	return cut
}

// appendItem writes one element of the JSON output, in the field order of
// timexItem; it is what encoding/json writes, without the reflection (the
// output of a large file is mostly this).
func appendItem(b []byte, it timexItem) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(it.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(it.End), 10)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, it.Text)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, it.Type)
	b = append(b, `,"value":`...)
	b = appendJSONString(b, it.Value)
	b = append(b, `,"mod":`...)
	b = appendJSONString(b, it.Mod)
	return append(b, '}')
}

// appendJSONString quotes s as encoding/json does: invalid UTF-8 becomes
// U+FFFD, and <, >, & and control characters are escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\b':
				b = append(b, '\\', 'b')
			case c == '\f':
				b = append(b, '\\', 'f')
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// abbreviation reports whether b ends with a short capitalized word, such
// as "Aug" or "Dr", whose period does not end a sentence ("Aug. 12").
func abbreviation(b []byte) bool {
	n := 0
	for n < len(b) && n < 6 {
		c := b[len(b)-1-n]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			break
		}
		n++
	}
	return n > 0 && n <= 4 && b[len(b)-n] >= 'A' && b[len(b)-n] <= 'Z'
}
