package quote

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance/internal/goldtest"
)

// The project's own gold articles (data/gold, built by
// data/tools/build_gold.py from data/gold/src): attributions in the brat
// standoff format of PolNeAR, with each one's canonical speaker, role,
// cue class and speaker type in an AnnotatorNotes line.

// goldAttr is one gold attribution.
type goldAttr struct {
	content []Span
	source  *Span
	speaker string
	role    string
	class   string
	typ     string
}

// goldDoc is one gold article.
type goldDoc struct {
	name  string
	style string
	text  string
	attrs []goldAttr
}

var (
	annSpan  = regexp.MustCompile(`^(T\d+)\t(\w+) ([\d ;]+)\t`)
	annEvent = regexp.MustCompile(`^(E\d+)\t\S+:T\d+((?: \S+:T\d+)*)\s*$`)
	annNote  = regexp.MustCompile(`^#\d+\tAnnotatorNotes (E\d+)\t(.*)$`)
)

// readGold reads the gold articles of dir.
func readGold(t testing.TB, dir string) []goldDoc {
	files, _ := filepath.Glob(filepath.Join(dir, "*.ann"))
	var docs []goldDoc
	for _, ann := range files {
		stem := strings.TrimSuffix(ann, ".ann")
		if !goldtest.Selected(t, filepath.Base(stem)) {
			continue
		}
		txt, err := os.ReadFile(stem + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		text := string(txt)
		// brat offsets count code points; ours count bytes.
		byteAt := make([]int, 0, len(text)+1)
		for i := range text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(text))
		b, err := os.ReadFile(ann)
		if err != nil {
			t.Fatal(err)
		}
		spans := map[string][]Span{}
		type event struct {
			id    string
			roles [][2]string
		}
		var events []event
		notes := map[string]map[string]string{}
		for _, line := range strings.Split(string(b), "\n") {
			if m := annSpan.FindStringSubmatch(line); m != nil {
				for _, p := range strings.Split(m[3], ";") {
					var a, z int
					fmt.Sscan(p, &a, &z)
					if a < 0 || z >= len(byteAt) || a > z {
						t.Fatalf("%s: span %q out of range", ann, p)
					}
					spans[m[1]] = append(spans[m[1]], Span{byteAt[a], byteAt[z]})
				}
			} else if m := annEvent.FindStringSubmatch(line); m != nil {
				ev := event{id: m[1]}
				for _, r := range strings.Fields(m[2]) {
					role, tid, _ := strings.Cut(r, ":")
					ev.roles = append(ev.roles, [2]string{role, tid})
				}
				events = append(events, ev)
			} else if m := annNote.FindStringSubmatch(line); m != nil {
				kv := map[string]string{}
				for _, part := range strings.Split(m[2], ";") {
					k, v, _ := strings.Cut(part, "=")
					kv[strings.TrimSpace(k)] = strings.TrimSpace(v)
				}
				notes[m[1]] = kv
			}
		}
		d := goldDoc{name: filepath.Base(stem), text: text}
		bare := strings.TrimPrefix(d.name, "heldout-")
		if i := strings.IndexByte(bare, '-'); i > 0 && strings.Trim(bare[:i], "0123456789") == "" {
			bare = bare[i+1:] // "heldout-3-sport-..." is a batch number, then the style
		}
		for _, style := range []string{"uk-broadsheet", "uk-tabloid", "us-wire", "sport", "business", "tech", "culture", "feature", "qa", "liveblog-html"} {
			if strings.HasPrefix(bare, style+"-") {
				d.style = style
			}
		}
		for _, ev := range events {
			var a goldAttr
			for _, r := range ev.roles {
				switch r[0] {
				case "Content":
					a.content = append(a.content, spans[r[1]]...)
				case "Source":
					s := spans[r[1]][0]
					a.source = &s
				}
			}
			n := notes[ev.id]
			a.speaker, a.role, a.class, a.typ = n["speaker"], n["role"], n["class"], n["type"]
			d.attrs = append(d.attrs, a)
		}
		docs = append(docs, d)
	}
	return docs
}

// goldScores are the measures of the extractor on gold articles.
type goldScores struct {
	gold, pred          int // attributions, predicted quotes
	goldMatched         int // gold attributions with a matching prediction
	predMatched         int // predictions matching a gold attribution
	rightSpeaker        int // matched predictions whose speaker is the gold speaker's person
	cleanSpeaker        int // ... and spelled exactly as the canonical name
	withSpeaker         int // matched predictions whose gold names a speaker
	roleGold, roleFound int // matched gold attributions stating a role; with the role found
	// What per-speaker summaries count: predictions marked Statement, and
	// gold attributions of a position (speech, writing, belief).
	stmts, stmtReal, stmtRight int // statements; matching a gold position; with the right speaker
	goldPos, goldPosFound      int // gold positions; found as a statement
	errors                     []string
}

