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
	"noticed", "notice", "notices", "watched", "observed", "overheard")

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
	case lexicon.InFold(beliefAdjectives, strings.Trim(lastField(cue), ",.;:")):
		return Belief // "is convinced", "remains certain"
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
//
// cue is the cue's text and before the text before it. A passive cue ("is
// estimated to", "was described as", "were reported") reports no one's
// position, nor does a question ("asked whether ..."); an indirect
// content opening with "by" (an agent) or "as" (a naming) is no
// proposition.
func isStatement(c CueClass, kind Kind, text, cue, before string) bool {
	switch c {
	case Speech, Writing, Belief:
	default:
		return false
	}
	if passiveCue(cue, before) || bareParticiple(cue, before) {
		return false
	}
	if kind == Direct {
		return !shortQuestion(text) // "You winning?", "With nukes?": asked, not stated
	}
	if e, ok := lexicon.LookupCue(firstWord(cue)); modalBefore(before, ok && e.Past && !e.Base) {
		return false // "school districts could feel a budget pinch", "voters might blame", "he would warn": no one has said it
	}
	first := strings.Trim(firstWord(text), "\"“”‘’'")
	cueWord := firstWord(cue)
	switch {
	case lexicon.EqualFold(first, "by"), lexicon.EqualFold(first, "as"):
		return false
	case kind == Indirect && lexicon.InFold(lexicon.FiniteAux, first) && lexicon.InFold(nounCues, cueWord) && !relativeBefore(before):
		// "Health worries have dogged ...", "The strong jobs report has
		// cleared the way": the cue was a noun, the subject of the verb
		// that follows; but "the plan, which he said would cost $5m" and
		// "a probe the agency said was ongoing" are statements whose
		// subject is the relative, said or not
		return false
	case kind == Indirect && freeRelativeBefore(before) && !lexicon.InFold(lexicon.FiniteAux, first) && !lexicon.InFold(callForms, cueWord) &&
		!lexicon.InFold(lexicon.NamingCues, cueWord) && !lexicon.EqualFold(cueWord, "described"):
		return false // "between what Trump says his plan would do and ...": what is said is "what", not the clause, which lacks it
	case lexicon.InFold(whWords, first) && secondIs(text, "to"):
		return false // "told staff what to say", "asked how to vote": an instruction or a question, no position
	case lexicon.InFold(callForms, cueWord) && lexicon.EqualFold(first, "for"):
		return true // "called for a temporary ban": a demand, the position itself
	case kind == Indirect && lexicon.InFold(callForms, cueWord) && !freeRelativeBefore(before) && !lexicon.InFold(callParticles, first) && !lexicon.InFold(callAdverbs, first) && evaluatedObject(text):
		return true // "called her vote for the war a mistake", "called him a liar": what the source holds the object to be
	case kind == Indirect && lexicon.InFold(gerundCues, cueWord) && gerundClause(text):
		return true // "reported having $19 million in the bank", "admitted making a mistake": a proposition with its subject left out
	case lexicon.InFold(callForms, cueWord) && lexicon.InFold(callParticles, first):
		return false // "called in to a town hall", "called back": a telephone call
	case lexicon.InFold(agreeForms, cueWord) && lexicon.EqualFold(first, "to"):
		return false // "agreed to lend $5 million": a decision, as "decided to" is
	case c == Writing && kind == Indirect && writtenWork(text):
		return false // "wrote a memoir of her years at the White House": the work, not what it says
	case lexicon.InFold(questionCues, firstWord(cue)) && (lexicon.InFold(lexicon.AskWords, first) || askedOfAddressee(text)):
		return false // "asked whether ...", "asked Mook if ...": a question, no position
	case kind == Indirect && (c == Speech || c == Writing) && negatedBefore(before) && !lexicon.InFold(lexicon.AskWords, first) && !lexicon.InFold(denialCues, cueWord):
		return false // "did not mention that Rubio broke ranks", "has never said the plan failed": what no one said
	case kind == Indirect && lexicon.InFold(raisingCues, cueWord) && lexicon.EqualFold(first, "to") && nounBefore(before) && !thatSoon(text):
		return false // "a project now estimated to cost $46m", "a man said to be close to him": a passive, no one's word
	case kind == Indirect && (lexicon.EqualFold(first, "who") || lexicon.EqualFold(first, "which")) && strings.HasSuffix(strings.TrimSpace(text), "?"):
		return false // "What do you say to people who ask?": a question's relative clause
	case kind == Indirect && lexicon.InFold(resultCues, cueWord) && resultPhrase(text):
		return false // "posted a pre-tax loss of 86 million cedis for the year": figures named, not a proposition
	case kind == Indirect && lexicon.InFold(lexicon.NamingCues, cueWord) && namedThenVerb(text):
		return false // "a robot called Kaya has spent the month ...": a name given, then the sentence's own verb
	case (lexicon.InFold(whWords, first) || lexicon.EqualFold(first, "why")) && kind == Indirect && negatedBefore(before):
		return false // "did not say how many jobs ...", "declined to say when": no answer, no position
	case kind == Indirect && lexicon.InFold(accountCues, cueWord) && (lexicon.EqualFold(first, "what") || lexicon.EqualFold(first, "where") || lexicon.EqualFold(first, "when")) &&
		!strings.Contains(text, " as ") && !strings.Contains(text, ":"):
		// "describes what happens on the video", "discussed where the
		// money would go": an account named, not given ("explained how
		// tough it is", "described how the jobs will go" give it)
		return false
	case lexicon.EqualFold(first, "whether"):
		return false // "did not say whether ...": a question, no position ("explained why X" presumes X, and stays)
	case lexicon.InFold(lexicon.Prepositions, first) && !lexicon.InFold(objectControl, firstWord(cue)) && determinerSecond(text):
		return false // "In a statement released on Monday": an adjunct, not what was said
	case kind == Indirect && first != "" && !isUpperASCII(first[0]) && lexicon.InFold(targetPrepositions, first) && (first != "at" || capitalSecond(text)):
		return false // "fired back at Christie over ...": whom, not what was said ("warned against", "called upon X to" are positions)
	case lexicon.InFold(lexicon.Prepositions, first) && questionSecond(text):
		return false // "argued over whether staff should sleep": what is in dispute, no position
	case kind == Mixed && lexicon.InFold(lexicon.NamingCues, firstWord(cue)):
		// `called the plan "a disaster"`: an evaluation is a position; not
		// a name the quotation only refers by (`referred to her "sex
		// tape"`, `called Machado's "sex tape"`), whose quotation follows
		// a determiner or a possessive and is all the content says
		return !referenceOnly(text, firstWord(cue))
	case lexicon.InFold(timeSubordinators, first) && !strings.Contains(text, ",") && !strings.Contains(text, " that "):
		// "said when she resigned from the network", "conceded when polls
		// closed": when, not what; "said when the war ends, troops will
		// come home" and "said after a lunch that ..." stay
		return false
	case kind == Indirect && (lexicon.EqualFold(first, "on") || lexicon.EqualFold(first, "upon")) && lexicon.InFold(topicCues, cueWord) && !aboutHow(text):
		return false // "commented on proposed market regulations": the topic, not what was said
	case kind == Indirect && lexicon.InFold(lexicon.SpeakForms, firstWord(cue)):
		return aboutHow(text) // speak takes no clause: "spoke at the rally", "speaks fluent Spanish"; "spoke about how ..." does
	case kind != Direct && lexicon.InFold(objectCues, firstWord(cue)):
		// a quotation inside the object changes nothing: `cited
		// "Obama-Clinton" policies` is a noun phrase as "cited the
		// policies" is
		return clauseFrame(text)
	}
	return isClause(firstConjunct(text), cue)
}

// topicCues take what they are about after "on": "commented on the
// rules", "remarked on his absence", "reflected on the loss".
var topicCues = lexicon.SetOf("comment", "comments", "commented", "commenting", "remark", "remarks", "remarked",
	"reflect", "reflects", "reflected", "elaborate", "elaborated", "expand", "expanded", "weigh", "weighed", "opine", "opined")

// relativeThat reports whether text opens with "that" and a verb in the
// past tense other than "be" or "have" ("that stopped delivering"), or
// one in the present with an object after it ("that offers a girl"): a
// relative clause, since a that-clause opens with its subject. It is
// asked only when an object stands between the cue and the content
// (extract.go): "said that changed everything" has "that" as subject.
func relativeThat(text string) bool {
	var buf [3]string
	f := appendFields(buf[:0], text, 3)
	if len(f) < 2 {
		return false
	}
	if !lexicon.EqualFold(f[0], "that") {
		return false
	}
	w := strings.Trim(f[1], ",.;")
	if w == "" || isUpperASCII(w[0]) || strings.HasPrefix(w, "un") || strings.ContainsAny(w, "-'’") ||
		lexicon.InFold(lexicon.SubjectPronouns, w) || lexicon.EqualFold(w, "there") {
		return false // "that United Technologies has vowed", "that unnamed leaders agree", "that it's": a subject
	}
	if len(f) > 2 {
		if n := strings.Trim(f[2], ",.;"); len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !lexicon.InFold(lexicon.Determiners, n) {
			return false // "that advanced economies will grow": an adjective and its plural noun
		}
	}
	lw := lexicon.Lower(w)
	if len(f) > 2 && len(lw) > 3 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "ous") &&
		!strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") && !lexicon.InFold(sAdverbs, lw) && !lexicon.InFold(lexicon.FiniteAux, lw) &&
		!lexicon.InFold(beForms, lw) && (lexicon.InFold(lexicon.Articles, f[2]) || lexicon.InFold(lexicon.PossDeterminers, f[2])) {
		return true // "a village that offers a girl in marriage": a verb, then its object
	}
	return isPastForm(lw) && !lexicon.InFold(lexicon.FiniteAux, lw) && !lexicon.InFold(beForms, lw) && lw != "been"
}

