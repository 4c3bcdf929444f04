package quote

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestExtractWindowed checks that a document walked with a window gives
// the Quotes it gives when kept whole, on PolNeAR (or the package's own
// fixtures) and on texts made to stretch the window: a statement over many
// units, transcript paragraphs, a lead-in waiting for its content.
func TestExtractWindowed(t *testing.T) {
	texts := benchTexts(t)
	if len(texts) > 100 {
		texts = texts[:100]
	}
	if dev, _ := filepath.Glob(filepath.Join(sharedDir, "data/polnear/dev/*.txt")); len(dev) > 0 && !testing.Short() {
		texts = append(texts, readTexts(t, dev)...)
	}
	texts = append(texts,
		`"A," she said. "B." "C." "D."`+"\n"+`"E," Ruiz said. "F."`,
		"WALLACE: Is it late? Is it early? It is late.\nTRUMP: It is.\n\nRuiz continued:\n\"We go.\"",
		"Ruiz said:\n\nWALLACE: We stay. We go.\n\n\"We go.\"",
		"Ruiz continued:\n\"We go.\" Lund said. She added that \"it is late\".",
		"Q: Why?\nBrandt: Because. It is so.\nQ: When?\nBrandt: Now.",
		"Asked whether it was late, Ruiz continued:\n\"Yes.\"",
		strings.Repeat("Mayor Ana Ruiz said the port is open. She said so. \"It is,\" Lund added. ", 40),
		// sentence-opening pronouns that name no one still count toward
		// the antecedent reach, in a window as in the whole document
		"Tom Hale spoke on Monday. She left early. "+manyNames(59)+" voted. "+strings.Repeat("\"Rain fell on the "+strings.Repeat("hills and the ", 16)+"fields,\" it said. ", 8)+"\"Yes,\" he said.",
		// an opening participle phrase looks for its comma only in its
		// own sentence, not in the next paragraph
		"Headline\n\nSpeaking about the plan Ana Ruiz took the stage and said it was rotten\n\nin the end, she left.",
		// a place's officeholder lede and a list after a colon read
		// their paragraph from the offsets, not from the units a window
		// may not hold
		"Tom Hale spoke first. Connecticut's tax commissioner says a review shows no one leaked the filings.\n\nKevin Sullivan says he told staff to check.",
		"The commission said:\n\nthe two airlines run nine routes\nrivals would struggle to enter\nTom Hale, a builder, said the cost was high.\n\n- the bridge will open\n- the road will close",
		// from the review: a title's abbreviation and an appositive's
		// possessive read only the words next to them in the text
		"Profile of the singer Mary Poppins in London\nSen Ted Cruz said the bill would fail.",
		"A photo on the wall of the hut shows her\n\neldest son, Fidy, who is 19. He said the water came fast.",
		// from the thirteenth session's review: a description's earlier
		// sentences are read by their offsets, and the descriptions that
		// open sentences are resolved at the same point in a window
		"GRAN'S BIG SWIM\n\nA PLUCKY gran has swum the bay.\n\nPam Hollis, 79, finished in four hours.\n\nThe former lifeguard, who trained for a year, said the water was cold.\n\nAna Ruiz was crossing the road when a bus hit her. The bus driver, who was not hurt, said he had braked.",
		"Rally\n\nMike Dolan says the tweets matter little.\n\nThe Republican vice presidential nominee was speaking Friday in Fort Wayne. The crowd was large. Rain fell all day. The hall was cold.\n\nHe said the media were to blame.",
		"Braga start-up unveils drone\n\nA start-up from Braga on Tuesday unveiled a drone that it says can spot smoke.\n\nVigilante Aero's Atalaia weighs 4.2kg. The company says its software works.",
		// from the fourteenth session's review: whether a mention is the
		// second of two is read from the text, which a window keeps
		"Lords\n\nLord Garrow, a bishop, said the buses were late. Lord Fenwick backed the amendment. He and Lord Garrow both served in the 2000s. \"I regret it,\" said the former minister.",
		"Senate\n\nTom Hale, a farmer, told reporters the fees were low.\n\nLindsey Graham has clashed with Cruz and Hale since the primary. The South Carolina senator said the party needed new leaders.",
	)
	defer func(n int) { windowWords = n }(windowWords)
	for _, n := range []int{0, 5, 40} {
		for i, text := range texts {
			windowWords = 1 << 30
			want := Extract(text, DefaultOptions)
			windowWords = n
			got := Extract(text, DefaultOptions)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("text %d, window of %d words:\ngot  %+v\nwant %+v", i, n, got, want)
			}
			var seq []Quote
			for q := range ExtractSeq(text, DefaultOptions) {
				seq = append(seq, q)
			}
			if len(seq) != len(want) || len(want) > 0 && !reflect.DeepEqual(seq, want) {
				t.Fatalf("text %d, window of %d words: ExtractSeq\ngot  %+v\nwant %+v", i, n, seq, want)
			}
		}
	}
}

func readTexts(tb testing.TB, files []string) []string {
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

func TestExtractSeqStops(t *testing.T) {
	text := strings.Repeat("\"We go,\" Ruiz said. ", 2000)
	defer func(n int) { windowWords = n }(windowWords)
	for _, n := range []int{windowWords, 10} {
		windowWords = n
		got := 0
		for range ExtractSeq(text, DefaultOptions) {
			got++
			if got == 3 {
				break
			}
		}
		if got != 3 {
			t.Errorf("window of %d words: %d Quotes before the break, want 3", n, got)
		}
	}
}

// FuzzExtractWindowed checks that the window changes nothing: a text
// gives the same Quotes kept whole and walked a few words at a time.
func FuzzExtractWindowed(f *testing.F) {
	for _, s := range []string{
		"\"We will win,\" she said. \"Then we rest.\" \"Soon.\"",
		"Mayor Ana Ruiz said taxes would fall. Ruiz added that \"it is late.\" She said so.",
		"WALLACE: Is it late? It is.\nRuiz continued:\n\"We go.\"",
		"Polls show the race is close, according to the Daily Ledger. It added that voters \"wait.\"",
	} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, text string, n uint8) {
		defer func(n int) { windowWords = n }(windowWords)
		windowWords = 1 << 30
		want := Extract(text, DefaultOptions)
		windowWords = int(n % 64)
		got := Extract(text, DefaultOptions)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("window of %d words:\ngot  %+v\nwant %+v", windowWords, got, want)
		}
	})
}

// manyNames returns n women's names joined by commas ("Ada Quillon,
// Ada Quillop, ..."), mentions enough to fill the antecedent reach.
func manyNames(n int) string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("Ada Quil%c%c", 'a'+i%26, 'a'+i/26)
	}
	return strings.Join(names, ", ")
}

// TestWindowRelativeShift checks that a source's relative clause ("Nurses
// who spoke to reporters said") still points at its word after the window
// drops the words before it (it panicked with an index out of range).
func TestWindowRelativeShift(t *testing.T) {
	defer func(n int) { windowWords = n }(windowWords)
	windowWords = 30
	text := "Headline\n\n" + strings.Repeat("The river rose again on Monday and the road was shut for hours. ", 20) +
		"Nurses who spoke to reporters said the ward was full. The river rose again on Monday and the road was shut for hours."
	var got []string
	for _, q := range Extract(text, DefaultOptions) {
		got = append(got, q.Speaker+": "+q.Text)
	}
	if want := "Nurses: the ward was full"; len(got) != 1 || !strings.EqualFold(got[0], want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
