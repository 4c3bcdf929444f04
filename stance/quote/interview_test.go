package quote

import (
	"strings"
	"testing"
)

func TestTurnLabel(t *testing.T) {
	tests := []struct {
		name, para, want string
		ok               bool
	}{
		{"surname", "Skaar: Because everybody learned to swim there.", "Skaar", true},
		{"outlet", "Gazette: Why the lido?", "Gazette", true},
		{"full name", "Mira Tollan: Not yet.", "Mira Tollan", true},
		{"four words", "The Mayor Of Tor: Yes.", "", false},
		{"lower-case word", "Asked why: she laughed.", "", false},
		{"time", "10:42 The count resumed.", "", false},
		{"no space after colon", "Note:the end", "", false},
		{"sentence", "Residents said the plan was fine: it was not.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := turnLabel(tt.para)
			if got != tt.want || ok != tt.ok {
				t.Errorf("turnLabel(%q) = %q, %v, want %q, %v", tt.para, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// An interview whose names take turns before a colon: the answers are
// the interviewee's statements when continuations are asked for, the
// questions are no one's, and an attribution inside an answer is kept.
func TestExtractInterviewTurns(t *testing.T) {
	text := "Tova Ring on the ferry\n\nTova Ring became mayor of Osby in May.\n\n" +
		"Courier: Why the ferry?\n\nRing: Because the bridge is closed until spring. The engineers told us that the piers had moved.\n\n" +
		"Courier: And the cost?\n\nRing: Nobody has asked me for a number yet.\n"
	opts := DefaultOptions
	opts.Continuations = true
	qs := Extract(text, opts)
	checkQuotes(t, text, qs)
	var answers, inner int
	for _, q := range qs {
		switch {
		case q.Speaker == "Courier":
			t.Errorf("a question attributed to the interviewer: %q", q.Text)
		case q.Speaker == "Tova Ring" && q.Kind == Direct && q.Statement:
			answers++
			if q.Role != "mayor of Osby in May" && q.Role != "mayor of Osby" {
				t.Errorf("role %q, want the mayor of Osby", q.Role)
			}
		case q.Text == "that the piers had moved" || q.Text == "the piers had moved":
			inner++
		}
	}
	if answers != 2 || inner != 1 {
		t.Errorf("%d answers and %d attributions inside them, want 2 and 1: %+v", answers, inner, qs)
	}
	// PolNeAR leaves answers unannotated: without Continuations, none.
	for _, q := range Extract(text, DefaultOptions) {
		if q.Speaker == "Tova Ring" && q.Kind == Direct {
			t.Errorf("an answer without Options.Continuations: %q", q.Text)
		}
	}
}

// An interview whose questions are printed without a label (in bold on
// the page) and whose answers open with the interviewee's surname: the
// answers are hers, though only one label takes turns; a headline in the
// same shape is read once. Her first name is a month, June, which is a
// given name before a surname.
func TestExtractInterviewUnlabelledQuestions(t *testing.T) {
	text := "June Osk: \u201cThe boat taught me patience\u201d\n\n" +
		"The rower June Osk crossed the Minch alone last summer. She said the trip was \u201cmostly waiting\u201d.\n\n" +
		"Why row alone?\n\nOsk: Because nobody else would get up at four. I tried to find a partner for two years.\n\n" +
		"Were you ever afraid?\n\nOsk: Once, off Rubha Reidh, when the wind turned. After that I stopped checking the forecast.\n"
	opts := DefaultOptions
	opts.Continuations = true
	qs := Extract(text, opts)
	checkQuotes(t, text, qs)
	var answers, headlines int
	for _, q := range qs {
		if q.Speaker != "June Osk" {
			t.Errorf("speaker %q, want June Osk: %q", q.Speaker, q.Text)
		}
		switch {
		case strings.HasPrefix(q.Text, "Because") || strings.HasPrefix(q.Text, "Once"):
			answers++
		case strings.Contains(q.Text, "patience"):
			headlines++
		}
	}
	if answers != 2 || headlines != 1 {
		t.Errorf("%d answers and %d headlines, want 2 and 1: %+v", answers, headlines, qs)
	}
}

// "A:" answers belong to the person the interview is with, the first
// named in full.
func TestExtractInterviewAnswers(t *testing.T) {
	text := "Ansel Brody on his tenth album\n\nThe songwriter Ansel Brody spoke to us before the tour.\n\n" +
		"Q: Why ten songs?\n\nA: Because eleven felt greedy and nine felt lazy.\n"
	opts := DefaultOptions
	opts.Continuations = true
	qs := Extract(text, opts)
	checkQuotes(t, text, qs)
	found := false
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "Because eleven felt greedy") {
			found = true
			if q.Speaker != "Ansel Brody" || !q.Statement {
				t.Errorf("answer by %q (statement %v), want Ansel Brody's statement", q.Speaker, q.Statement)
			}
		}
	}
	if !found {
		t.Errorf("answer not found: %+v", qs)
	}
}

// In an interview printed as "Q:" lines and named answers, the reports
// inside an answer are read as any sentence's are ("The Fisheries
// Division says ..."), but not the answerer's own "I think", which the
// answer already holds.
func TestExtractInterviewReportsInAnswers(t *testing.T) {
	text := "Fishing the old way\n\nKemar Bessant has fished off Oistins for forty years.\n\n" +
		"Q: What has changed?\n\nBessant: The fish are fewer. The Fisheries Division says the new licence rules are being drafted. I think the sea is tired.\n\n" +
		"Q: Will you stop?\n\nBessant: Never. My son says he is going to drive a taxi this winter.\n"
	for _, cont := range []bool{false, true} {
		opts := DefaultOptions
		opts.Continuations = cont
		qs := Extract(text, opts)
		checkQuotes(t, text, qs)
		var answers, division, son, own int
		for _, q := range qs {
			switch {
			case q.Kind == Direct && q.Speaker == "Kemar Bessant":
				answers++
			case q.Text == "the new licence rules are being drafted":
				division++
				if q.Speaker != "Fisheries Division" {
					t.Errorf("%q by %q, want the Fisheries Division", q.Text, q.Speaker)
				}
			case q.Text == "he is going to drive a taxi this winter":
				son++
			case q.Text == "the sea is tired":
				own++
			}
		}
		if answers != 2 || division != 1 || son != 1 || own != 0 {
			t.Errorf("continuations %v: %d answers, %d and %d reports inside them, %d of the answerer's own, want 2, 1, 1, 0: %+v",
				cont, answers, division, son, own, qs)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speaker <- source of each statement
	}{
		{"a dateline is no speaker",
			"Norvik results\n\nOSLO: Norvik Foods said on Monday that profits had fallen by a third.\n\nThe chief executive, Eva Lind, said that prices would rise.",
			[]string{"Norvik Foods <- Norvik Foods", "Eva Lind <- The chief executive, Eva Lind"}},
		{"a transcript keeps its labels",
			"Debate transcript\n\nHALE: We will cut the fares next year.\n\nORTIZ: You said that last year and the year before.\n\nHALE: This time the money is there.",
			[]string{"HALE <- HALE", "ORTIZ <- ORTIZ", "HALE <- HALE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Extract(tt.text, DefaultOptions) {
				src := ""
				if q.Source != nil {
					src = q.Source.Text(tt.text)
				}
				got = append(got, q.Speaker+" <- "+src)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// Inside an answer the answerer is "I": a "he" or "she" there is someone
// the answer names, or no one it can tell, never the answerer, nor a
// place named in passing.
func TestAnswerPronounIsNotTheAnswerer(t *testing.T) {
	text := "A Vanua boatbuilder on sixty years of canoes\n\nMereoni Tuilau has built canoes on Vanua since 1965.\n\n" +
		"Q: Who will take over?\n\nTUILAU: My niece Litia Vatu has already chosen the tree. She says hers will be bigger than mine.\n\n" +
		"Q: And the buyers?\n\nTUILAU: They come from Hong Kong now. He says the price will rise again.\n"
	var got []string
	for _, q := range extractAnswers(text) {
		if strings.HasPrefix(q.Text, "hers will") || strings.HasPrefix(q.Text, "the price") {
			got = append(got, q.Speaker)
		}
	}
	if strings.Join(got, "|") != "Litia Vatu|" {
		t.Errorf("speakers %q, want Litia Vatu, then no one", got)
	}
}

// In an answer, "my son" is the one person the article gave that role,
// and a relative named by a given name after the word of kin ("My
// daughter Awa") is a person with that role, whom a later "she" means.
func TestAnswerKin(t *testing.T) {
	for _, tt := range []struct {
		name, text, content, speaker, role string
	}{
		{"kin description",
			"A pearl farmer on forty years in the lagoon\n\nAna Tevita farms pearls with her son, Tane Tevita, on Rakahanga.\n\n" +
				"Q: Why stay?\n\nTEVITA: Where would I go? My son says I am more stubborn than the coral.\n",
			"I am more stubborn than the coral", "Tane Tevita", "son"},
		{"kin given name",
			"A pirogue painter on forty years of colour\n\nNdeye Seck has painted pirogues in Saint-Louis since 1985.\n\n" +
				"Q: Who will paint after you?\n\nSECK: My daughter Awa paints better than I did. But she says the boats are too plain now.\n",
			"the boats are too plain now", "Awa", "daughter"},
	} {
		found := false
		for _, q := range extractAnswers(tt.text) {
			if q.Text == tt.content {
				found = true
				if q.Speaker != tt.speaker || q.Role != tt.role {
					t.Errorf("%s: speaker %q (%q), want %s (%s)", tt.name, q.Speaker, q.Role, tt.speaker, tt.role)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q inside the answer is missing", tt.name, tt.content)
		}
	}
}

// extractAnswers extracts with Options.Continuations, so that an
// interview's answers are the interviewee's statements.
func extractAnswers(text string) []Quote {
	opts := DefaultOptions
	opts.Continuations = true
	return Extract(text, opts)
}