// sAdverbs end in -s but are no verbs: "that sometimes a trade is
// worthwhile".
var sAdverbs = lexicon.SetOf("sometimes", "always", "perhaps", "besides", "afterwards", "towards", "nevertheless",
	"whereas", "unless", "thus", "nowadays", "overseas", "indoors", "outdoors", "upstairs", "downstairs", "backwards", "forwards")

// referenceOnly reports whether the content of a naming cue is one noun
// phrase whose quotation is its head: a determiner or a possessive, then
// the quotation, which ends the content ("her “sex tape.”", "Machado's
// “sex tape”").
func referenceOnly(text, cue string) bool {
	i := strings.IndexAny(text, "\"“")
	if i <= 0 {
		return false
	}
	before := strings.Fields(text[:i])
	if len(before) != 1 {
		return false // `called Trump a "blowhard"`: an object, then what it is called
	}
	last := strings.Trim(before[0], ",")
	switch {
	case lexicon.EqualFold(last, "her") || lexicon.EqualFold(last, "a") || lexicon.EqualFold(last, "an"):
		// `called her "weak"`, `had called a "disaster"`: an object or a
		// predicate; only "referred to her ..." refers
		if !strings.HasPrefix(lexicon.Lower(cue), "refer") {
			return false
		}
	case lexicon.InFold(lexicon.PossDeterminers, last), lexicon.InFold(referenceDeterminers, last), trimPossessive(last) != last:
	default:
		return false
	}
	if q := strings.TrimLeft(text[i:], "\"“ "); lexicon.InFold(lexicon.Articles, firstWord(q)) {
		return false // `calling her "a rising star"`: the quotation is a predicate
	}
	rest := strings.TrimRight(text[i:], " .,")
	j := strings.LastIndexAny(rest, "\"”")
	return j > 0 && strings.TrimRight(rest[j:], "\"”.,") == ""
}

// referenceDeterminers open a noun phrase that refers to something the
// quotation names: `called the "chained CPI"`.
var referenceDeterminers = lexicon.SetOf("the")

// objectCues take a noun phrase, never a clause without "that": "cited
// several examples", "touted the projects", "rejected a push by the
// minister", "mocked her refusal". What they carry is a statement only as
// a that-clause or an evaluation with a gerund ("criticized the board for
// ignoring ...", "mocked him for not having won"), as issue 9 defines a
// statement: "condemned the attack" is no proposition.
var objectCues = lexicon.SetOf("cite", "cites", "cited", "citing", "reject", "rejects", "rejected", "rejecting",
	"tout", "touts", "touted", "touting", "mock", "mocks", "mocked", "mocking", "defend", "defends", "defended",
	"defending", "praise", "praises", "praised", "praising", "criticize", "criticizes", "criticized", "criticizing",
	"criticise", "criticises", "criticised", "criticising", "condemn", "condemns", "condemned", "condemning",
	"denounce", "denounces", "denounced", "denouncing", "blast", "blasts", "blasted", "blasting", "slam", "slams",
	"slammed", "slamming", "hail", "hails", "hailed", "hailing", "dismiss", "dismisses", "dismissed", "dismissing",
	"decry", "decries", "decried", "decrying", "recount", "recounts", "recounted", "recounting", "highlight",
	"highlights", "highlighted", "highlighting", "underline", "underlines", "underlined", "underlining", "echo",
	"echoes", "echoed", "echoing", "maintain", "maintains", "maintained", "maintaining")

// clauseFrame reports whether the content of an object cue is a
// proposition: a that-clause, or a gerund after "for", "of" or "over"
// within its first words ("the board for ignoring the warnings"; not
// "council bosses after being threatened with a fine for feeding ...").
func clauseFrame(text string) bool {
	var buf [24]string
	f := appendFields(buf[:0], text, len(buf))
	if len(f) == 0 {
		return false
	}
	if lexicon.EqualFold(strings.Trim(f[0], "\"“”‘’'"), "that") && !(len(f) >= 2 && demonstrativeThat(f[1:])) {
		// "rejected that the plan was legal"; not the demonstrative of
		// "rejected that argument in a ruling": "that", a lower-case noun,
		// then a preposition or nothing, which may still be an object
		// with its predicate ("dismissed that suggestion as a sign of
		// disarray")
		return true
	}
	for i := 0; i+1 < len(f) && i <= 10; i++ {
		w := strings.Trim(f[i], ",;")
		if lexicon.EqualFold(w, "as") && i > 0 && asPredicate(f, i) {
			return true // "hailed the deal as a turning point": what the object is said to be
		}
		if i > 6 || !(lexicon.EqualFold(w, "for") || lexicon.EqualFold(w, "over")) {
			continue
		}
		next := lexicon.Lower(strings.Trim(f[i+1], ",.;\"“”‘’"))
		if next == "not" && i+2 < len(f) {
			next = lexicon.Lower(strings.Trim(f[i+2], ",.;\"“”‘’")) // "for not having won"
		}
		if strings.HasSuffix(next, "ing") {
			return true
		}
	}
	return false
}

// asPredicate reports whether the "as" at f[i] says what an object cue's
// object is ("described Rubio as a neophyte", "cited the audit as the
// reason"): not "as well as", a clause ("as they sit atop the polls"), nor
// the capacity of a noun of time or office before it ("her years as
// secretary of state", "his role as host") or a role after it.
func asPredicate(f []string, i int) bool {
	if i+1 >= len(f) {
		return false
	}
	trim := func(w string) string { return strings.Trim(w, ",.;\"“”") }
	for k := 0; k < i; k++ {
		if w := trim(f[k]); k > 0 && lexicon.InFold(lexicon.RelativePronouns, w) || lexicon.EqualFold(w, "but") {
			// (the object's own demonstrative opens it: "that suggestion
			// as a sign of disarray")
			return false // "which RT pointed to as an example", "but also used them as": another clause's "as"
		}
	}
	next := trim(f[i+1])
	prev := lexicon.Lower(trim(f[i-1]))
	if lexicon.InFold(asIdioms, next) || lexicon.InFold(lexicon.SubjectPronouns, next) || lexicon.InFold(capacityNouns, prev) ||
		prev == "such" || prev == "well" || strings.HasSuffix(f[i-1], ",") {
		return false // "as well as", "such as", "as much", "as they sit", "her years as", "the launch, as"
	}
	if next != "" && isUpperASCII(next[0]) && i+2 < len(f) && isPastForm(trim(f[i+2])) {
		return false // "as Pyongyang fired": a clause
	}
	// "as a U.S. senator", "as secretary of state": an office held
	for k := i + 1; k < len(f) && k <= i+4; k++ {
		w := trim(f[k])
		if lexicon.InFold(lexicon.Articles, w) || w != "" && isUpperASCII(w[0]) && !lexicon.IsRoleNoun(w) {
			continue
		}
		return !lexicon.IsRoleNoun(w) && !lexicon.InFold(lexicon.TitleWords, w)
	}
	return true
}

// asIdioms follow "as" in phrases that say no predicate: "as much", "as
// part of", "as soon as", "as well as".
var asIdioms = lexicon.SetOf("well", "if", "though", "much", "many", "soon", "long", "far", "part", "usual", "ever", "yet", "of", "to", "for")

// capacityNouns take "as" for the office someone held or holds: "her
// years as secretary of state", "his record as governor".
var capacityNouns = lexicon.SetOf("years", "year", "record", "role", "time", "tenure", "career", "experience", "work",
	"days", "stint", "term", "service", "job", "position", "status", "credentials", "background")

// timeSubordinators open an adverbial clause of time, which says when
// something was said, not what.
var timeSubordinators = lexicon.SetOf("when", "while", "after", "before", "until", "whenever", "once")

// demonstrativeThat reports whether the words after a "that" make it a
// demonstrative before a noun ("that argument in a ruling", "that
// claim"), not a complementizer: one lower-case word that is no
// determiner, pronoun or auxiliary, followed by a preposition or by
// nothing, and no auxiliary after it ("that pressure from Wall Street
// had prompted" is a clause).
func demonstrativeThat(rest []string) bool {
	w := strings.Trim(rest[0], ",.;:")
	if w == "" || w[0] < 'a' || w[0] > 'z' || strings.HasSuffix(w, "ing") || lexicon.InFold(lexicon.Determiners, w) || lexicon.InFold(lexicon.SubjectPronouns, w) ||
		lexicon.InFold(lexicon.FiniteAux, w) || lexicon.InFold(lexicon.NpStops, w) {
		return false
	}
	if !(len(rest) == 1 || strings.HasSuffix(rest[0], ".") || lexicon.InFold(lexicon.Prepositions, strings.Trim(rest[1], ",.;:"))) {
		return false
	}
	for _, w := range rest[1:] {
		if lexicon.InFold(lexicon.FiniteAux, strings.Trim(w, ",.;:")) {
			return false // "that pressure from Wall Street ... had prompted": a clause
		}
	}
	return true
}

