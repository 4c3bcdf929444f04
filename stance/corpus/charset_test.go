package corpus

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecodeText(t *testing.T) {
	// "He said “yes” – twice." in windows-1252: 0x93 and 0x94 are the
	// curly quotes, 0x96 the en dash.
	w1252 := []byte{'H', 'e', ' ', 's', 'a', 'i', 'd', ' ', 0x93, 'y', 'e', 's', 0x94, ' ', 0x96, ' ', 't', 'w', 'i', 'c', 'e', '.'}
	sjis, err := japanese.ShiftJIS.NewEncoder().String("東京都の知事は、新しい計画について「反対しない」と述べた。")
	if err != nil {
		t.Fatal(err)
	}
	cyrillic, err := charmap.Windows1251.NewEncoder().String("Министр заявил, что реформа необходима для экономики страны.")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, encoding string
		want, charset      string
		err                string
		line               int
	}{
		{name: "utf-8 kept", in: "He said “yes”.", want: "He said “yes”."},
		{name: "utf-8 byte order mark dropped", in: "\xef\xbb\xbfHello", want: "Hello"},
		{name: "windows-1252 curly quotes", in: string(w1252), want: "He said “yes” – twice.", charset: "windows-1252"},
		{name: "latin-1 accents", in: "caf\xe9 au lait, cr\xe8me br\xfbl\xe9e", want: "café au lait, crème brûlée", charset: "windows-1252"},
		{name: "one stray byte", in: "caf\xe9", want: "café", charset: "windows-1252"},
		{name: "shift_jis detected", in: sjis, want: "東京都の知事は、新しい計画について「反対しない」と述べた。", charset: "shift_jis"},
		{name: "windows-1251 detected", in: cyrillic, want: "Министр заявил, что реформа необходима для экономики страны.", charset: "windows-1251"},
		{name: "utf-16le byte order mark", in: "\xff\xfeH\x00i\x00\n\x00", want: "Hi\n", charset: "utf-16le"},
		{name: "utf-16be byte order mark", in: "\xfe\xff\x00H\x00i", want: "Hi", charset: "utf-16be"},
		{name: "byte order mark wins over the encoding", in: "\xff\xfeH\x00", encoding: "windows-1252", want: "H", charset: "utf-16le"},
		{name: "named windows-1252 on ASCII", in: "abc", encoding: "windows-1252", want: "abc", charset: "windows-1252"},
		{name: "latin1 is read as windows-1252", in: "\x93x\x94", encoding: "latin1", want: "“x”", charset: "windows-1252"},
		{name: "named utf-16 without byte order mark", in: "H\x00i\x00", encoding: "utf-16", want: "Hi", charset: "utf-16le"},
		{name: "named shift_jis", in: "\x93\x8c\x8b\x9e", encoding: "Shift_JIS", want: "東京", charset: "shift_jis"},
		{name: "named IANA-only encoding", in: "\x82", encoding: "ibm437", want: "é", charset: "ibm437"},
		{name: "named utf-8 refuses other bytes", in: "ok\ncaf\xe9", encoding: "utf-8",
			err: "invalid UTF-8 at byte 6; convert the file to UTF-8 (for example with iconv)", line: 2},
		{name: "DOS end-of-file mark", in: "caf\xe9\r\n\x1a", want: "café\r\n\x1a", charset: "windows-1252"},
		{name: "NUL is binary", in: "a\nb\x00c", err: "binary data, not text", line: 2},
		{name: "control bytes in what is not UTF-8 are binary", in: "\x01\x02\x80\x81", err: "binary data, not text", line: 1},
		{name: "NUL decoded from UTF-16 is binary", in: "\xff\xfeH\x00\x00\x00", err: "binary data, not text", line: 1},
		{name: "NUL in a named encoding is binary", in: "a\x00", encoding: "windows-1252", err: "binary data, not text", line: 1},
		{name: "unknown encoding", in: "a", encoding: "klingon", err: `unknown encoding "klingon"`},
		{name: "the replacement encoding is refused", in: "a", encoding: "replacement", err: `unknown encoding "replacement"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, charset, err := DecodeText([]byte(tt.in), tt.encoding)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err || lineOf(err) != tt.line {
					t.Fatalf("DecodeText = %q, %q, %v (line %d); want error %q at line %d", text, charset, err, lineOf(err), tt.err, tt.line)
				}
				return
			}
			if err != nil || text != tt.want || charset != tt.charset {
				t.Errorf("DecodeText = %q, %q, %v; want %q, %q", text, charset, err, tt.want, tt.charset)
			}
		})
	}
}

func TestDecodeTextSentinels(t *testing.T) {
	if _, _, err := DecodeText([]byte("x\x00"), ""); !errors.Is(err, ErrBinary) {
		t.Errorf("NUL: %v, want ErrBinary", err)
	}
	if _, _, err := DecodeText([]byte("\xe9"), "utf-8"); !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("utf-8: %v, want ErrInvalidUTF8", err)
	}
}

// TestDetectWindow: a long file whose first non-UTF-8 byte comes late is
// detected from the bytes around it, cut at line feeds.
func TestDetectWindow(t *testing.T) {
	line := strings.Repeat("plain ascii words ", 5) + "\n"
	data := []byte(strings.Repeat(line, 2*detectSample/len(line)) + "the \x93quoted\x94 part\n" + strings.Repeat(line, 2*detectSample/len(line)))
	w := detectWindow(data)
	if len(w) > detectSample || !strings.Contains(string(w), "\x93quoted\x94") {
		t.Fatalf("window of %d bytes does not hold the odd bytes", len(w))
	}
	if w[0] != 'p' || w[len(w)-1] != ' ' || len(w) < detectSample-len(line) {
		t.Errorf("window not cut at line feeds: starts %q, ends %q", w[:5], w[len(w)-5:])
	}
	text, charset, err := DecodeText(data, "")
	if err != nil || charset != "windows-1252" || !strings.Contains(text, "the “quoted” part") {
		t.Errorf("DecodeText: charset %q, err %v", charset, err)
	}
}

func TestTrimPartialRune(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"abc", "abc"}, {"ab\xe2\x80", "ab"}, {"ab\xe2\x80\x9c", "ab\xe2\x80\x9c"}, {"a\xf0", "a"}, {"a\x93", "a\x93"}, {"", ""},
	} {
		if got := string(trimPartialRune([]byte(tt.in))); got != tt.want {
			t.Errorf("trimPartialRune(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// read drains a corpus, returning its documents, error texts and notes.
func read(t *testing.T, paths []string, stdin string, opts Options) (docs []*Document, errs, notes []string) {
	t.Helper()
	opts.OnWarning = func(err error) {
		var de *DocError
		if !errors.As(err, &de) {
			t.Errorf("note %v is not a *DocError", err)
		}
		notes = append(notes, err.Error())
	}
	c := NewCorpusOptions(paths, strings.NewReader(stdin), opts)
	defer c.Close()
	for range 10000 {
		doc, err := c.Next()
		if err == io.EOF {
			return docs, errs, notes
		}
		if err != nil {
			var de *DocError
			if !errors.As(err, &de) {
				t.Fatalf("Next: error %v is not a *DocError", err)
			}
			errs = append(errs, err.Error())
			continue
		}
		docs = append(docs, doc)
	}
	t.Fatal("corpus did not end")
	return
}

// writeFiles writes name/content pairs into a new directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// summary is "ID[encoding]=text" for each document.
func summary(docs []*Document) string {
	var b strings.Builder
	for _, d := range docs {
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(d.ID)
		if d.Encoding != "" {
			b.WriteString("[" + d.Encoding + "]")
		}
		b.WriteString("=" + d.Text)
		if !utf8.ValidString(d.Text) {
			b.WriteString(" (INVALID UTF-8)")
		}
	}
	return b.String()
}

func TestCorpusEncodings(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(
		`{"id":"u1","text":"Hi “there”"}` + "\n" + `{"id":"u2","text":"Bye"}` + "\n")
	if err != nil {
		t.Fatal(err)
	}
	dir := writeFiles(t, map[string]string{
		"w1252.txt":   "He said \x93yes\x94.",
		"bom.txt":     "\xef\xbb\xbfWith a mark.",
		"utf16.jsonl": utf16,
		"mixed.jsonl": `{"id":"m1","text":"UTF-8 “quotes”"}` + "\n{\"id\":\"m2\",\"text\":\"Latin \x93quotes\x94\"}\n{\"id\":\"m3\",\"text\":\"more \xe9\"}\n",
		"head.jsonl":  "{\"id\":\"h1\",\"text\":\"caf\xe9 cr\xe8me\"}\n" + `{"id":"h2","text":"plain"}` + "\n",
		"w.csv":       "id,text\nc1,\"He said \x93no\x94\"\nc2,fine\n",
		"bom.csv":     "\xef\xbb\xbfid,text\nb1,marked\n",
		"bom.jsonl":   "\xef\xbb\xbf{\"id\":\"j1\",\"text\":\"marked\"}\n",
		// Detection alone takes this page for windows-1252: its few
		// Cyrillic bytes are drowned in English.
		"w1251.html": "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>\xcc\xe8\xf0</title></head>" +
			"<body><article><p>\xcc\xe8\xf0 \xe8 \xe4\xf0\xf3\xe6\xe1\xe0 - the minister said so at the council on Monday, and all agreed with him.</p></article></body></html>",
		"w1252.html": "<html><head><title>Caf\xe9</title></head><body><article><p>The mayor said \x93the plan is sound\x94 and the council agreed with her on every point raised.</p></article></body></html>",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name     string
		paths    []string
		stdin    string
		encoding string
		want     string
		errs     []string
		notes    []string
	}{
		{name: "windows-1252 file", paths: []string{p("w1252.txt")}, want: "w1252[windows-1252]=He said “yes”.",
			notes: []string{p("w1252.txt") + ": decoded as windows-1252 (not valid UTF-8)"}},
		{name: "byte order mark dropped silently", paths: []string{p("bom.txt"), p("bom.csv"), p("bom.jsonl")}, want: "bom=With a mark. | b1=marked | j1=marked"},
		{name: "UTF-16 JSONL split into lines after decoding", paths: []string{p("utf16.jsonl")}, want: "u1[utf-16le]=Hi “there” | u2[utf-16le]=Bye"},
		{name: "JSONL: UTF-8 lines kept, others decoded, noted once", paths: []string{p("mixed.jsonl")},
			want:  "m1=UTF-8 “quotes” | m2[windows-1252]=Latin “quotes” | m3[windows-1252]=more é",
			notes: []string{p("mixed.jsonl") + ":2: decoded as windows-1252 (not valid UTF-8)"}},
		{name: "JSONL: charset of the head", paths: []string{p("head.jsonl")},
			want:  "h1[windows-1252]=café crème | h2=plain",
			notes: []string{p("head.jsonl") + ":1: decoded as windows-1252 (not valid UTF-8)"}},
		{name: "CSV record decoded", paths: []string{p("w.csv")}, want: "c1[windows-1252]=He said “no” | c2=fine",
			notes: []string{p("w.csv") + ":2: decoded as windows-1252 (not valid UTF-8)"}},
		{name: "named utf-8 refuses a record", paths: []string{p("mixed.jsonl")}, encoding: "utf-8",
			want: "m1=UTF-8 “quotes”",
			errs: []string{p("mixed.jsonl") + ":2: invalid UTF-8: fix the encoding of this record", p("mixed.jsonl") + ":3: invalid UTF-8: fix the encoding of this record"}},
		{name: "named utf-8 refuses a file", paths: []string{p("w1252.txt")}, encoding: "utf-8",
			errs: []string{p("w1252.txt") + ":1: invalid UTF-8 at byte 8; convert the file to UTF-8 (for example with iconv)"}},
		{name: "named windows-1252 decodes every record, without a note", paths: []string{p("w.csv")}, encoding: "cp1252",
			want: "c1[windows-1252]=He said “no” | c2[windows-1252]=fine"},
		{name: "standard input", paths: []string{"-"}, stdin: "Caf\xe9 \x93open\x94", want: "stdin[windows-1252]=Café “open”",
			notes: []string{"-: decoded as windows-1252 (not valid UTF-8)"}},
		{name: "UTF-16 JSONL on standard input is sniffed", paths: []string{"-"}, stdin: utf16, want: "u1[utf-16le]=Hi “there” | u2[utf-16le]=Bye"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions
			opts.Encoding = tt.encoding
			docs, errs, notes := read(t, tt.paths, tt.stdin, opts)
			if got := summary(docs); got != tt.want {
				t.Errorf("documents\n got %s\nwant %s", got, tt.want)
			}
			if strings.Join(errs, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("errors\n got %q\nwant %q", errs, tt.errs)
			}
			if strings.Join(notes, "\n") != strings.Join(tt.notes, "\n") {
				t.Errorf("notes\n got %q\nwant %q", notes, tt.notes)
			}
		})
	}

	t.Run("HTML page with a declared charset", func(t *testing.T) {
		docs, errs, notes := read(t, []string{p("w1251.html")}, "", DefaultOptions)
		if len(docs) != 1 || docs[0].Title != "Мир" || docs[0].Encoding != "windows-1251" || !strings.HasPrefix(docs[0].Text, "Мир и дружба - the minister") {
			t.Fatalf("documents %s, errors %q", summary(docs), errs)
		}
		if want := p("w1251.html") + ": decoded as windows-1251 (not valid UTF-8)"; len(notes) != 1 || notes[0] != want {
			t.Errorf("notes %q, want %q", notes, want)
		}
	})
	t.Run("HTML page", func(t *testing.T) {
		docs, errs, notes := read(t, []string{p("w1252.html")}, "", DefaultOptions)
		if len(docs) != 1 || docs[0].Title != "Café" || docs[0].Encoding != "windows-1252" || !strings.Contains(docs[0].Text, "said “the plan is sound”") {
			t.Fatalf("documents %s, errors %q", summary(docs), errs)
		}
		if want := p("w1252.html") + ": decoded as windows-1252 (not valid UTF-8)"; len(notes) != 1 || notes[0] != want {
			t.Errorf("notes %q, want %q", notes, want)
		}
	})
}

// FuzzDecodeText checks that any bytes either decode to valid UTF-8
// without NUL or are refused as binary, and that UTF-8 is kept as it is.
func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"plain", "caf\xe9 \x93q\x94", "\xef\xbb\xbfbom", "\xff\xfeH\x00", "\xfe\xff\x00H\x00", "\xff\xfe\x00", "a\x00b", "\x1b$B", "\x82\xa0\x82\xa2"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, charset, err := DecodeText(data, "")
		if err != nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("%q: error %v is not ErrBinary", data, err)
			}
			return
		}
		if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 {
			t.Fatalf("%q: decoded to %q", data, text)
		}
		if utf8.Valid(data) && charset != "" {
			t.Fatalf("%q: valid UTF-8 decoded from %s", data, charset)
		}
		if charset == "" && text != strings.TrimPrefix(string(data), "\ufeff") {
			t.Fatalf("%q: UTF-8 changed to %q", data, text)
		}
	})
}
