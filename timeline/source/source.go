package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/timeline-tool/timeline/timeline/timex"
)

// MaxSize is the largest file Read accepts, in bytes.
const MaxSize = 256 << 20

// maxSize is MaxSize, smaller in tests.
var maxSize int64 = MaxSize

// Document is one source, read and reduced to text.
type Document struct {
	Path   string // as the user gave it; "-" for standard input
	Format string // "txt", "md", "html" or "pdf"
	Title  string // from metadata, front matter, or a first line that reads as a title
	URL    string // canonical URL (HTML) or url in front matter; empty if unknown

	// Published is the document's own date, zero if unknown, and
	// PublishedFrom says where it was read: "front-matter", "json-ld",
	// "html-meta", "time-element", "published-line" (a visible "Published:
	// 12 August 2024"), "dateline" ("TEHRAN, Aug. 12, 2024 —", a byline or a
	// line holding only a date) or "caption" (the date of a photo caption
	// near the top, the weakest). Dateline is where in Text the date was
	// read, when it was read from Text; zero otherwise.
	Published     timex.Value
	PublishedFrom string
	Dateline      Range

	// Text is the document's text. For .txt and .md it is the file itself
	// (decoded to UTF-8), so that offsets into Text are offsets into the
	// file; for .html it is the article text (without the title, which is
	// in Title, but with figure captions); for .pdf the text rebuilt into
	// paragraphs, one a line, separated by blank lines. Offsets maps
	// offsets in Text back to the file (see the package comment).
	Text    string
	Offsets Offsets

	// Plain is Text with markup blanked out: the same length, every byte at
	// the same offset, Markdown syntax (front matter, "#", "**", link
	// targets, code fences, ...) replaced by spaces. It is Text itself for
	// every format but Markdown. Split and tag Plain; quote Text or Plain.
	Plain string

	Extractor string   // what produced Text: "text", "markdown", "readability", "pdftotext", "ledongthuc/pdf"
	Warnings  []string // repairs made while reading (encoding, ...), each a full sentence
}

// Range is a half-open range of byte offsets.
type Range struct{ Start, End int }

// Errors that Read and ReadReader wrap in an *Error. A caller that reads
// many files can skip a file whose error is one of these, with a warning.
var (
	ErrUnsupported = errors.New("unsupported file type")
	ErrTooLarge    = errors.New("file too large")
	ErrBinary      = errors.New("not a text file")
	ErrEmpty       = errors.New("empty document")
	ErrNoText      = errors.New("no text found")
)

// Error is a failure to read one source. Error() names the file and says
// what to do.
type Error struct {
	Path string
	Err  error  // one of the Err* values above, or the underlying error
	Msg  string // what went wrong and what to do, without the path
}

func (e *Error) Error() string { return e.Path + ": " + e.Msg }
func (e *Error) Unwrap() error { return e.Err }

func newError(path string, err error, format string, args ...any) *Error {
	return &Error{Path: path, Err: err, Msg: fmt.Sprintf(format, args...)}
}

// formats maps file extensions to formats.
var formats = map[string]string{
	".txt": "txt", ".text": "txt",
	".md": "md", ".markdown": "md",
	".html": "html", ".htm": "html", ".xhtml": "html",
	".pdf": "pdf",
}

const supportedList = ".txt, .md, .html and .pdf"

// Supported reports whether path has an extension Read understands.
func Supported(path string) bool {
	_, ok := formats[strings.ToLower(filepath.Ext(path))]
	return ok
}