// aboutHow reports whether text opens with "about", "of" or "on" and a
// question word that opens a clause: "about how the consulate was taken".
func aboutHow(text string) bool {
	var buf [2]string
	f := appendFields(buf[:0], text, 2)
	return len(f) == 2 && (lexicon.EqualFold(f[0], "about") || lexicon.EqualFold(f[0], "of") || lexicon.EqualFold(f[0], "on")) &&
		(lexicon.EqualFold(f[1], "how") || lexicon.EqualFold(f[1], "what") || lexicon.EqualFold(f[1], "why"))
}

// shortQuestion reports whether a quotation is one question of eight
// words or fewer, with no other sentence: an interviewer's or a
// bystander's question ("You winning?", "That would be you?") takes no
// position; a longer one, often rhetorical, may ("Who do they think
// they are, coming here and telling us what to pay?").
func shortQuestion(text string) bool {
	t := strings.TrimRight(text, " \"'“”‘’»")
	if !strings.HasSuffix(t, "?") {
		return false
	}
	words := 0
	for i, r := range t[:len(t)-1] {
		if r == '.' || r == '!' || r == '?' {
			if i > 0 && i+1 < len(t)-1 && t[i+1] == ' ' {
				return false // another sentence
			}
		}
	}
	var buf [16]string
	for _, w := range appendFields(buf[:0], t, len(buf)) {
		if strings.Trim(w, "\"'“”‘’,.?!") != "" {
			words++
		}
	}
	return words <= 8
}

// cueModals before a cue make it a possibility, a habit or a forecast,
// not a position taken: "could feel", "might blame", "will tell you".
var cueModals = lexicon.SetOf("could", "might", "may", "should", "can", "will", "would", "must", "shall")

// modalBefore reports whether the last word of before (the text before a
// cue) is a modal.
func modalBefore(before string, pastCue bool) bool {
	end := len(before)
	for end > 0 && (before[end-1] == ' ' || before[end-1] == '\t') {
		end--
	}
	start := end
	for start > 0 && before[start-1] != ' ' && before[start-1] != '\n' && before[start-1] != '\t' {
		start--
	}
	w := before[start:end]
	if strings.HasSuffix(w, "'d") || strings.HasSuffix(w, "’d") {
		return !pastCue // "I'd argue", "he'd say": would; "he'd said": had
	}
	if w != "" && isUpperASCII(w[0]) && start > 0 {
		return false // "Theresa May said": a name, not the modal (which opens its sentence only in a question)
	}
	return lexicon.InFold(cueModals, w)
}

// firstConjunct is text up to a coordinated clause: ", and", "– and",
// ", but" or a semicolon. What the cue carries is its first conjunct;
// a noun phrase there ("praised the final shot, and two members were
// in tears") is no proposition, whatever clause the writer adds.
func firstConjunct(text string) string {
	end := len(text)
	for _, sep := range [...]string{", and ", " – and ", " — and ", ", but ", "; "} {
		if i := strings.Index(text[:end], sep); i > 0 {
			end = i
		}
	}
	return text[:end]
}

// determinerSecond reports whether the second word of text is an
// article, a possessive or a determiner: "in a statement", "at its
// meeting", not "around 400,000 citizens".
func determinerSecond(text string) bool {
	var buf [2]string
	f := appendFields(buf[:0], text, 2)
	if len(f) < 2 {
		return false
	}
	w := strings.Trim(f[1], ",.;:\"“”‘’'")
	return lexicon.InFold(lexicon.Articles, w) || lexicon.InFold(lexicon.PossDeterminers, w) || lexicon.InFold(lexicon.Determiners, w)
}

// questionSecond reports whether the second word of text is "whether",
// opening an indirect question ("over whether", "on whether"); "about
// how he noticed X" often carries a claim, and is kept.
func questionSecond(text string) bool {
	var buf [2]string
	f := appendFields(buf[:0], text, 2)
	return len(f) == 2 && lexicon.EqualFold(strings.Trim(f[1], ",.;:"), "whether")
}

// objectControl are cues that take an object and a to-infinitive, the
// content being both: "urged councils to act", "called on them to
// resign". After other cues a to-infinitive belongs to a noun ("the
// decision to close").
var objectControl = lexicon.SetOf("urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking",
	"call", "called", "calls", "calling", "tell", "told", "tells", "telling", "encourage", "encouraged",
	"encourages", "warn", "warned", "warns", "invite", "invited", "invites", "order", "ordered", "orders",
	"advise", "advised", "advises", "persuade", "persuaded", "allow", "allowed", "allows", "force", "forced",
	"press", "pressed", "presses", "implore", "implored", "beg", "begged", "challenge", "challenged",
	"want", "wanted", "wants", "expect", "expected", "expects", "remind", "reminded", "instruct", "instructed")

// callParticles after "call" make a telephone call or a visit: "called
// in to a radio show", "called back".
var callParticles = lexicon.SetOf("in", "into", "back", "up", "round", "over")

// agreeForms are the forms of "agree": with a to-infinitive a decision
// ("agreed to lend"), with a that-clause or "with" a position.
var agreeForms = lexicon.SetOf("agree", "agreed", "agrees", "agreeing")

// whWords open an indirect question or, before "to", an instruction.
var whWords = lexicon.SetOf("what", "how", "where", "when", "who", "which", "whom")

// denialCues deny: "did not deny that" grants what follows, a position.
var denialCues = lexicon.SetOf("deny", "denied", "denies", "dispute", "disputed", "disputes", "contest", "contested",
	"contests", "challenge", "challenged", "challenges", "reject", "rejected", "rejects", "hide", "hid", "conceal", "concealed")

// askedOfAddressee reports whether the content of a question cue opens
// with whom the question was put, then "if" or "whether" ("Mook if a
// Clinton administration would ...", "the minister whether ..."): a
// question, as "asked whether" is.
func askedOfAddressee(text string) bool {
	var buf [6]string
	f := appendFields(buf[:0], text, 6)
	if len(f) == 0 || lexicon.EqualFold(f[0], "that") || lexicon.InFold(lexicon.Complementizers, f[0]) || lexicon.InFold(lexicon.Prepositions, f[0]) {
		return false // "asked that if the plan failed, the money be returned": a demand
	}
	for i := 1; i < len(f); i++ {
		w := lexicon.Lower(strings.Trim(f[i], ",.;"))
		if w == "if" || w == "whether" {
			return true
		}
		if lexicon.InFold(lexicon.FiniteAux, w) || w == "that" || w == "to" {
			return false
		}
	}
	return false
}

// nounBefore reports whether the last word before a cue is a lower-case
// word that is no pronoun or auxiliary, a noun the cue as a participle
// follows ("a project now estimated", "a man said"): not "he said, to
// talk to Congress".
func nounBefore(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if strings.HasSuffix(w, ",") || w == "" || isUpperASCII(w[0]) {
		return false
	}
	return !lexicon.InFold(lexicon.SubjectPronouns, w) && !lexicon.InFold(lexicon.FiniteAux, w) && !lexicon.InFold(lexicon.ObjectPronouns, w)
}

// raisingCues are cues that, passive, raise their clause's subject and
// take an infinitive ("is estimated to cost", "was said to be"): with "to"
// after them and no auxiliary, they are a participle after a noun.
var raisingCues = lexicon.SetOf("estimated", "said", "thought", "believed", "reported", "alleged", "rumoured", "rumored",
	"understood", "considered", "deemed", "projected", "known", "reputed", "presumed")

// auxOrModal reports whether w is a finite auxiliary or a modal ("has",
// "was", "would"; "to", which the modal list holds for "ought to", is
// neither).
func auxOrModal(w string) bool {
	return lexicon.InFold(lexicon.FiniteAux, w) || lexicon.InFold(lexicon.Modals, w) && !lexicon.EqualFold(w, "to")
}

// resultCues report figures as their object: "posted a pre-tax loss",
// "reported a 38 per cent jump"; "said a rise in costs squeezed margins"
// reports a clause.
var resultCues = lexicon.SetOf("posted", "posts", "reported", "reports", "recorded", "records", "announced",
	"announces", "booked", "books", "forecast", "forecasts")

// thatSoon reports whether "that" comes among the first six words of
// text: "to applause that the bridge would be rebuilt" is a phrase, then
// the clause.
func thatSoon(text string) bool {
	var buf [6]string
	for _, w := range appendFields(buf[:0], text, 6) {
		if lexicon.EqualFold(w, "that") {
			return true
		}
	}
	return false
}

// resultNouns name a company's or an economy's figures: "a net loss of
// 1.8 billion francs", "a 38 per cent jump".
var resultNouns = lexicon.SetOf("loss", "losses", "profit", "profits", "rise", "fall", "drop", "jump", "surge", "increase",
	"decrease", "decline", "gain", "deficit", "surplus", "revenue", "revenues", "turnover", "dividend", "slump")

