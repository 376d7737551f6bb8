package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func testFactory(t *testing.T, stdin string) (*Factory, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errb bytes.Buffer
	return &Factory{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Now:    func() time.Time { return time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC) },
		Getenv: func(string) string { return "" },
		Dir:    t.TempDir(),
	}, &out, &errb
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

const article = "BEIRUT - On Aug. 12, 2024, officials said the strike of July 31, 2024 had been planned for years. " +
	"A statement followed on Aug.1, 2024. The agency was set up in the 1960s, purged in 2009 and again in 2020.\n"

func TestTimexJSON(t *testing.T) {
	f, out, errb := testFactory(t, "")
	name := writeFile(t, f.Dir, "a.txt", []byte(article))
	if code := Main([]string{"timex", "--dct", "2024-08-12", "--json", name}, f); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb)
	}
	var items []timexItem
	if err := json.Unmarshal(out.Bytes(), &items); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	want := map[string]string{"Aug. 12, 2024": "2024-08-12", "July 31, 2024": "2024-07-31", "Aug.1, 2024": "2024-08-01",
		"the 1960s": "196", "2009": "2009", "2020": "2020", "years": "PXY"}
	if len(items) != len(want) {
		t.Errorf("got %d expressions, want %d: %+v", len(items), len(want), items)
	}
	for _, it := range items {
		if article[it.Start:it.End] != it.Text {
			t.Errorf("offsets [%d,%d) give %q, text says %q", it.Start, it.End, article[it.Start:it.End], it.Text)
		}
		if v, ok := want[it.Text]; !ok || v != it.Value {
			t.Errorf("%q: got value %q, want %q", it.Text, it.Value, v)
		}
	}
}

func TestTimexTable(t *testing.T) {
	f, out, _ := testFactory(t, article)
	if code := Main([]string{"timex", "--dct", "2024-08-12", "-"}, f); code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if !strings.HasPrefix(lines[0], "START") || len(lines) != 8 {
		t.Fatalf("want a header and 7 rows, got:\n%s", out)
	}
	if !strings.Contains(lines[1], "2024-08-12") || !strings.Contains(lines[1], "Aug. 12, 2024") {
		t.Errorf("first row: %q", lines[1])
	}
}

func TestTimexEmptyAndErrors(t *testing.T) {
	f, out, errb := testFactory(t, "")
	empty := writeFile(t, f.Dir, "empty.txt", nil)
	if code := Main([]string{"timex", "--json", empty}, f); code != 0 || out.String() != "[]\n" {
		t.Errorf("empty file: exit %d, output %q, want 0 and []", code, out)
	}

	f, _, errb = testFactory(t, "")
	bin := writeFile(t, f.Dir, "x.bin", []byte("PK\x03\x04\x00\x00binary 2009"))
	if code := Main([]string{"timex", "--json", bin}, f); code != 1 || !strings.Contains(errb.String(), "binary") || !strings.Contains(errb.String(), "x.bin") {
		t.Errorf("binary file: exit %d, stderr %q", code, errb)
	}

	f, _, errb = testFactory(t, "")
	if code := Main([]string{"timex", "missing.txt"}, f); code != 1 || !strings.Contains(errb.String(), "missing.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, errb)
	}

	for _, args := range [][]string{{"timex"}, {"timex", "a", "b"}, {"timex", "--dct", "12/08/2024", "a.txt"}, {"timex", "--anchor", "sideways", "a.txt"}} {
		f, _, errb = testFactory(t, "")
		if code := Main(args, f); code != 2 || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q, want 2 and a message", args, code, errb)
		}
	}
}

func TestTimexInvalidUTF8(t *testing.T) {
	f, out, _ := testFactory(t, "")
	src := []byte("caf\xe9 \xff on July 31, 2024 \xc3")
	name := writeFile(t, f.Dir, "latin1.txt", src)
	if code := Main([]string{"timex", "--json", name}, f); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var items []timexItem
	if err := json.Unmarshal(out.Bytes(), &items); err != nil || len(items) != 1 || string(src[items[0].Start:items[0].End]) != "July 31, 2024" {
		t.Errorf("got %s (%v)", out, err)
	}
}

// Reading in small chunks must give the same result as reading at once,
// and a long line without any break must work.
func TestTimexChunks(t *testing.T) {
	var b strings.Builder
	for b.Len() < 300_000 {
		b.WriteString(article)
		b.WriteString("Nothing else happened that week. ")
	}
	b.WriteString(strings.Repeat("x", 100_000)) // one long word
	b.WriteString(" in 1999")
	for i := 0; i < 3000; i++ { // one long line of sentences with abbreviations
		b.WriteString(" The fund closed on Aug. 12, 2024. Dr. Lee left.")
	}
	src := b.String()
	run := func(chunk int) string {
		f, out, errb := testFactory(t, "")
		name := writeFile(t, f.Dir, "big.txt", []byte(src))
		o := &timexOptions{f: f, Path: name, DCT: "2024-08-12", JSON: true, Mode: "auto", ChunkSize: chunk}
		if err := runTimex(o); err != nil {
			t.Fatalf("chunk %d: %v (%s)", chunk, err, errb)
		}
		return out.String()
	}
	whole := run(1 << 30)
	if !json.Valid([]byte(whole)) {
		t.Fatal("output is not valid JSON")
	}
	for _, chunk := range []int{4096, 65536} {
		if got := run(chunk); got != whole {
			t.Errorf("chunk size %d changes the output (%d bytes vs %d)", chunk, len(got), len(whole))
		}
	}
	if !strings.Contains(whole, `"text":"1999"`) {
		t.Error("the year after the long word is missing")
	}
}

// appendItem must write what encoding/json writes, for any text.
func TestAppendItemMatchesEncodingJSON(t *testing.T) {
	for _, text := range []string{"July 31, 2024", `a "quoted" \ back`, "tab\tnew\nline\r", "<b>&amp;</b>", "caf\xe9 \xff", "l\u2028s\u2029", "\x00\x1f", "’60s — ok"} {
		it := timexItem{Start: 3, End: 99, Text: text, Type: "DATE", Value: "2024-07-31", Mod: "APPROX"}
		want, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendItem(nil, it); string(got) != string(want) {
			t.Errorf("%q:\n got %s\nwant %s", text, got, want)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	f.Add("July 31, 2024")
	f.Add("\xff<\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("%q: got %s want %s", s, got, want)
		}
	})
}

// Flags reach the options through the runF seam, without running anything.
func TestTimexFlags(t *testing.T) {
	f, _, _ := testFactory(t, "")
	var got *timexOptions
	cmd := newTimexCmd(f, func(o *timexOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--dct", "2024-08-12", "--json", "--anchor", "narrative", "--day-first", "notes.txt"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got == nil || got.Path != "notes.txt" || got.DCT != "2024-08-12" || !got.JSON || got.Mode != "narrative" || !got.DayFirst {
		t.Errorf("options: %+v", got)
	}
}
