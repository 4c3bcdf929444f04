package corpus

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSizeAndBytesRead checks that a corpus read to the end has read
// exactly the Size announced before the run, with whole files, a JSONL
// corpus streamed record by record, a missing file and a bad one.
func TestSizeAndBytesRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.txt", "\"We will build it,\" said Anna Berg.\n")
	write("b.jsonl", strings.Repeat(`{"id":"x","text":"Some words here."}`+"\n", 500)+"not json\n")
	write("c.txt", "")           // empty: a warning, still counted
	write("skip.bin", "ignored") // not walked
	single := write("d.txt", "Plain text, no quotes.\n")
	paths := []string{dir, single, filepath.Join(dir, "missing.txt")}
	total, known := Size(paths)
	var want int64
	for _, n := range []string{"a.txt", "b.jsonl", "c.txt", "d.txt", "d.txt"} { // d.txt walked and named
		fi, _ := os.Stat(filepath.Join(dir, n))
		want += fi.Size()
	}
	if !known || total != want {
		t.Fatalf("Size = %d, %v; want %d, true", total, known, want)
	}
	c := NewCorpus(paths, nil)
	defer c.Close()
	var mid int64
	for docs := 0; ; docs++ {
		_, err := c.Next()
		if err == io.EOF {
			break
		}
		if docs == 100 {
			mid = c.BytesRead()
		}
	}
	if got := c.BytesRead(); got != total {
		t.Errorf("BytesRead at the end = %d, want %d", got, total)
	}
	if mid <= 0 || mid >= total {
		t.Errorf("BytesRead mid-way = %d, want between 0 and %d", mid, total)
	}
	if _, known := Size([]string{"-"}); known {
		t.Error("Size of standard input is known")
	}
}