// resultPhrase reports whether text is a noun phrase of figures: "a" or
// "an", a result noun among its first four words, then no verb of its
// own among the next three ("a net loss of 1.8 billion francs for the
// year"; not "a profit would return next year").
func resultPhrase(text string) bool {
	var buf [10]string
	f := appendFields(buf[:0], text, 10)
	if len(f) < 2 || !lexicon.EqualFold(f[0], "a") && !lexicon.EqualFold(f[0], "an") {
		return false
	}
	for i := 1; i < len(f) && i <= 4; i++ {
		if !lexicon.InFold(resultNouns, strings.Trim(f[i], ",.;")) {
			continue
		}
		// no verb of its own before a subordinate clause ("..., as a
		// poor harvest left its factories idle" is the subordinate's):
		// "a federally mandated increase in the wage, due in October,
		// would add $9m" is a clause
		for w := range strings.FieldsSeq(text) {
			w = strings.Trim(w, ",.;\"“”")
			if lexicon.InFold(subordinators, w) || lexicon.EqualFold(w, "as") {
				break
			}
			if auxOrModal(w) || lexicon.InFold(lexicon.IrregularPast, w) {
				return false
			}
		}
		return true
	}
	return false
}

// bareParticiple reports whether the cue is a past participle that is no
// simple past ("written", "shown", "known") with no auxiliary before it:
// "a debut novel written largely at night" modifies its noun; no one
// wrote anything in that clause.
func bareParticiple(cue, before string) bool {
	w := firstWord(cue)
	if !lexicon.InFold(lexicon.IrregularParticiples, w) {
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	i := len(f) - 1
	for i > 0 && i >= len(f)-3 && (lexicon.InFold(midAdverbs, strings.Trim(f[i], ",;")) || lexicon.InFold(participleAdverbs, strings.Trim(f[i], ",;")) ||
		strings.HasSuffix(f[i], "ly") || strings.HasSuffix(lexicon.Lower(f[i]), "self") || strings.HasSuffix(lexicon.Lower(f[i]), "selves")) {
		i-- // "has also written", "had earlier written", "has herself written"
	}
	last := lexicon.Lower(strings.Trim(f[i], ",;"))
	return !lexicon.InFold(lexicon.FiniteAux, last) && !lexicon.InFold(beForms, last) && last != "been" && last != "having" &&
		!strings.HasSuffix(last, "n't") && !strings.HasSuffix(last, "n’t") && last != "not" && !strings.HasSuffix(last, "ly")
}

// participleAdverbs stand between an auxiliary and its participle besides
// midAdverbs and words in -ly: "has since written", "had earlier written".
var participleAdverbs = lexicon.SetOf("also", "already", "since", "even", "often", "never", "just", "long", "now",
	"earlier", "once", "twice", "recently", "previously", "not")

// namedThenVerb reports whether text, the content of a naming cue, is a
// capitalised name followed by a finite verb: "Kaya has spent the past
// month ...", "Ap Tashi, has picked ...". "called Trump a liar" goes on
// to what the name is called, and stays.
func namedThenVerb(text string) bool {
	f := strings.Fields(text)
	i := 0
	for i < len(f) && i < 4 {
		if w := strings.Trim(f[i], "\"“‘'"); w == "" || !isUpperASCII(w[0]) {
			break
		}
		i++
		if strings.HasSuffix(f[i-1], ",") {
			break
		}
	}
	if i == 0 || i >= len(f) {
		return false
	}
	w := lexicon.Lower(strings.Trim(f[i], ","))
	return auxOrModal(w) || lexicon.InFold(lexicon.IrregularPast, w)
}

// negatedBefore reports whether the words before a cue negate it or
// decline it: "did not say", "didn't explain", "never said", "declined
// to say", "refused to say", "would not say".
func negatedBefore(before string) bool {
	// (the last two words, found without allocating: this runs on
	// every indirect speech)
	last, rest := trailingWord(before)
	if last == "" {
		return false
	}
	if lexicon.EqualFold(last, "not") || lexicon.EqualFold(last, "never") || strings.HasSuffix(last, "n't") || strings.HasSuffix(last, "n’t") ||
		strings.HasSuffix(last, "N'T") || strings.HasSuffix(last, "N’T") {
		return true
	}
	if lexicon.EqualFold(last, "to") {
		prev, _ := trailingWord(rest)
		for _, w := range [...]string{"declined", "declines", "refused", "refuses", "refusing", "declining"} {
			if lexicon.EqualFold(prev, w) {
				return true
			}
		}
	}
	return false
}

// trailingWord returns the last whitespace-separated word of s and what comes
// before it.
func trailingWord(s string) (word, rest string) {
	e := len(s)
	for e > 0 && unicode.IsSpace(rune(s[e-1])) {
		e--
	}
	b := e
	for b > 0 && !unicode.IsSpace(rune(s[b-1])) {
		b--
	}
	return s[b:e], s[:b]
}

// nounCues are cue words that are nouns at least as often as verbs: before
// a finite verb they are the subject ("Harsh comments are earning ...").
var nounCues = lexicon.SetOf("remark", "remarks", "comment", "comments", "report", "reports", "tweet", "tweets",
	"post", "posts", "question", "questions", "worry", "worries", "promise", "promises", "claim", "claims",
	"warning", "warnings", "statement", "statements", "answer", "answers", "reply", "replies", "response", "responses")

// relativeBefore reports whether one of the last four words before a cue
// is a relative or wh-word, the subject of the clause the cue interrupts:
// "which he said", "that officials say", "what experts believe".
func relativeBefore(before string) bool {
	f := strings.Fields(before)
	for i := len(f) - 1; i >= 0 && i >= len(f)-4; i-- {
		w := lexicon.Lower(strings.Trim(f[i], ",;:\"“”‘’'()"))
		if w == "which" || w == "that" || w == "who" || w == "what" || w == "whom" || w == "whatever" || w == "whoever" {
			return true
		}
	}
	return false
}

// freeRelativeBefore reports whether the cue's subject follows "what" or
// "whatever", at most two words before it with no punctuation between:
// the cue is in a free relative ("what Trump says his plan would do",
// "whatever the minister claims"), and its content is a clause with a
// gap, not a proposition. ("Asked what he thought, Ruiz said" is not;
// nor is a cleft, "What they said was the need to ...", whose content
// opens with the copula, nor a name given, "what they called Obama's
// failure".)
func freeRelativeBefore(before string) bool {
	rest := strings.TrimRight(before, " \t\r\n")
	for n := 0; n < 3 && rest != ""; n++ {
		i := strings.LastIndexAny(rest, " \t\r\n")
		w := rest[i+1:]
		if lexicon.EqualFold(w, "what") || lexicon.EqualFold(w, "whatever") {
			return n > 0
		}
		if strings.ContainsAny(w, ",;:\"“”()—–") || i < 0 {
			return false
		}
		rest = strings.TrimRight(rest[:i], " \t\r\n")
	}
	return false
}

// secondIs reports whether the second word of text is w.
func secondIs(text, w string) bool {
	var buf [3]string
	f := appendFields(buf[:0], text, 2)
	return len(f) == 2 && lexicon.EqualFold(strings.Trim(f[1], ",.;"), w)
}

// writtenWork reports whether an indirect content of a writing cue is a
// noun phrase naming a written work: a determiner or possessive, at most
// two modifiers, and a noun of a document ("a memoir of her years", "his
// book", "an op-ed in the Times"), not followed by a verb of a clause.
func writtenWork(text string) bool {
	var buf [5]string
	f := appendFields(buf[:0], text, 5)
	if len(f) < 2 || !(lexicon.InFold(lexicon.Determiners, f[0]) || lexicon.InFold(lexicon.PossDeterminers, f[0])) {
		return false
	}
	for i := 1; i < len(f) && i <= 3; i++ {
		w := lexicon.Lower(strings.Trim(f[i], ",.;:"))
		if lexicon.InFold(documentNouns, w) || lexicon.InFold(workNouns, w) {
			return i+1 >= len(f) || !verbForm(lexicon.Lower(strings.Trim(f[i+1], ",.;:")))
		}
	}
	return false
}

// workNouns are written works besides documentNouns: what an author
// writes, as the object of "wrote".
var workNouns = lexicon.SetOf("memoir", "memoirs", "book", "books", "novel", "essay", "column", "op-ed", "biography", "autobiography", "poem", "song", "script", "blog",
	// what is posted besides words: "posted a photo of his sheep"
	"photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video", "videos", "clip",
	"selfie", "footage", "map", "chart", "graphic", "meme", "screenshot", "cartoon", "drawing", "recording")

// callForms are the forms of "call", which urges only as "call on" or
// "call for":
// "called her to get together" is a telephone call.
var callForms = lexicon.SetOf("call", "called", "calls", "calling")

// accountCues give an account of something: with "what", "where" or
// "when" ("describes what happens", "discussed where the money goes") they
// name what the account is of, not what it says ("described what she saw
// as a cover-up" evaluates; "explained" often gives the account, and
// stays).
var accountCues = lexicon.SetOf("describe", "describes", "described", "describing", "detail", "details", "detailed",
	"outline", "outlines", "outlined", "discuss", "discusses", "discussed")

// gerundCues take a gerund whose subject is the source's own: what it
// reports of itself ("reported having", "admitted making", "recalled
// meeting").
var gerundCues = lexicon.SetOf("report", "reports", "reported", "admit", "admits", "admitted", "acknowledge", "acknowledges",
	"acknowledged", "recall", "recalls", "recalled", "remember", "remembers", "remembered")

// adjunctParticiples open a phrase that goes with the cue, not its content.
var adjunctParticiples = lexicon.SetOf("citing", "saying", "adding", "noting", "referring", "speaking", "writing",
	"calling", "arguing", "quoting", "according", "describing", "explaining", "following")

// gerundClause reports whether text opens with a gerund with its object
// or complement: a lower-case word in -ing that is not followed by "of"
// nor is a noun of an event ("a shooting"), which a determiner would
// precede anyway.
func gerundClause(text string) bool {
	var buf [3]string
	f := appendFields(buf[:0], text, 3)
	if len(f) < 2 {
		return false
	}
	w := f[0]
	if len(w) < 5 || !strings.HasSuffix(w, "ing") || isUpperASCII(w[0]) || strings.HasSuffix(w, "thing") || lexicon.InFold(adjunctParticiples, w) {
		return false // (not "the Post reported, citing another source": a participle of the reporter's)
	}
	next := lexicon.Lower(strings.Trim(f[1], ",.;"))
	// (not a noun of an event before where or when: "reported fighting
	// in the outskirts", "reported flooding on the main road")
	return next != "of" && next != "" && !strings.HasSuffix(f[0], ",") && !lexicon.InFold(lexicon.FiniteAux, next) &&
		!lexicon.InFold(lexicon.Prepositions, next) && !lexicon.InFold(lexicon.TimeWords, next) && !strings.HasSuffix(next, "ly")
}

// evaluatedObject reports whether the content of "call" is an object and
// then an indefinite noun phrase saying what it is ("her vote in favor of
// the war a mistake", "the plan an insult to voters"): an evaluation,
// unlike a name given ("the governor Chris") or a time ("him a week
// ago").
func evaluatedObject(text string) bool {
	var buf [14]string
	f := appendFields(buf[:0], text, 14)
	for i := 1; i+1 < len(f); i++ {
		w := lexicon.Lower(f[i])
		if w != "a" && w != "an" {
			continue
		}
		prev := lexicon.Lower(strings.Trim(f[i-1], ",;\"“”‘’'"))
		next := lexicon.Lower(strings.Trim(f[i+1], ",.;\"“”‘’'"))
		if strings.HasSuffix(f[i-1], ",") || lexicon.InFold(lexicon.Prepositions, prev) || lexicon.InFold(lexicon.FiniteAux, prev) ||
			lexicon.InFold(lexicon.TimeWords, next) || lexicon.InFold(notEvaluations, next) ||
			prev == "and" || prev == "or" || prev == "such" || prev == "what" || prev == "quite" || prev == "called" {
			return false
		}
		return true
	}
	return false
}

// notEvaluations follow "a" after the object of "call" when the phrase
// says when or how often someone was called, or what was called for
// someone: "called the hospital a second time", "called him a taxi".
var notEvaluations = lexicon.SetOf("day", "few", "while", "minute", "hour", "decade", "second", "third", "couple", "number",
	"little", "fortnight", "bit", "lot", "dozen", "handful", "taxi", "cab", "minicab", "ambulance", "runner", "doctor", "car",
	"plumber", "priest", "meeting", "halt", "truce", "strike", "vote", "election", "referendum", "press", "news", "conference",
	"timeout", "time-out", "foul", "penalty", "free")

// callAdverbs open what "call" takes when it is no naming: "called
// together a group", "called off a strike".
var callAdverbs = lexicon.SetOf("together", "off", "out", "on", "upon", "for", "time")

// questionCues ask rather than state: what follows is a question.
var questionCues = lexicon.SetOf("asked", "ask", "asks", "asking", "wondered", "wonders", "questioned", "queried", "inquired", "enquired")

// beForms are the forms of "be" that make a following participle passive.
var beForms = lexicon.SetOf("is", "are", "was", "were", "be", "been", "being", "'s", "’s", "isn't", "wasn't", "aren't", "weren't")

// passiveCue reports whether the cue is a passive participle: the word
// before it (adverbs skipped) is a form of "be" ("is widely expected",
// "was described").
func passiveCue(cue, before string) bool {
	e, ok := lexicon.LookupCue(firstWord(cue))
	if !ok || !e.Past || e.Base || e.Third {
		return false
	}
	var buf [32]string
	words := appendFields(buf[:0], before, len(before))
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		w := strings.Trim(words[i], ",;")
		switch {
		case lexicon.InFold(beForms, w):
			return true
		case strings.HasSuffix(lexicon.Lower(w), "ly"), lexicon.EqualFold(w, "not"), lexicon.InFold(midAdverbs, w), lexicon.InFold(passiveAdverbs, w):
			continue // "is widely expected", "was not reported", "was once called"
		}
		return false
	}
	return false
}

