package realnews

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "polnear", "dev"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "polnear", "dev", "a.txt"), []byte("Title\n\nThe mayor said the ferry would run."), 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(rows ...string) string {
		p := filepath.Join(dir, "labels.tsv")
		if err := os.WriteFile(p, []byte("split\tdoc\tcontent\tstance\ttopic\tstatement\tagreed\n"+strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	items, err := Read(write("dev\ta\t22-25;26-31\tneutral\tpolitics\tyes\tyes"), filepath.Join(dir, "polnear"))
	if err != nil || len(items) != 1 || items[0].Text != "the ferry" || items[0].Doc != "dev/a" || !items[0].Statement || items[0].Topic != "politics" {
		t.Fatalf("Read = %+v, %v", items, err)
	}
	if _, err := Read(write("dev\ta\t16-99\tneutral\tpolitics\tyes\tyes"), filepath.Join(dir, "polnear")); err == nil || !strings.Contains(err.Error(), ":2: bad span") {
		t.Errorf("a span past the article: %v", err)
	}
	if _, err := Read(write("dev\tmissing\t1-2\tneutral\tpolitics\tyes\tyes"), filepath.Join(dir, "polnear")); !errors.Is(err, ErrNoArticles) {
		t.Errorf("a missing article: %v, want ErrNoArticles", err)
	}
}
