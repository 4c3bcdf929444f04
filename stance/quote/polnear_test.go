package quote

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPolNeARDev is a regression guard on PolNeAR dev: a quick byte-overlap
// check of contents, looser than the shared scorer (tools/score_quotes.py),
// which remains the measure of record.
func TestPolNeARDev(t *testing.T) {
	dir := filepath.Join(sharedDir, "data/polnear/dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("PolNeAR dev not found in %s; it lives in ../shared beside the repository", dir)
	}
	var gold, goldHit, goldDirect, directHit, pred, predHit int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		golds := readContents(t, strings.TrimSuffix(f, ".txt")+".ann", text)
		qs := Extract(text, DefaultOptions)
		checkQuotes(t, text, qs)
		overlaps := func(a, b []Span) bool {
			for _, x := range a {
				for _, y := range b {
					if x.Start < y.End && y.Start < x.End {
						return true
					}
				}
			}
			return false
		}
		for _, g := range golds {
			gold++
			direct := isQuoteOpenAt(text, g[0].Start)
			if direct {
				goldDirect++
			}
			for _, q := range qs {
				if overlaps(g, q.Content) {
					goldHit++
					if direct {
						directHit++
					}
					break
				}
			}
		}
		for _, q := range qs {
			pred++
			for _, g := range golds {
				if overlaps(g, q.Content) {
					predHit++
					break
				}
			}
		}
	}
	recall := float64(goldHit) / float64(gold)
	precision := float64(predHit) / float64(pred)
	directRecall := float64(directHit) / float64(goldDirect)
	t.Logf("dev: %d gold, %d predicted; overlap recall %.3f, precision %.3f, direct recall %.3f", gold, pred, recall, precision, directRecall)
	if recall < 0.55 || precision < 0.90 || directRecall < 0.85 {
		t.Errorf("dev overlap: recall %.3f (want >= 0.55), precision %.3f (want >= 0.90), direct recall %.3f (want >= 0.85)",
			recall, precision, directRecall)
	}
}

// readContents reads the Content spans of a brat .ann file, converting its
// code-point offsets to byte offsets into text.
func readContents(t *testing.T, path, text string) [][]Span {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// byteAt[i] is the byte offset of code point i.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	var out [][]Span
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.SplitN(sc.Text(), "\t", 3)
		if len(fields) < 2 || !strings.HasPrefix(fields[1], "Content ") {
			continue
		}
		var spans []Span
		for _, r := range strings.Split(strings.TrimPrefix(fields[1], "Content "), ";") {
			a, b, ok := strings.Cut(r, " ")
			s, err1 := strconv.Atoi(a)
			e, err2 := strconv.Atoi(b)
			if !ok || err1 != nil || err2 != nil || s < 0 || e > utf8.RuneCountInString(text) || s >= e {
				t.Fatalf("%s: bad span %q", path, r)
			}
			spans = append(spans, Span{byteAt[s], byteAt[e]})
		}
		out = append(out, spans)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