// passiveAdverbs may stand between "be" and a passive participle, besides
// midAdverbs and words in -ly: "was once called", "has been twice named".
var passiveAdverbs = lexicon.SetOf("once", "twice", "first", "later", "since", "then", "variously", "sometimes", "previously")

// appendFields appends to dst the first max fields of s, as strings.Fields
// splits them, without allocating when dst has room. Fields beyond max are
// dropped.
func appendFields(dst []string, s string, max int) []string {
	start := -1
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
			if start < 0 {
				start = i
			}
			continue
		case start < 0:
			continue
		}
		if max--; max < 0 {
			return dst
		}
		dst = append(dst, s[start:i])
		start = -1
	}
	if start >= 0 && max > 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// firstWord is the first word of s, without punctuation around it.
func firstWord(s string) string {
	f, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return strings.Trim(f, ",.;:")
}

// isClause reports whether an indirect content reads as a clause: it
// opens with a complementizer, a question word or "to" and a verb, or it
// has a finite verb: an auxiliary or modal, a subject pronoun followed by
// its verb, a past form after its subject, or an -s form after a noun and
// before what follows verbs. Verbs of relative clauses ("the display,
// which kept them in the game") and participles after a comma ("the
// findings, published on Monday") do not count.
func isClause(text, cue string) bool {
	if i := strings.IndexAny(text, ":;"); i > 0 && (cueClass(cue) == Belief || cueClass(cue) == Perception) {
		if first := firstWord(text); lexicon.InFold(lexicon.Articles, first) || lexicon.InFold(lexicon.PossDeterminers, first) {
			// "felt the pinch most sharply: only one in five ...": a noun
			// phrase, then the writer's own elaboration after the colon
			// (but "posted an update on its website: fewer than one in
			// five services are running" says what the update said)
			text = text[:i]
		}
	}
	var buf [64]string
	words := appendClauseTokens(buf[:0], text)
	n := 0
	for _, w := range words {
		if w != "," {
			n++
		}
	}
	if n < 2 {
		return false
	}
	first := words[0]
	switch {
	case lexicon.InFold(lexicon.Complementizers, first), lexicon.InFold(lexicon.QuestionWords, first),
		lexicon.EqualFold(first, "not"):
		return true
	case lexicon.EqualFold(first, "to"):
		return len(words) > 1 && isVerbLike(words[1]) && !strings.HasSuffix(words[1], "s") || len(words) > 1 && strings.HasSuffix(words[1], "ss")
	}
	// "a 38 per cent jump in profit for the quarter ended December", "a
	// $120m funding round led by ...": an amount after "a" opens a noun
	// phrase whose participles are no finite verbs.
	amount := len(words) > 2 && (lexicon.EqualFold(first, "a") || lexicon.EqualFold(first, "an")) && startsWithDigitOrCurrency(words[1])
	npFirst := lexicon.InFold(lexicon.Articles, first) || lexicon.InFold(lexicon.Determiners, first) ||
		lexicon.InFold(lexicon.Quantifiers, first) || lexicon.InFold(lexicon.PossDeterminers, first) || lexicon.IsNumber(first)
	// "two extra shows in May": a count above one opens a plural noun
	// phrase, which no third-person verb agrees with
	pluralCount := (lexicon.IsNumber(first) || lexicon.IsNumeral(first)) && !lexicon.EqualFold(first, "one") && first != "1" &&
		!isYear(first) && !(len(words) > 1 && words[1] != "" && words[1][0] >= 'A' && words[1][0] <= 'Z') // not "10 Downing Street wants"
	relEnd := -1
	for i, w := range words {
		prev, next := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		if i > 1 && prev == "," && (lexicon.EqualFold(w, "which") || lexicon.EqualFold(w, "who")) {
			// "the Sagamu plant, which opened in March, was running": a
			// relative clause between commas, then the main verb
			c := i + 1
			for c < len(words) && words[c] != "," {
				c++
			}
			if c+1 < len(words) {
				relEnd = c
				continue
			}
		}
		if i > 0 && (lexicon.InFold(lexicon.RelativePronouns, w) && !lexicon.EqualFold(w, "that") || lexicon.InFold(subordinators, w)) {
			break // what follows is a relative or subordinate clause, not the main one
		}
		if i > 0 && lexicon.EqualFold(w, "and") && next != "" && (isPastForm(next) || lexicon.InFold(lexicon.FiniteAux, next)) {
			// "declared a state of emergency and closed all businesses",
			// "announced a partnership and is seeking $3m": the subject's
			// second verb, after a noun phrase that was all the content
			break
		}
		if i > 0 && (lexicon.EqualFold(prev, "that") && i > 1 || prev == "," && !(i >= 3 && afterAppositive(words, i))) || i <= relEnd {
			continue // a relative clause's verb, or a participle after a comma
		}
		if lexicon.InFold(utteranceNouns, w) && !isUpperASCII(first[0]) && !lexicon.InFold(lexicon.SubjectPronouns, first) && !lexicon.EqualFold(first, "the") &&
			!strings.HasSuffix(prev, "ly") && !lexicon.InFold(midAdverbs, prev) && !lexicon.InFold(notNames, prev) {
			continue // "says racist things", "said a few kind words": what was said, named, is no verb
		}
		if npFirst && i >= 2 && nounish(prev) && !lexicon.EqualFold(words[i-2], "to") && (lexicon.InFold(nominatives, w) ||
			lexicon.InFold(lexicon.PossDeterminers, w)) {
			// A noun, then a subject: a relative clause without "that",
			// whose verb is not the content's ("several examples of help
			// his charity had received", "policies she supported"; but
			// "the plan he drew up would fail" goes on to "would").
			relEnd = reducedRelativeEnd(words, i)
			continue
		}
		switch {
		case (lexicon.InFold(lexicon.FiniteAux, w) || lexicon.InFold(lexicon.Modals, w) && !lexicon.EqualFold(w, "to")) &&
			!(w[0] >= 'A' && w[0] <= 'Z' && (isNominalContext(prev) || lexicon.IsNumber(prev))),
			// a capital "May" after a preposition is the month ("performances in May")
			strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "N'T") || strings.HasSuffix(w, "N’T"), lexicon.InFold(contractions, w):
			return true
		case next != "" && next != "," && lexicon.InFold(lexicon.SubjectPronouns, w) && !lexicon.EqualFold(w, "who") && !lexicon.EqualFold(w, "which"):
			return true // "we need", "it was": the word after the pronoun is its verb
		case npFirst && i > 1 && lexicon.InFold(postmodifierParticiples, w) && lexicon.InFold(lexicon.Prepositions, next) && !lexicon.EqualFold(next, "to"):
			continue // "a data bundle aimed at students", "a fund backed by ...": a participle after its noun
		case i > 0 && !amount && isPastForm(w) && !isNominalContext(prev):
			return true // "the bill passed", "prices rose", "the ruling set"
		case i > 0 && !amount && !pluralCount && !isUpperASCII(w[0]) && isPresentThird(w, subjectWord(words, i)) &&
			(followsVerb(next) || lexicon.InFold(commonThird, w) && !verbForm(next)) &&
			!(i > 1 && lexicon.InFold(lexicon.Prepositions, words[i-2]) && lexicon.InFold(lexicon.Prepositions, next) && !knownThird(w)) &&
			!(npFirst && (next == "" || next == "," && i+2 < len(words) && strings.HasSuffix(lexicon.Lower(words[i+2]), "ing")) && !knownThird(w) && insidePP(words, i)):
			// "the campaign comes too late", "Russia wants a deal", "each
			// year of education yields a bump"; not "two extra shows", nor
			// the noun of a prepositional phrase before another ("a tour of
			// village halls on Savai'i")
			return true
		case !amount && !pluralCount && agreeingVerb(words, i) && !insidePP(words, i):
			return true // "the robot slows to walking pace", "the converted bikes struggle on the hills"
		case i > 0 && i <= 5 && lexicon.EqualFold(w, "to") && next != "" && isVerbLike(next) && lexicon.InFold(objectControl, firstWord(cue)) &&
			!(lexicon.InFold(callForms, firstWord(cue)) && !lexicon.EqualFold(first, "on") && !lexicon.EqualFold(first, "upon") && !lexicon.EqualFold(first, "for")):
			return true // "urged broadcasters to give", "called on them to reject"; not "called her to get together again"
		case i > 0 && i <= 8 && lexicon.EqualFold(w, "to") && next != "" && isVerbLike(next) && lexicon.InFold(expectCues, firstWord(cue)):
			return true // "expects sales in China and the Gulf to double": what is expected of something, a proposition
		case (lexicon.EqualFold(w, "of") || lexicon.EqualFold(w, "against") || lexicon.EqualFold(w, "for")) &&
			strings.HasSuffix(lexicon.Lower(next), "ing"):
			return true // "accused X of using", "warned against overstating"
		}
	}
	return false
}

