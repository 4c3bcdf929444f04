package quote

// What kind of attribution a quote is (its cue class), and whether it is a
// statement: a position its source takes, as opposed to a plan, a finding
// or a verb of speech whose object is a noun phrase ("praised the
// keeper's display").

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance/internal/lexicon"
)

// A CueClass says what kind of act an attribution reports.
type CueClass string

// Cue classes. A quotation without a cue (a quote paragraph, a Q&A
// answer) is speech.
const (
	Speech     CueClass = "speech"     // said, told, warned, argued, according to, a colon
	Writing    CueClass = "writing"    // wrote, tweeted, posted, emailed, published
	Belief     CueClass = "belief"     // believes, thinks, fears, expects, hopes
	Plan       CueClass = "plan"       // plans to, wants to, decided to, sought to
	Evidence   CueClass = "evidence"   // a report shows, a study found, data suggest
	Perception CueClass = "perception" // saw, heard, noticed
)

// writingCues are speech cues that report a written act.
var writingCues = lexicon.SetOf("write", "wrote", "writes", "writing", "written", "tweet", "tweeted",
	"tweets", "tweeting", "post", "posted", "posts", "posting", "email", "emailed", "emails",
	"text", "texted", "texts", "message", "messaged", "publish", "published", "publishes")

// perceptionCues report what a source perceived.
var perceptionCues = lexicon.SetOf("saw", "see", "sees", "seen", "heard", "hear", "hears",
	"noticed", "notice", "notices", "watched", "observed")

// cueClass returns the class of the cue text ("said", "according to",
// ":"); an empty cue is speech.
func cueClass(cue string) CueClass {
	first, _, _ := strings.Cut(strings.TrimSpace(cue), " ")
	first = strings.Trim(first, ",.;:")
	if first == "" {
		return Speech
	}
	switch {
	case lexicon.InFold(writingCues, first):
		return Writing
	case lexicon.InFold(perceptionCues, first):
		return Perception
	}
	e, ok := lexicon.LookupCue(first)
	if !ok {
		return Speech // "according to", "pointed out", a colon
	}
	switch e.Class {
	case lexicon.CueBelief:
		return Belief
	case lexicon.CuePlan:
		return Plan
	case lexicon.CueEvidence:
		return Evidence
	}
	return Speech
}

// isStatement reports whether a quote of class c with content text is a
// statement: a position its source takes. Speech, writing and belief are
// positions when what they carry is a proposition: a quotation, a clause
// ("that the plan failed", "the plan failed", "to stay on"), not a noun
// phrase ("the keeper's display") or an adjective ("sturdy").
func isStatement(c CueClass, kind Kind, text string) bool {
	switch c {
	case Speech, Writing, Belief:
	default:
		return false
	}
	if kind != Indirect {
		return true
	}
	return isClause(text)
}

// isClause reports whether an indirect content reads as a clause: it
// opens with a complementizer or "to", or it has a finite verb (an
// auxiliary or modal, a subject pronoun followed by its verb, or a past
// form after its subject).
func isClause(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	if len(words) < 2 {
		return false
	}
	first := words[0]
	switch {
	case lexicon.InFold(lexicon.Complementizers, first), lexicon.InFold(lexicon.QuestionWords, first),
		lexicon.EqualFold(first, "to"), lexicon.EqualFold(first, "not"):
		return true
	}
	for i, w := range words {
		prev := ""
		if i > 0 {
			prev = words[i-1]
		}
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case lexicon.InFold(lexicon.FiniteAux, w), lexicon.InFold(lexicon.Modals, w) && !lexicon.EqualFold(w, "to"),
			strings.HasSuffix(strings.ToLower(w), "n't"), strings.HasSuffix(strings.ToLower(w), "'s") && next != "" && isParticipleLike(next):
			return true
		case next != "" && lexicon.InFold(lexicon.SubjectPronouns, w) && !lexicon.EqualFold(w, "who") && !lexicon.EqualFold(w, "which"):
			return true // "we need", "it was": the word after the pronoun is its verb
		case i > 0 && isPastForm(w) && !isNominalContext(prev):
			return true // "the bill passed", "prices rose", "the ruling set"
		case i > 0 && isPresentThird(w, prev):
			return true // "the campaign comes", "Russia wants"
		case i > 0 && lexicon.EqualFold(w, "to") && next != "" && isVerbLike(next):
			return true // "urged broadcasters to give", "called on them to reject"
		case (lexicon.EqualFold(w, "of") || lexicon.EqualFold(w, "against") || lexicon.EqualFold(w, "for")) &&
			strings.HasSuffix(strings.ToLower(next), "ing"):
			return true // "accused X of using", "warned against overstating"
		}
	}
	return false
}