// isPosition reports whether a gold class is a position a summary counts.
func isPosition(class string) bool {
	return class == "speech" || class == "writing" || class == "belief"
}

func (s goldScores) ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreGold matches the quotes of each article to its gold attributions,
// one to one, by the most content bytes in common.
func scoreGold(docs []goldDoc, opts Options) goldScores {
	var s goldScores
	for _, d := range docs {
		qs := Extract(d.text, opts)
		s.gold += len(d.attrs)
		s.pred += len(qs)
		type pair struct{ g, p, overlap int }
		var pairs []pair
		for gi, g := range d.attrs {
			for pi, q := range qs {
				if n := spanOverlap(g.content, q.Content); n > 0 {
					pairs = append(pairs, pair{gi, pi, n})
				}
			}
		}
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].overlap > pairs[j].overlap })
		gUsed, pUsed := map[int]bool{}, map[int]bool{}
		for _, q := range qs {
			if q.Statement {
				s.stmts++
			}
		}
		for _, g := range d.attrs {
			if isPosition(g.class) {
				s.goldPos++
			}
		}
		for _, pr := range pairs {
			if gUsed[pr.g] || pUsed[pr.p] {
				continue
			}
			gUsed[pr.g], pUsed[pr.p] = true, true
			g, q := d.attrs[pr.g], qs[pr.p]
			if q.Statement && isPosition(g.class) {
				s.stmtReal++
				s.goldPosFound++
				if sameSpeaker(q.Speaker, g.speaker) {
					s.stmtRight++
				}
			} else if q.Statement {
				s.errors = append(s.errors, fmt.Sprintf("%s: counted a %s (gold %s) as a statement: %.80q", d.name, q.Class, g.class, q.Text))
			} else if isPosition(g.class) {
				s.errors = append(s.errors, fmt.Sprintf("%s: not counted (%s): gold %s by %q: %.80q", d.name, q.Class, g.class, g.speaker, q.Text))
			}
			s.goldMatched++
			s.predMatched++
			right := sameSpeaker(q.Speaker, g.speaker)
			if g.speaker != "" {
				s.withSpeaker++
			}
			if right {
				s.rightSpeaker++
				if q.Speaker == g.speaker {
					s.cleanSpeaker++
				}
			} else {
				s.errors = append(s.errors, fmt.Sprintf("%s: speaker %q, want %q (%s): %.60q", d.name, q.Speaker, g.speaker, g.class, q.Text))
			}
			if g.role != "" {
				s.roleGold++
				if sameRole(q.Role, g.role) {
					s.roleFound++
				} else {
					s.errors = append(s.errors, fmt.Sprintf("%s: role %q, want %q (speaker %q)", d.name, q.Role, g.role, g.speaker))
				}
			}
		}
		for pi, q := range qs {
			if !pUsed[pi] {
				s.errors = append(s.errors, fmt.Sprintf("%s: not in the gold (statement %v, %s): %q by %q: %.80q", d.name, q.Statement, q.Class, q.Kind, q.Speaker, q.Text))
			}
		}
		for gi, g := range d.attrs {
			if !gUsed[gi] {
				s.errors = append(s.errors, fmt.Sprintf("%s: missed %s by %q: %.80q", d.name, g.class, g.speaker, g.content[0].Text(d.text)))
			}
		}
	}
	return s
}

// spanOverlap counts the bytes two sets of spans share.
func spanOverlap(a, b []Span) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if lo, hi := max(x.Start, y.Start), min(x.End, y.End); lo < hi {
				n += hi - lo
			}
		}
	}
	return n
}

// sameSpeaker reports whether a predicted speaker names the gold speaker's
// person: the same name, or the same surname without a different first
// name; with no gold speaker, no predicted one.
func sameSpeaker(pred, gold string) bool {
	if gold == "" {
		return pred == ""
	}
	p, g := strings.Fields(strings.ToLower(pred)), strings.Fields(strings.ToLower(gold))
	if len(p) == 0 {
		return false
	}
	// A company's legal form is no part of its canonical name (Quote.Speaker
	// drops it): "Old Carrick Distilling Co." is Old Carrick Distilling.
	p, g = withoutLegalForm(p), withoutLegalForm(g)
	if strings.EqualFold(pred, gold) {
		return true
	}
	// A group (its gold name opens in lower case): the same head noun, the
	// last word before its place ("drivers in Wellawatte" and "drivers";
	// "leaders in the Ashanti region" of "farmers' leaders in the Ashanti
	// region"), and the same place when both name one ("drivers in
	// Colombo" is not "drivers in Wellawatte").
	if gf := strings.Fields(gold); strings.ToLower(gf[0]) == gf[0] {
		split := func(f []string) (string, string) {
			for i, w := range f {
				if i > 0 && (w == "in" || w == "of" || w == "at" || w == "on" || w == "from") {
					return f[i-1], strings.Join(f[i:], " ")
				}
			}
			return f[len(f)-1], ""
		}
		ph, pp := split(p)
		gh, gp := split(g)
		return ph == gh && (pp == "" || gp == "" || pp == gp)
	}
	// Else the same last word.
	if p[len(p)-1] != g[len(g)-1] {
		return false
	}
	// A person: no first name that differs.
	return len(p) == 1 || len(g) == 1 || p[0] == g[0]
}