// wantForms take an object and a to-infinitive that says what the source
// wants of it ("wants the council to reopen the library"), a position
// unlike "wants to run", a plan.
var wantForms = lexicon.SetOf("want", "wants", "wanted")

// objectInfinitive reports whether text is an object and a to-infinitive
// ("the council to reopen the library"): it opens with a determiner or
// an object pronoun and has "to" within its first nine words.
func objectInfinitive(text string) bool {
	var buf [10]string
	f := appendFields(buf[:0], text, 10)
	if len(f) < 3 || !lexicon.InFold(lexicon.Determiners, f[0]) && !lexicon.InFold(lexicon.ObjectPronouns, f[0]) || lexicon.InFold(lexicon.Complementizers, f[0]) {
		return false
	}
	for _, w := range f[1:] {
		if lexicon.EqualFold(w, "to") {
			return true
		}
	}
	return false
}

// expectCues take an object and a to-infinitive that state what the
// source expects of it: "expects sales to double".
var expectCues = lexicon.SetOf("expect", "expects", "expected", "expecting")

// utteranceNouns are plural nouns for what someone says, never a verb:
// "says racist things", "said kind words", "made offensive remarks".
var utteranceNouns = lexicon.SetOf("things", "stuff", "words", "remarks", "comments", "jokes", "slurs", "insults",
	"falsehoods", "untruths", "platitudes", "nonsense")

// insidePP reports whether words[i] ends the noun phrase of a
// prepositional phrase: the words back to the nearest preposition are no
// verbs, pronouns or commas ("a spring tour of six rural towns", "a
// review of all seafront trading licences"), so a plural noun there is no
// verb without an object.
func insidePP(words []string, i int) bool {
	for k := i - 1; k > 0 && k >= i-5; k-- {
		w := words[k]
		switch {
		case lexicon.InFold(lexicon.Prepositions, w):
			return !lexicon.EqualFold(w, "to")
		case w == ",", lexicon.InFold(lexicon.SubjectPronouns, w), lexicon.InFold(lexicon.FiniteAux, w),
			lexicon.InFold(lexicon.Modals, w), lexicon.InFold(lexicon.Complementizers, w), isPastForm(w):
			return false
		}
	}
	return false
}

// nounish reports whether w can end a noun phrase that a relative clause
// without "that" follows: a word that is no function word, adverb, verb
// form of a cue, past or -ing form or comma.
func nounish(w string) bool {
	if l := lexicon.Lower(w); w == "," || w == "" || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ing") || isPastForm(w) {
		return false
	}
	for _, s := range [...]lexicon.Set{lexicon.Prepositions, lexicon.Articles, lexicon.Determiners, lexicon.PossDeterminers,
		lexicon.Quantifiers, lexicon.Complementizers, lexicon.FiniteAux, lexicon.Modals, lexicon.SubjectPronouns,
		lexicon.ObjectPronouns, lexicon.Connectives, lexicon.LeadConjunctions, lexicon.RelativePronouns} {
		if lexicon.InFold(s, w) {
			return false
		}
	}
	_, cue := lexicon.LookupCue(lexicon.Lower(w))
	return !cue && !lexicon.EqualFold(w, "and") && !lexicon.EqualFold(w, "or")
}

// reducedRelativeEnd returns the index of the last word of the verb group
// of the relative clause whose subject starts at words[i] ("she
// supported", "his charity had received").
func reducedRelativeEnd(words []string, i int) int {
	j := i + 1
	if !lexicon.InFold(lexicon.SubjectPronouns, words[i]) {
		for k := 0; k < 3 && j < len(words) && !verbForm(words[j]); k++ {
			j++ // the subject's noun: "his charity"
		}
	}
	for j < len(words) && (lexicon.InFold(lexicon.FiniteAux, words[j]) || lexicon.InFold(lexicon.Modals, words[j]) && !lexicon.EqualFold(words[j], "to") ||
		lexicon.EqualFold(words[j], "been") || lexicon.EqualFold(words[j], "be") || strings.HasSuffix(lexicon.Lower(words[j]), "ly")) {
		j++ // "had", "would not", "has been"
	}
	if j < len(words) && verbForm(words[j]) {
		j++ // the verb itself: "supported", "received"; "saw" in "he saw were" and not "were"
	}
	return j - 1
}

// nominatives are the pronouns that can only be subjects: "it" and "you"
// after a verb are objects ("makes it difficult").
var nominatives = lexicon.SetOf("he", "she", "i", "we", "they")