// isNominalContext reports whether a word before a verb-like form makes
// it an adjective or noun ("the proposed bill", "in the set").
func isNominalContext(prev string) bool {
	return lexicon.InFold(lexicon.Determiners, prev) || lexicon.InFold(lexicon.Prepositions, prev) ||
		lexicon.InFold(lexicon.PossDeterminers, prev) || lexicon.InFold(lexicon.Articles, prev)
}

// isPresentThird reports whether w, after prev, reads as a verb in the
// third person singular present: an -s form after a noun that is not
// itself a determiner, a possessive or a preposition ("the campaign
// comes"), not a plural noun after a determiner ("the rules").
func isPresentThird(w, prev string) bool {
	lw := strings.ToLower(w)
	if e, ok := lexicon.LookupCue(lw); ok && e.Third {
		return !isNominalContext(prev)
	}
	if len(lw) < 4 || !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "us") ||
		strings.HasSuffix(lw, "is") || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
		return false
	}
	lp := strings.ToLower(prev)
	if isNominalContext(prev) || lexicon.InFold(lexicon.Quantifiers, prev) || strings.HasSuffix(lp, "'s") || strings.HasSuffix(lp, "’s") ||
		strings.HasSuffix(lp, "s") || lexicon.IsNumber(prev) || lexicon.InFold(lexicon.Connectives, prev) {
		return false
	}
	// A noun before it: a lower-case word with a noun ending, or a name.
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r) || hasNounEnding(lp)
}

// hasNounEnding reports whether a lower-case word ends like a noun.
func hasNounEnding(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "er", "or", "ist", "ure", "age", "cy", "gn", "ing", "um", "et", "ee", "ue", "al", "nt"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isVerbLike reports whether w, after "to", can be a bare verb: a
// lower-case word that is not a determiner, a pronoun or a word with a
// noun ending ("to multilateralism", "to the council").
func isVerbLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	lw := strings.ToLower(w)
	if !unicode.IsLower(r) || isNominalContext(w) || lexicon.InFold(lexicon.ObjectPronouns, w) || lexicon.IsNumber(w) {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence"} {
		if strings.HasSuffix(lw, suf) {
			return false
		}
	}
	return true
}

// isPastForm reports whether w looks like a past tense: a regular -ed
// form, or a past form of a cue verb ("said", "thought").
func isPastForm(w string) bool {
	lw := strings.ToLower(w)
	if len(lw) > 4 && strings.HasSuffix(lw, "ed") || lexicon.InFold(lexicon.IrregularPast, lw) {
		return true
	}
	e, ok := lexicon.LookupCue(lw)
	return ok && e.Past && !e.Base && !e.Third && !e.Participle
}

// isParticipleLike reports whether w could follow "it's"/"she's" as a
// verb form or a predicate: any lower-case word.
func isParticipleLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// documentNouns head a source that is a document or a body of data, not
// an actor: "according to the report", "figures show".
var documentNouns = lexicon.SetOf("report", "reports", "study", "studies", "poll", "polls", "survey",
	"surveys", "data", "figures", "analysis", "research", "review", "documents", "records", "statistics", "index")

// isDocumentSource reports whether the source mention's last word is a
// document noun.
func isDocumentSource(src string) bool {
	f := strings.Fields(src)
	return len(f) > 0 && lexicon.InFold(documentNouns, strings.Trim(f[len(f)-1], ",.;:"))
}
