package train

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance/corpus"
	"github.com/stancekit/stancekit/stance/nb"
)

// readAll reads every record of in, returning the good ones and the
// error texts.
func readAll(t testing.TB, name, in string, f Fields) ([]Record, []string) {
	t.Helper()
	r := NewReader(strings.NewReader(in), name, f)
	var recs []Record
	var errs []string
	for range 10000 {
		rec, err := r.Read()
		if err == io.EOF {
			return recs, errs
		}
		var pe *corpus.DocError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("non-record error %v", err)
		}
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		recs = append(recs, rec)
	}
	t.Fatal("reader does not end")
	return nil, nil
}

func TestReader(t *testing.T) {
	f := DefaultFields("stance")
	tests := []struct {
		name, file, in string
		want           []nb.Example
		lines          []int
		errs           []string
	}{
		{
			name: "jsonl", file: "q.jsonl",
			in:    "{\"text\": \"We back it\", \"stance\": \"support\", \"target\": \"plan\"}\n\n{\"stance\":\"oppose\",\"text\":\"No \\\"way\\\" \\u00e9\\ud83d\\ude00\"}\r\n",
			want:  []nb.Example{{Text: "We back it", Label: "support", Target: "plan"}, {Text: "No \"way\" é😀", Label: "oppose"}},
			lines: []int{1, 3},
		},
		{
			name: "jsonl problems", file: "q.jsonl",
			in: `{"text": "ok", "stance": "neutral"}` + "\n" +
				`{"text": "broken", "stance": ` + "\n" +
				`{"stance": "support"}` + "\n" +
				`{"text": "no label", "stance": ""}` + "\n" +
				`["text"]` + "\n" +
				`{"text": "numbers", "stance": 3}` + "\n" +
				`{"text": 5, "stance": "support"}` + "\n" +
				`{"text": "yes", "stance": "support", "target": true}` + "\n" +
				`{"text": "null target", "stance": "oppose", "target": null}` + "\n",
			want:  []nb.Example{{Text: "ok", Label: "neutral"}, {Text: "null target", Label: "oppose"}},
			lines: []int{1, 9},
			errs: []string{
				"q.jsonl:2: malformed record: invalid JSON at column 29: unexpected end of JSON input",
				`q.jsonl:3: missing field: no "text" field`,
				`q.jsonl:4: missing field: empty "stance" field`,
				"q.jsonl:5: malformed record: not a JSON object: json: cannot unmarshal array into Go value of type map[string]json.RawMessage",
				`q.jsonl:6: malformed record: field "stance" should be a string, not a JSON number`,
				`q.jsonl:7: malformed record: field "text" should be a string, not a JSON number`,
				`q.jsonl:8: malformed record: field "target" should be a string, not a JSON boolean`,
			},
		},
		{
			name: "csv", file: "q.csv",
			in:    "id,text,stance\n1,\"We back it, fully\",support\n2,\"two\nlines\",oppose\n3,missing label\n",
			want:  []nb.Example{{Text: "We back it, fully", Label: "support"}, {Text: "two\nlines", Label: "oppose"}},
			lines: []int{2, 3},
			errs:  []string{`q.csv:5: missing field: no "stance" field`},
		},
		{
			name: "csv bad quote", file: "q.csv",
			in:    "text,stance\n\"unterminated,support\n",
			errs:  []string{`q.csv:2: malformed record: extraneous or missing " in quoted-field`},
			lines: nil,
		},
		{
			name: "csv no label column", file: "q.csv",
			in:   "text,topic\nhello,x\n",
			errs: []string{`q.csv:1: missing field: the header has no "stance" column`},
		},
		{name: "empty jsonl", file: "e.jsonl", in: "", errs: []string{"e.jsonl: no records"}},
		{name: "blank jsonl", file: "e.jsonl", in: "\n  \n", errs: []string{"e.jsonl: no records"}},
		{name: "empty csv", file: "e.csv", in: "", errs: []string{"e.csv: no records"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, errs := readAll(t, tt.file, tt.in, f)
			if len(recs) != len(tt.want) {
				t.Fatalf("got %d records %+v, want %d", len(recs), recs, len(tt.want))
			}
			for i, r := range recs {
				if r.Example != tt.want[i] || r.Line != tt.lines[i] {
					t.Errorf("record %d = %+v line %d, want %+v line %d", i, r.Example, r.Line, tt.want[i], tt.lines[i])
				}
			}
			if strings.Join(errs, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("errors\n got %q\nwant %q", errs, tt.errs)
			}
		})
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	os.WriteFile(a, []byte(`{"text":"x","topic":"t1"}`+"\n"+`{"text":"y"}`+"\n"), 0o644)
	ds, err := ReadFiles([]string{a, "-"}, strings.NewReader(`{"text":"z","topic":"t2"}`), DefaultFields("topic"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Examples) != 2 || ds.Pos[1] != (Position{"-", 1}) || len(ds.Problems) != 1 {
		t.Errorf("examples %v pos %v problems %v", ds.Examples, ds.Pos, ds.Problems)
	}
	if ds.Info.Bytes != 64 || len(ds.Info.SHA256) != 64 || ds.Info.Files[0] != "a.jsonl" {
		t.Errorf("info %+v", ds.Info)
	}
}

// FuzzDecodeFlat checks the JSON fast path against encoding/json: when it
// accepts a line, encoding/json must accept it too, with the same values.
func FuzzDecodeFlat(f *testing.F) {
	for _, s := range []string{
		`{"text": "a\nb \u00e9 \ud83d\ude00", "stance": "x"}`, `{}`, ` { "a" : "b" } `, `{"text":"x","text":"y"}`,
		`{"text": "\ud800"}`, `{"text": 1}`, `{"text": "a"`, "{\"text\": \"\xff\"}", `{"text": "tab	in"}`,
	} {
		f.Add([]byte(s))
	}
	want := []string{"text", "stance", ""}
	f.Fuzz(func(t *testing.T, b []byte) {
		vals, ok := decodeFlat(b, want)
		slow, err := decodeSlow(b, want)
		if !ok {
			return
		}
		if err != nil {
			t.Fatalf("fast path accepted %q; encoding/json: %v", b, err)
		}
		for i := range want {
			if (vals[i] == nil) != (slow[i] == nil) || vals[i] != nil && *vals[i] != *slow[i] {
				t.Fatalf("%q: field %q fast %v slow %v", b, want[i], show(vals[i]), show(slow[i]))
			}
		}
		if !json.Valid(b) {
			t.Fatalf("fast path accepted invalid JSON %q", b)
		}
	})
}

func show(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%q", *s)
}

// FuzzReader checks that no input makes the labeled-data reader panic or
// loop, in either format.
func FuzzReader(f *testing.F) {
	f.Add("{\"text\": \"a\", \"stance\": \"b\"}\n{bad\n")
	f.Add("text,stance\n\"a\",b\nc\n")
	f.Fuzz(func(t *testing.T, in string) {
		for _, name := range []string{"f.jsonl", "f.csv"} {
			r := NewReader(strings.NewReader(in), name, DefaultFields("stance"))
			for n := 0; ; n++ {
				if n > len(in)+2 {
					t.Fatalf("%s: more records than lines", name)
				}
				rec, err := r.Read()
				if err == io.EOF {
					break
				}
				var pe *corpus.DocError
				if err != nil && !errors.As(err, &pe) {
					break
				}
				if err == nil && (rec.Text == "" || rec.Label == "") {
					t.Fatalf("%s: record without text or label: %+v", name, rec)
				}
			}
		}
	})
}

func TestScore(t *testing.T) {
	gold := []string{"a", "a", "a", "b", "b", "c"}
	pred := []string{"a", "a", "b", "b", "c", "c"}
	r := Score(gold, pred, []string{"d"})
	// a: P 1 R 2/3 F .8; b: P .5 R .5 F .5; c: P .5 R 1 F 2/3; d: 0.
	want := (0.8 + 0.5 + 2.0/3 + 0) / 4
	if r.N != 6 || r.Accuracy != 4.0/6 || !near(r.MacroF1, want) || r.Confusion["b"]["c"] != 1 || r.Classes["c"].Support != 1 {
		t.Errorf("Score = %+v, want macro-F1 %v", r, want)
	}
	js, _ := json.Marshal(Score([]string{"x"}, []string{"x"}, nil))
	if got := string(js); got != `{"n":1,"accuracy":1,"macro_f1":1,"classes":{"x":{"precision":1,"recall":1,"f1":1,"support":1}},"confusion":{"x":{"x":1}}}` {
		t.Errorf("JSON %s", got)
	}
}

func near(a, b float64) bool { return a-b < 1e-12 && b-a < 1e-12 }

func TestFolds(t *testing.T) {
	var labels []string
	for i := range 103 {
		labels = append(labels, []string{"a", "a", "b", "c"}[i%4])
	}
	f1, f2 := Folds(labels, 5, 1), Folds(labels, 5, 1)
	per := map[[2]any]int{}
	for i := range labels {
		if f1[i] != f2[i] {
			t.Fatal("Folds is not deterministic")
		}
		per[[2]any{f1[i], labels[i]}]++
	}
	for k, n := range per {
		if want := map[string]int{"a": 52, "b": 26, "c": 25}[k[1].(string)] / 5; n < want || n > want+1 {
			t.Errorf("fold %v label %v has %d examples, want about %d", k[0], k[1], n, want)
		}
	}
}

func TestSaveModel(t *testing.T) {
	dir := t.TempDir()
	c, err := nb.TrainClassifier([]nb.Example{{Text: "good", Label: "p"}, {Text: "bad", Label: "n"}}, nb.DefaultTrainOptions)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "m.model")
	if err := SaveModel(path, c); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d files, want only the model", len(entries))
	}
	c2, err := LoadModel(path)
	if err != nil || c2.Predict("good").Label != "p" {
		t.Errorf("LoadModel = %v, %v", c2, err)
	}
	if err := SaveModel(filepath.Join(dir, "no", "such", "dir", "m"), c); err == nil {
		t.Error("SaveModel into a missing directory: no error")
	}
	os.WriteFile(path, []byte("junk"), 0o644)
	if _, err := LoadModel(path); !errors.Is(err, nb.ErrModelFormat) {
		t.Errorf("LoadModel(junk) = %v, want ErrModelFormat", err)
	}
}