// verbForm reports whether w is an auxiliary, a modal, a past or -ing form.
func verbForm(w string) bool {
	l := lexicon.Lower(w)
	return lexicon.InFold(lexicon.FiniteAux, w) || lexicon.InFold(lexicon.Modals, w) && l != "to" || isPastForm(w) ||
		l == "been" || l == "be" || l == "being" || len(l) > 4 && strings.HasSuffix(l, "ing")
}

// startsWithDigitOrCurrency reports whether the token w is an amount: it
// opens with a digit or a currency sign ("38"; "$120m" and "₹142.6" are
// tokenised without their sign), or is a capital letter of a currency
// written before the digits ("R250", the rand).
func startsWithDigitOrCurrency(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) {
		return true
	}
	r2, _ := utf8.DecodeRuneInString(w[size:])
	return (r == 'R' || r == 'N') && unicode.IsDigit(r2) // R250, N250 (naira)
}

// subordinators open a subordinate clause, whose verb does not make the
// content a clause: "the display, which kept them level", "the goal,
// when Harbour were on top".
var subordinators = lexicon.SetOf("when", "while", "because", "although", "though", "after", "before",
	"until", "since", "unless", "whereas", "where")

// contractions of a subject and "is" or "has": "it's", "there's".
var contractions = lexicon.SetOf("it's", "it’s", "that's", "that’s", "there's", "there’s", "he's", "he’s",
	"she's", "she’s", "what's", "what’s", "who's", "who’s", "here's", "here’s", "we're", "we’re",
	"they're", "they’re", "you're", "you’re", "i'm", "i’m", "we've", "we’ve", "they've", "they’ve", "i've", "i’ve")

// appendClauseTokens appends the words and commas of text to dst: each
// comma is a token, and so is each run of letters, digits, apostrophes
// and hyphens.
func appendClauseTokens(dst []string, text string) []string {
	start := -1
	for i, r := range text {
		word := r == '\'' || r == '’' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word:
			if start < 0 {
				start = i
			}
			continue
		case start >= 0:
			dst = append(dst, text[start:i])
			start = -1
		}
		if r == ',' {
			dst = append(dst, ",")
		}
	}
	if start >= 0 {
		dst = append(dst, text[start:])
	}
	return dst
}

// followsVerb reports whether a word can follow a finite verb: an
// article, determiner, preposition, "to", "that", "not", an adverb, a
// number, or the end; not "and" or another noun-like word.
func followsVerb(next string) bool {
	switch {
	case next == "", next == ",":
		return true
	case lexicon.InFold(lexicon.Articles, next), lexicon.InFold(lexicon.Determiners, next), lexicon.InFold(lexicon.PossDeterminers, next),
		lexicon.InFold(lexicon.Prepositions, next), lexicon.InFold(lexicon.Quantifiers, next), lexicon.InFold(lexicon.Complementizers, next),
		lexicon.InFold(lexicon.ObjectPronouns, next), lexicon.IsNumber(next), lexicon.InFold(lexicon.HonorificWords, next):
		return true // an honorific opens a name: "Clinton leads Mr. Trump"
	}
	l := lexicon.Lower(next)
	return l == "to" || l == "not" || l == "too" || l == "more" || l == "less" || l == "no" || strings.HasSuffix(l, "ly")
}

// isNominalContext reports whether a word before a verb-like form makes
// it an adjective or noun ("the proposed bill", "in the set").
func isNominalContext(prev string) bool {
	return lexicon.InFold(lexicon.Determiners, prev) || lexicon.InFold(lexicon.Prepositions, prev) ||
		lexicon.InFold(lexicon.PossDeterminers, prev) || lexicon.InFold(lexicon.Articles, prev)
}

// subjectWord returns the word before words[i] past an adverb, which
// may stand between a subject and its verb: "Ivanka Trump also advises".
func subjectWord(words []string, i int) string {
	j := i - 1
	if j > 0 && (lexicon.InFold(midAdverbs, words[j]) || len(words[j]) > 4 && strings.HasSuffix(words[j], "ly")) {
		j--
	}
	return words[j]
}

// midAdverbs stand between a subject and its verb.
var midAdverbs = lexicon.SetOf("also", "still", "now", "often", "never", "already", "always", "rarely", "seldom", "usually", "even")

// afterAppositive reports whether w, after a comma, is the finite verb
// that follows an appositive or a list ("Cheryl Mills, a top aide, sent
// the employee an email", "Warren and Reid, have been in touch"): an
// auxiliary, or a past form with an object or a particle after it; a
// participle after a comma ("the report, released on Monday") is none.
func afterAppositive(words []string, i int) bool {
	w, next := words[i], ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	if lexicon.InFold(lexicon.FiniteAux, w) {
		// but "..., should Clinton attempt a return": a condition, its
		// subject after the auxiliary
		return !((lexicon.EqualFold(w, "should") || lexicon.EqualFold(w, "had") || lexicon.EqualFold(w, "were")) && next != "" &&
			(isUpperASCII(next[0]) || lexicon.InFold(lexicon.SubjectPronouns, next)))
	}
	if !isPastForm(w) || next == "" || lexicon.IsWeekdayOrMonth(next) {
		return false
	}
	// A past form is the verb only after a name and its appositive
	// ("Cheryl Mills, a top aide, sent"), not after a noun phrase's own
	// comma ("a new plan, approved this week").
	named := false
	for j := i - 2; j > 0 && i-j <= 12; j-- {
		if words[j] == "," {
			named = words[j-1] != "" && isUpperASCII(words[j-1][0])
			break
		}
	}
	return named && (lexicon.InFold(lexicon.Articles, next) || lexicon.InFold(lexicon.PossDeterminers, next) ||
		lexicon.EqualFold(next, "up") || isUpperASCII(next[0]) && !lexicon.InFold(lexicon.Prepositions, next))
}

// knownThird reports whether w is a cue verb in the third person present
// ("says", "wants").
func knownThird(w string) bool {
	e, ok := lexicon.LookupCue(lexicon.Lower(w))
	return ok && e.Third
}

// postmodifierParticiples are past participles of verbs that take an
// object, so that one followed straight by a preposition is passive and
// describes the noun before it ("a bundle aimed at students", "a fund
// backed by miners", "a tour planned for May"), not the past tense of a
// clause, as an intransitive verb may be ("a deal collapsed on Friday").
var postmodifierParticiples = lexicon.SetOf("aimed", "designed", "based", "backed", "funded", "owned", "built", "intended",
	"targeted", "tailored", "geared", "priced", "valued", "sponsored", "operated", "developed", "produced", "created",
	"financed", "commissioned", "published", "controlled", "managed", "planned", "scheduled", "slated", "set", "made",
	"powered", "supplied", "run", "led", "held", "located", "dedicated", "devoted", "named", "inspired")