// Read reads the file at path. The format follows the extension. Read does
// not read standard input: pass os.Stdin to ReadReader with the name "-".
func Read(path string) (*Document, error) {
	format, ok := formats[strings.ToLower(filepath.Ext(path))]
	if !ok {
		return nil, unsupported(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, newError(path, err, "cannot read: %v", err)
	}
	if info.IsDir() {
		return nil, newError(path, ErrUnsupported, "is a folder; give the folder to Expand, or name the files in it")
	}
	if info.Size() > maxSize {
		return nil, tooLarge(path, info.Size())
	}
	if format == "pdf" {
		data, err := io.ReadAll(f)
		if err != nil {
			return nil, newError(path, err, "cannot read: %v", err)
		}
		return readPDF(path, path, data)
	}
	return ReadReader(path, f, format)
}

// ReadReader reads a source from r. name is what the document is called
// ("-" for standard input) and format one of "txt", "md", "html", "pdf";
// an empty format is taken from name's extension, or else guessed from the
// first bytes (a PDF header, an HTML tag, or plain text).
func ReadReader(name string, r io.Reader, format string) (*Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, newError(name, err, "cannot read: %v", err)
	}
	if int64(len(data)) > maxSize {
		return nil, newError(name, ErrTooLarge, "is over the %s limit; split it into smaller files", humanSize(maxSize))
	}
	if format == "" {
		format = formats[strings.ToLower(filepath.Ext(name))]
	}
	if format == "" {
		format = sniff(data)
	}
	switch format {
	case "txt", "md":
		return readText(name, format, data)
	case "html":
		return readHTML(name, data)
	case "pdf":
		return readPDF(name, "", data)
	}
	return nil, newError(name, ErrUnsupported, "unknown format %q; use txt, md, html or pdf", format)
}

// sniff guesses the format of data with no extension to go by.
func sniff(data []byte) string {
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		return "pdf"
	}
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return "html"
		}
	}
	return "txt"
}

func unsupported(path string) *Error {
	ext := filepath.Ext(path)
	if ext == "" {
		return newError(path, ErrUnsupported, "has no extension; timeline reads %s files", supportedList)
	}
	hint := ""
	switch strings.ToLower(ext) {
	case ".docx", ".doc", ".odt", ".rtf", ".pages":
		hint = " (save it as PDF, HTML or plain text first)"
	case ".epub":
		hint = " (convert it to HTML or text first)"
	}
	return newError(path, ErrUnsupported, "unsupported file type %q; timeline reads %s files%s", ext, supportedList, hint)
}

func tooLarge(path string, size int64) *Error {
	return newError(path, ErrTooLarge, "is %s, over the %s limit; split it into smaller files", humanSize(size), humanSize(maxSize))
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

func openError(path string, err error) *Error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return newError(path, err, "no such file; check the path")
	case errors.Is(err, fs.ErrPermission):
		return newError(path, err, "permission denied; check the file's permissions")
	}
	return newError(path, err, "cannot open: %v", err)
}

// Expand turns the paths a user gave into the list of files to read. A
// folder stands for the supported files under it, found recursively
// (skipping hidden files and folders) and sorted; a glob ("notes/*.md")
// stands for its matches; "-" (standard input) is kept; other files are
// kept as given. Paths keep the form the user gave them (relative stays
// relative) and each file is listed once, at its first place. A path that
// does not exist, a glob that matches nothing, a folder with no supported
// file and a file of an unsupported type are errors.
func Expand(paths []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		key := filepath.Clean(p)
		if !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(p)
			continue
		}
		matches := []string{p}
		if strings.ContainsAny(p, "*?[") {
			m, err := filepath.Glob(p)
			if err != nil {
				return nil, fmt.Errorf("%s: bad pattern: %v", p, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("%s: no file matches this pattern", p)
			}
			// Unlike a shell, Glob matches hidden files: drop them unless
			// the pattern asks for them.
			if !strings.HasPrefix(filepath.Base(p), ".") {
				m = slices.DeleteFunc(m, func(f string) bool { return strings.HasPrefix(filepath.Base(f), ".") })
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("%s: no file matches this pattern", p)
			}
			matches = m
		}
		for _, m := range matches {
			info, err := os.Stat(m)
			if err != nil {
				return nil, openError(m, err)
			}
			if !info.IsDir() {
				if !Supported(m) {
					if len(matches) > 1 {
						continue // a glob may match other files
					}
					return nil, unsupported(m)
				}
				add(m)
				continue
			}
			files, err := walk(m)
			if err != nil {
				return nil, err
			}
			if len(files) == 0 && len(matches) == 1 {
				return nil, fmt.Errorf("%s: folder has no %s files", m, supportedList)
			}
			for _, f := range files {
				add(f)
			}
		}
	}
	return out, nil
}

// walk lists the supported files under dir, sorted.
func walk(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return openError(p, err)
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !Supported(p) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if info, err := os.Stat(p); err != nil || !info.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		files = append(files, p)
		return nil
	})
	slices.Sort(files)
	return files, err
}