// withoutLegalForm returns the words of a name without a company's legal
// form at its end.
func withoutLegalForm(f []string) []string {
	for len(f) > 1 && legalForms[strings.Trim(f[len(f)-1], ",.")] {
		f = f[:len(f)-1]
	}
	return f
}

// sameRole reports whether a predicted role holds at least half of the
// gold role's words.
func sameRole(pred, gold string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return r == ' ' || r == ',' || r == '\'' || r == '’'
		})
	}
	have := map[string]bool{}
	for _, w := range words(pred) {
		have[w] = true
	}
	g := words(gold)
	n := 0
	for _, w := range g {
		if have[w] {
			n++
		}
	}
	return len(g) > 0 && 2*n >= len(g)
}

// TestGoldArticles measures the extractor on the project's gold articles,
// written in many house styles: recall, precision of statements, the
// right speaker, clean names and roles. Set STANCE_GOLD_ERRORS=1 to list
// every error.
func TestGoldArticles(t *testing.T) {
	docs := readGold(t, filepath.Join("..", "..", "data", "gold"))
	if len(docs) == 0 {
		t.Skip("no gold articles in data/gold")
	}
	// As a summary reads them: continuation paragraphs included.
	opts := DefaultOptions
	opts.Continuations = true
	s := scoreGold(docs, opts)
	styles := map[string]int{}
	for _, d := range docs {
		styles[d.style]++
	}
	t.Logf("%d gold articles (%v), %d attributions, %d predicted", len(docs), styles, s.gold, s.pred)
	t.Logf("recall %.3f, precision %.3f, right speaker %.3f of matched (clean %.3f), statement with right speaker %.3f of predicted, role recall %.3f (%d/%d)",
		s.ratio(s.goldMatched, s.gold), s.ratio(s.predMatched, s.pred),
		s.ratio(s.rightSpeaker, s.predMatched), s.ratio(s.cleanSpeaker, s.predMatched),
		s.ratio(s.rightSpeaker, s.pred), s.ratio(s.roleFound, s.roleGold), s.roleFound, s.roleGold)
	t.Logf("statements (what summaries count): %d; precision %.3f, with the right speaker %.3f; recall of gold positions %.3f (%d/%d)",
		s.stmts, s.ratio(s.stmtReal, s.stmts), s.ratio(s.stmtRight, s.stmts), s.ratio(s.goldPosFound, s.goldPos), s.goldPosFound, s.goldPos)
	if v, _ := strconv.ParseBool(os.Getenv("STANCE_GOLD_ERRORS")); v {
		for _, e := range s.errors {
			t.Log(e)
		}
	}
	// Floors a little below today's figures: a change that loses ground
	// on the project's own articles fails here. They hold on the articles
	// the rules were tuned on; the held-out ones (heldout-*) are measured,
	// not floored.
	var tuned []goldDoc
	for _, d := range docs {
		if !strings.HasPrefix(d.name, "heldout-") {
			tuned = append(tuned, d)
		}
	}
	if len(tuned) == 0 {
		return
	}
	ts := scoreGold(tuned, opts)
	for _, f := range []struct {
		what      string
		got, want float64
	}{
		{"statement precision", ts.ratio(ts.stmtReal, ts.stmts), 0.95},
		{"statements with the right speaker", ts.ratio(ts.stmtRight, ts.stmts), 0.87},
		{"recall of gold positions", ts.ratio(ts.goldPosFound, ts.goldPos), 0.85},
		{"right speaker of matched", ts.ratio(ts.rightSpeaker, ts.predMatched), 0.89},
		{"role recall", ts.ratio(ts.roleFound, ts.roleGold), 0.90},
	} {
		if f.got < f.want {
			t.Errorf("%s %.3f, want at least %.2f", f.what, f.got, f.want)
		}
	}
}