// isPresentThird reports whether w, after prev, reads as a verb in the
// third person singular present: an -s form after a noun that is not
// itself a determiner, a possessive or a preposition ("the campaign
// comes"), not a plural noun after a determiner ("the rules").
func isPresentThird(w, prev string) bool {
	lw := strings.ToLower(w)
	if e, ok := lexicon.LookupCue(lw); ok && e.Third {
		return !isNominalContext(prev)
	}
	if commonThird[lw] {
		// not after a possessive or an adjective's noun: "the old
		// school's needs", "his wants"
		return !isNominalContext(prev) && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s")
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

// agreeingVerb reports whether words[i] is the present-tense verb of a
// subject noun right before it (past a mid adverb), by the inflections
// the list of common English words holds: a noun after a determiner and
// a verb in -s ("the robot slows", "the wall buys time"), or a plural
// noun and a verb's bare form ("the converted bikes struggle", "its
// operators earn", "children still bring"). A verb has forms in -ed and
// -s; a noun has a plural and no comparative ("new" has "newer", and
// "the new rules" holds no verb).
func agreeingVerb(words []string, i int) bool {
	j := i - 1
	if j > 0 && lexicon.InFold(midAdverbs, words[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	w, subj := words[i], words[j]
	// The cheap tests first: this runs on most words of most contents.
	if !lowerWord(w) || !lowerWord(subj) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(subj, "ly") {
		return false
	}
	t, third := strings.CutSuffix(w, "s")
	third = third && !strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "u") && !strings.HasSuffix(t, "i")
	det := func(k int) bool {
		return k >= 0 && (lexicon.InFold(lexicon.Articles, words[k]) || lexicon.InFold(lexicon.PossDeterminers, words[k]) ||
			third && lexicon.InFold(singularDeterminers, words[k])) // "each buoy costs"
	}
	if third {
		// a noun after a determiner, past one noun or adjective before it
		// ("the application form runs"), then a verb in -s, not one that a
		// list goes on from ("the road works and the rail strikes")
		if strings.HasSuffix(subj, "s") || !det(j-1) && !(det(j-2) && lowerWord(words[j-1])) ||
			i+1 < len(words) && (words[i+1] == "," || words[i+1] == "and" || words[i+1] == "or") {
			return false
		}
	} else if !lexicon.InFold(irregularPlurals, subj) &&
		!(strings.HasSuffix(subj, "s") && !strings.HasSuffix(subj, "ss") && !strings.HasSuffix(subj, "us") && !strings.HasSuffix(subj, "is")) {
		return false // a verb's bare form follows a plural noun only
	} else {
		// not a plural noun that modifies the next after "a": "an arms
		// deal", "a new savings plan", "a sales tax"
		k := j - 1
		for k >= 0 && lowerWord(words[k]) && !lexicon.InFold(lexicon.Articles, words[k]) && !lexicon.InFold(lexicon.Prepositions, words[k]) && k > j-4 {
			k--
		}
		if k >= 0 && (words[k] == "a" || words[k] == "an") {
			return false
		}
	}
	for _, s := range [...]lexicon.Set{lexicon.Prepositions, lexicon.Articles, lexicon.Determiners, lexicon.PossDeterminers,
		lexicon.Quantifiers, lexicon.Complementizers, lexicon.FiniteAux, lexicon.Modals, lexicon.SubjectPronouns,
		lexicon.ObjectPronouns, lexicon.Connectives, lexicon.RelativePronouns} {
		if lexicon.InFold(s, w) || lexicon.InFold(s, subj) {
			return false
		}
	}
	if !lexicon.CommonWord(w) || !lexicon.CommonWord(subj) {
		return false
	}
	verbal := func(stem string) bool {
		return lexicon.InFold(irregularBases, stem) || lexicon.CommonWord(stem+"ed") || lexicon.CommonWord(stem+"d")
	}
	if third {
		if det(j-2) && !det(j-1) && !lexicon.CommonWord(words[j-1]) {
			return false
		}
		stem := t
		if !lexicon.CommonWord(stem) {
			stem = strings.TrimSuffix(t, "e") // "pushes"
		}
		if !lexicon.CommonWord(stem) || !verbal(stem) || !lexicon.CommonWord(subj+"s") && !lexicon.CommonWord(pluralY(subj)) {
			return false
		}
		adjective := (lexicon.CommonWord(subj+"er") || lexicon.CommonWord(subj+"r")) && (lexicon.CommonWord(subj+"est") || lexicon.CommonWord(subj+"st"))
		// (a word that is an adjective too is the noun when what follows
		// the verb can only follow a verb: "the firm employs 40 people")
		return !adjective || i+1 < len(words) && (lexicon.IsNumber(words[i+1]) || startsWithDigitOrCurrency(words[i+1]) ||
			lexicon.InFold(lexicon.Articles, words[i+1]) || lexicon.InFold(lexicon.PossDeterminers, words[i+1]))
	}
	// a plural noun, then a verb's bare form
	return (lexicon.InFold(irregularPlurals, subj) || lexicon.CommonWord(singular(subj))) && verbal(w) &&
		(lexicon.CommonWord(w+"s") || lexicon.CommonWord(w+"es"))
}

// pluralY returns the plural in -ies of a noun in a consonant and -y
// ("battery", "batteries"), else "".
func pluralY(w string) string {
	if len(w) < 3 || w[len(w)-1] != 'y' || strings.ContainsRune("aeiou", rune(w[len(w)-2])) {
		return ""
	}
	return w[:len(w)-1] + "ies"
}

// singularDeterminers open a singular noun phrase, which a verb in -s
// agrees with: "each buoy costs", "every vote counts".
var singularDeterminers = lexicon.SetOf("each", "every", "this", "that", "another", "either", "neither")

// lowerWord reports whether w is a word of lower-case ASCII letters and
// hyphens.
func lowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isLowerASCII(c) && !(c == '-' && i > 0) {
			return false
		}
	}
	return true
}

// irregularBases are the bare forms of English verbs whose past is
// irregular (their past forms are lexicon.IrregularPast).
var irregularBases = lexicon.SetOf("arise", "eat", "beat", "become", "begin", "bend", "bet", "bite", "bleed", "blow",
	"bear", "break", "bring", "build", "burn", "buy", "catch", "choose", "cling", "come", "cost", "creep", "cut",
	"deal", "dig", "do", "draw", "drink", "drive", "feed", "feel", "fall", "flee", "fly", "forbid", "forget",
	"forgive", "freeze", "fight", "find", "give", "get", "grow", "go", "hang", "have", "hear", "hide", "hit", "hold",
	"hurt", "keep", "know", "lay", "lead", "leave", "lend", "let", "lie", "light", "lose", "make", "mean", "meet",
	"pay", "put", "quit", "run", "ring", "ride", "rise", "say", "see", "sell", "send", "set", "shake", "shine",
	"shoot", "show", "shut", "sing", "sink", "sit", "sleep", "speak", "spend", "spread", "stand", "steal", "stick",
	"strike", "swear", "swim", "swing", "take", "teach", "tear", "tell", "think", "throw", "understand", "wake",
	"wear", "win", "write")

// irregularPlurals are plural nouns of people without -s.
var irregularPlurals = lexicon.SetOf("children", "people", "men", "women", "police", "staff", "folk", "youth", "clergy")

// targetPrepositions open what a cue is aimed at, never what was said:
// "fired back at Trump's comments"; "at" only before a name ("at least three people were treated", "at
// the launch, ... that" open a clause or an adjunct).
var targetPrepositions = lexicon.SetOf("at", "toward", "towards", "into")

// capitalSecond reports whether the second word of text is capitalised.
func capitalSecond(text string) bool {
	var buf [2]string
	f := appendFields(buf[:0], text, 2)
	return len(f) == 2 && f[1] != "" && isUpperASCII(f[1][0])
}

// commonThird are frequent verbs in the third person that take a noun
// or an adjective straight after them ("the U.S. needs real campaign
// reform", "Russia wants peace", "the plan remains popular"), and whose
// form is seldom a plural noun's ("offers", "looks", "costs", "faces"
// and the like often are, and are left out).
var commonThird = lexicon.SetOf("needs", "wants", "gets", "makes", "takes", "gives", "remains", "seems",
	"lacks", "deserves", "owes", "knows", "likes", "loves", "hates", "becomes", "requires", "includes", "involves")

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

// documentNouns head a source that is a document or a body of data, not
// an actor: "according to the report", "figures show".
var documentNouns = lexicon.SetOf("report", "reports", "study", "studies", "poll", "polls", "survey",
	"surveys", "data", "figures", "analysis", "research", "review", "documents", "records", "statistics", "index",
	"findings", "estimates", "forecast", "forecasts", "projections", "audit", "modelling", "modeling",
	"average", "averages", "tally", "database", "databases", "tracker") // "the RealClearPolitics average of national polls shows"

// headBoundary are words that end the head of a noun phrase and open its
// post-modifier: "a study by X", "figures from X", "the report, published
// in March", "the survey of 2,000 adults", "a poll which ...".
var headBoundary = lexicon.SetOf("by", "from", "of", "for", "in", "on", "published", "commissioned",
	"released", "carried", "conducted", "which", "that")

// isDocumentSource reports whether the head of the source mention is a
// document noun: its last word, or the word before its first
// post-modifier ("a study by Ferris Economics, commissioned by ...").
func isDocumentSource(src string) bool {
	var buf [16]string
	f := appendFields(buf[:0], src, len(buf))
	for i, w := range f {
		if i > 0 && lexicon.InFold(headBoundary, w) {
			return documentNoun(f[i-1], i == 1)
		}
		if i > 0 && len(w) > 4 && strings.HasSuffix(w, "ing") && w[0] >= 'a' && w[0] <= 'z' && documentNoun(f[i-1], i == 1) {
			return true // "a database tracking such deaths": a participle after the head ("polling average" goes on)
		}
		if strings.HasSuffix(w, ",") {
			return documentNoun(w, i == 0)
		}
	}
	return len(f) > 0 && documentNoun(f[len(f)-1], len(f) == 1)
}

// documentNoun reports whether the word w (with trailing punctuation) is
// a document noun. Capitalised inside a name, only the words that end the
// names of documents count ("the AP-GfK Poll", "the Pew Report"): "Suara
// Data" and "Pew Research" are organisations. first marks the mention's
// first word, whose capital may be the sentence's ("Figures reported").
func documentNoun(w string, first bool) bool {
	w = strings.Trim(w, ",.;:")
	if w == "" {
		return false
	}
	if w[0] >= 'A' && w[0] <= 'Z' && !first {
		return lexicon.InFold(namedDocuments, w)
	}
	return lexicon.InFold(documentNouns, w)
}

// namedDocuments end the names of documents: "the Reuters/Ipsos Poll".
var namedDocuments = lexicon.SetOf("poll", "polls", "survey", "report", "study", "index", "review", "audit", "forecast")

// isDocumentAgent reports whether the text before a source mention makes
// it the author of a document that is the real subject: "a report by",
// "figures from", "a study published this month by". before is the text
// just before the mention.
func isDocumentAgent(before string) bool {
	var buf [12]string
	f := appendFields(buf[:0], before, len(buf))
	n := len(f)
	if n < 2 || !(lexicon.EqualFold(f[n-1], "by") || lexicon.EqualFold(f[n-1], "from")) {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-7; i-- { // "research to be released this week by ..."
		w := strings.Trim(f[i], ",.;:")
		if lexicon.InFold(documentNouns, w) {
			return true
		}
		if strings.HasSuffix(f[i], ",") || strings.HasSuffix(f[i], ".") {
			return false
		}
	}
	return false
}
