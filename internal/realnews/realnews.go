// Package realnews reads the project's real-news evaluation set,
// data/realnews/labels.tsv: statements found in PolNeAR articles, stored
// as the article and byte offsets with their labels, never as text. The
// text is cut from the articles, which stay in ../shared.
package realnews

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// An Item is one labeled statement.
type Item struct {
	Doc           string // split/name of the article: folds are grouped by it
	Text          string // the statement, its spans joined by a space
	Stance, Topic string
	Statement     bool   // a real statement (labels "yes")
	Article       []byte // the whole article, shared by its items
}

// ErrNoArticles means an article of the set is not in polnearDir: the
// caller skips what needs ../shared.
var ErrNoArticles = errors.New("PolNeAR articles not found")

// Read reads the set from labels (the TSV file) with the articles under
// polnearDir (../shared/data/polnear). A missing article is
// ErrNoArticles; a malformed row is an error naming its line.
func Read(labels, polnearDir string) ([]Item, error) {
	f, err := os.Open(labels)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	articles := map[string][]byte{}
	var out []Item
	for line := 2; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 6 {
			return nil, fmt.Errorf("%s:%d: %d columns, want at least 6", labels, line, len(c))
		}
		doc := c[0] + "/" + c[1]
		art, ok := articles[doc]
		if !ok {
			if art, err = os.ReadFile(filepath.Join(polnearDir, c[0], c[1]+".txt")); err != nil {
				return nil, fmt.Errorf("%w: %v", ErrNoArticles, err)
			}
			articles[doc] = art
		}
		var parts []string
		for _, sp := range strings.Split(c[2], ";") {
			a, b, _ := strings.Cut(sp, "-")
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || lo < 0 || hi > len(art) || lo >= hi {
				return nil, fmt.Errorf("%s:%d: bad span %q", labels, line, sp)
			}
			parts = append(parts, string(art[lo:hi]))
		}
		out = append(out, Item{Doc: doc, Text: strings.Join(parts, " "), Stance: c[3], Topic: c[4], Statement: c[5] == "yes", Article: art})
	}
	return out, sc.Err()
}
