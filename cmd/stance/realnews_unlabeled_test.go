package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/internal/realnews"
	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/stance/quote"
	"github.com/stancekit/stancekit/train"
)

var realNews = flag.Bool("realnews", false, "run TestRealNewsUnlabeled, which trains several stance models (about a minute)")

// polnearDir holds the PolNeAR articles of the real-news set, beside the
// repository.
const polnearDir = "../../../shared/data/polnear"

// TestRealNewsUnlabeled measures what "stance train --unlabeled" buys on
// the real-news set (data/realnews/labels.tsv, as models.TestRealNewsStance
// reads it): the stance model is trained on data/labeled/quotes.jsonl with
// the embedded model's settings (those make model's --select chose; the
// selection never sees unlabeled texts), without unlabeled statements and
// with the statements of the PolNeAR train articles that are not in the
// set, then each model scores the set's statements. Articles of the set,
// articles identical to one of them and articles holding one of its
// statements word for word are left out, so no statement of the set is
// learned from. The control row, weight 1e-6, takes the unlabeled
// statements' vocabulary and document frequencies with next to no EM
// counts. It logs the figures and fails only if the models cannot be
// trained.
//
//	go test ./cmd/stance -run RealNewsUnlabeled -realnews -v
func TestRealNewsUnlabeled(t *testing.T) {
	if !*realNews {
		t.Skip("trains several models; run with -realnews")
	}
	items, docs := readRealNewsSet(t)
	dir := t.TempDir()
	articles := filepath.Join(dir, "articles")
	nArticles, nStatements := unlabeledArticles(t, items, docs, articles)
	t.Logf("unlabeled: %d PolNeAR train articles, %d statements", nArticles, nStatements)

	emb, err := models.DefaultStance()
	if err != nil {
		t.Fatal(err)
	}
	m := emb.Meta()
	settings := []string{"--method", string(m.Method), "--alpha", strconv.FormatFloat(m.Alpha, 'g', -1, 64),
		"--weighting", string(m.Features.Weighting), "--ngrams", strconv.Itoa(m.Features.NGrams),
		"--negation=" + strconv.FormatBool(m.Features.Negation), "--stop-words=" + strconv.FormatBool(m.Features.StopWords),
		"--contrast=" + strconv.FormatBool(m.Features.Contrast)}
	var gold []string
	for _, it := range items {
		gold = append(gold, it.Stance)
	}
	for _, row := range []struct{ name, weight string }{
		{"labeled only", ""}, {"--unlabeled (weight auto)", "auto"}, {"control: weight 1e-6", "0.000001"}, {"weight 0.1", "0.1"},
	} {
		model := filepath.Join(dir, "m.model")
		args := append([]string{"train", "-q", "--label", "stance", "--kfold", "5", "-o", model}, settings...)
		if row.weight != "" {
			args = append(args, "--unlabeled", articles, "--unlabeled-weight", row.weight)
		}
		args = append(args, "../../data/labeled/quotes.jsonl")
		code, stdout, stderr := runCLI(t, "", args...)
		if code != 0 && !(code == 1 && strings.Contains(stderr, "lowers the cross-validated macro-F1")) {
			t.Fatalf("%s: exit %d: %s", row.name, code, stderr)
		}
		c, err := train.LoadModel(model)
		if err != nil {
			t.Fatal(err)
		}
		var preds []nb.Prediction
		for _, it := range items {
			preds = append(preds, c.Predict(it.Text))
		}
		r := train.ScoreProbs(gold, preds, c.Labels())
		em := "no EM"
		if e := c.Meta().EM; e != nil {
			em = fmt.Sprintf("weight %g, %d iterations", e.Lambda, e.Iterations)
		}
		t.Logf("%-26s real news: macro-F1 %.4f, accuracy %.4f, ECE %.4f, log loss %.4f; %d-fold CV macro-F1 %.4f; %s",
			row.name, r.MacroF1, r.Accuracy, r.ECE, r.LogLoss, c.Meta().CV.Folds, c.Meta().CV.MacroF1, em)
		for _, line := range strings.Split(stdout, "\n") {
			if strings.HasPrefix(line, "weights tried") || strings.HasPrefix(line, "without the unlabeled") {
				t.Logf("  %s", line)
			}
		}
	}
}

// readRealNewsSet reads the real statements of the real-news set
// (internal/realnews) and the texts of all its articles by "split/name".
func readRealNewsSet(t *testing.T) ([]realnews.Item, map[string][]byte) {
	all, err := realnews.Read("../../data/realnews/labels.tsv", polnearDir)
	if errors.Is(err, realnews.ErrNoArticles) {
		t.Skipf("%v; it lives in ../shared beside the repository", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string][]byte{}
	var out []realnews.Item
	for _, it := range all {
		docs[it.Doc] = it.Article
		if it.Statement {
			out = append(out, it)
		}
	}
	return out, docs
}

// unlabeledArticles copies to dir the PolNeAR train articles that share
// nothing with the real-news set: not one of its articles, not identical
// to one, and holding none of its statements. It returns how many
// articles it copied and the statements the extractor finds in them.
func unlabeledArticles(t *testing.T, items []realnews.Item, docs map[string][]byte, dir string) (int, int) {
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	texts := map[string]bool{}
	for _, d := range docs {
		texts[string(d)] = true
	}
	statements := map[string]bool{}
	for _, it := range items {
		statements[it.Text] = true
	}
	paths, err := filepath.Glob(filepath.Join(polnearDir, "train", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no PolNeAR train articles (%v)", err)
	}
	slices.Sort(paths)
	articles, n := 0, 0
	for _, p := range paths {
		key := "train/" + strings.TrimSuffix(filepath.Base(p), ".txt")
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := docs[key]; ok || texts[string(b)] {
			continue
		}
		qs := quote.Extract(string(b), stance.StatementOptions)
		if slices.ContainsFunc(qs, func(q quote.Quote) bool { return statements[q.Text] }) {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
		articles++
		n += len(qs)
	}
	return articles, n
}
