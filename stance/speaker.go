package stance

// Finding the source mention next to a cue: a pronoun, a name with its
// titles ("Chinese Foreign Minister Wang Yi"), a noun phrase ("the Trump
// campaign", "a new poll"), extended over appositives ("Bushra Khalidi,
// policy lead at Oxfam,").

// subjectPronouns are sources on their own ("he said"). Relative pronouns
// count too: PolNeAR annotates "who" in "..., who said".
var subjectPronouns = setOf("he", "she", "they", "it", "we", "i", "you", "who", "which")

// determiners begin a noun phrase; the walk left stops after one.
var determiners = setOf(
	"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
	"those", "some", "many", "several", "most", "other", "another", "both", "all", "each",
	"few", "one", "two", "three", "four", "five", "no", "any", "such", "every", "more",
)

// npStops end a noun phrase: prepositions, conjunctions, auxiliaries and
// other words that never sit inside a source mention.
var npStops = setOf(
	"in", "on", "at", "to", "from", "by", "with", "about", "after", "before", "during",
	"since", "for", "as", "into", "over", "under", "than", "like", "through", "against",
	"without", "between", "among", "while", "when", "where", "because", "if", "although",
	"though", "whether", "but", "and", "or", "nor", "so", "yet", "that", "which", "who",
	"whom", "whose", "what", "is", "was", "are", "were", "be", "been", "being", "has",
	"have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "do",
	"does", "did", "not", "also", "then", "there", "here", "it", "he", "she", "they", "we",
	"i", "you", "him", "them", "us", "me", "up", "out", "off", "just", "only", "even",
	"said", "says", "say", "told", "according", "how", "why", "once", "again", "very",
	"too", "now", "later", "earlier", "still", "already", "never", "always", "often",
	"however", "instead", "both", "either", "neither", "per", "via", "upon", "within",
	"until", "unless", "whereas", "despite", "toward", "towards", "near", "across", "around",
)

// adjunctsLeft are words between a subject and its cue that the walk left
// skips: "Wang also said", "Trump has repeatedly said", "she later added".
var adjunctsLeft = setOf(
	"also", "has", "have", "had", "would", "will", "later", "earlier", "previously", "then",
	"further", "again", "once", "repeatedly", "recently", "first", "often", "still", "already",
	"even", "just", "only", "never", "not", "did", "does", "do", "is", "was", "are", "were",
	"reportedly", "allegedly", "apparently", "has", "long", "since", "now", "simply",
	"clearly", "flatly", "openly", "publicly", "privately", "frequently", "who", "yesterday",
	"today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"last", "this", "week", "night", "morning", "afternoon", "evening", "on", "been", "be",
	"would", "could", "might", "may", "should", "must", "can", "n't", "always", "himself", "herself",
)

// sourceNouns are lower-case heads that make a plausible source for a cue
// of belief, plan or evidence ("polls show", "officials believe").
var sourceNouns = setOf(
	"poll", "polls", "survey", "surveys", "report", "reports", "study", "studies", "data",
	"analysis", "review", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
	"campaign", "aides", "aide", "advisers", "adviser", "critics", "supporters", "voters",
	"analysts", "experts", "economists", "strategists", "sources", "source", "people",
	"administration", "court", "judge", "committee", "group", "groups", "government",
	"department", "agency", "statement", "memo", "lawmakers", "leaders", "members",
	"respondents", "americans", "democrats", "republicans", "observers", "documents",
	"records", "numbers", "figures", "research", "researchers", "investigators", "prosecutors",
	"police", "party", "organization", "organizations", "ministry", "office", "majority",
	"candidate", "nominee", "president", "senator", "governor", "mayor", "authorities",
	"letter", "filing", "filings", "lawsuit", "complaint", "ruling", "order", "plan", "rules",
	"allies", "opponents", "activists", "residents", "workers", "families", "friends",
	"donors", "delegates", "polling", "sides", "side", "country", "countries", "everyone",
	"nobody", "many", "some", "others", "both", "few", "most", "team", "staff", "board",
	"leader", "writer", "narrator", "doctor", "lawyer", "economist", "expert", "reporter",
	"member", "article", "piece", "story", "editorial", "ad", "video", "tweet", "post",
	"network", "company", "firm", "bill", "law", "measure", "proposal", "platform", "website",
	"site", "newspaper", "paper", "magazine", "book", "survey", "index", "model", "forecast",
	"council", "union", "city", "state", "bank", "agency", "firm", "industry", "embassy",
	"everybody", "anyone", "someone", "man", "woman", "mother", "father", "wife", "husband",
)

// npSpan is a noun phrase as a word range [w0, w1).
type npSpan struct{ w0, w1 int }

func (n npSpan) ok() bool { return n.w1 > n.w0 }

// isWordText reports whether word i is a text word equal (in any case) to
// one of the set's keys.
func (x *extractor) in(set map[string]bool, i int) bool {
	w := x.words[i]
	if w.kind != wordText {
		return false
	}
	return inSetFold(set, x.text[w.Start:w.End])
}

func inSetFold(set map[string]bool, s string) bool {
	if len(s) > 32 {
		return false
	}
	var buf [32]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}

func (x *extractor) isPunct(i int, c byte) bool {
	w := x.words[i]
	return w.kind == wordPunct && w.End-w.Start == 1 && x.text[w.Start] == c
}

func (x *extractor) wordText(i int) string { return x.text[x.words[i].Start:x.words[i].End] }

// endsLy reports whether word i is an adverb in -ly ("bluntly said").
func (x *extractor) endsLy(i int) bool {
	w := x.wordText(i)
	return x.words[i].kind == wordText && !x.words[i].upper && len(w) > 4 && w[len(w)-2:] == "ly"
}

// npLeft returns the noun phrase ending at word j, reaching no further left
// than lo.
func (x *extractor) npLeft(j, lo int) npSpan {
	if j > lo && x.isPunct(j, '%') && x.words[j-1].End == x.words[j].Start && isNumber(x.wordText(j-1)) {
		// "47% say", "Some 61% of voters": the number leads the phrase.
		np := x.npLeft(j-1, lo)
		if np.ok() {
			np.w1 = j + 1
		}
		return np
	}
	if j < lo || x.words[j].kind != wordText {
		return npSpan{}
	}
	if j > lo && x.in(respondents, j) && (x.in(determiners, j-1) || x.plural(j-1)) {
		// "those surveyed", "voters polled"
		np := x.npLeft(j-1, lo)
		if !np.ok() {
			np = npSpan{j - 1, j}
		}
		np.w1 = j + 1
		return np
	}
	if x.in(subjectPronouns, j) {
		return npSpan{j, j + 1}
	}
	if x.in(npStops, j) || x.in(determiners, j) {
		return npSpan{}
	}
	if t := x.wordText(j); !x.words[j].upper && len(t) > 3 && t[len(t)-2:] == "ed" {
		return npSpan{} // "Clinton restricted comments": a verb, not a head
	}
	k := j
	n := 0
	for k >= lo && n < 10 {
		w := x.words[k]
		if w.quote >= 0 {
			break
		}
		if w.kind == wordPunct {
			// "Sen." "Robert C. Scott": a period after an abbreviation or initial.
			if x.isPunct(k, '.') && k-1 >= lo && x.words[k-1].upper && k+1 <= j {
				k--
				continue
			}
			// "The European Farmers' Alliance"
			if k-1 >= lo && k+1 <= j && x.words[k-1].upper && x.words[k+1].upper && x.possessive(k-1) {
				k--
				continue
			}
			break
		}
		if w.kind != wordText {
			break
		}
		if x.in(determiners, k) {
			k--
			break
		}
		if x.in(npStops, k) {
			// "Secretary of State John Kerry", "Department of Justice".
			lw := x.wordText(k)
			if (lw == "of" || lw == "for") && k-1 >= lo && x.words[k-1].upper && k+1 <= j && x.words[k+1].upper {
				k--
				continue
			}
			break
		}
		if !w.upper && k < j && x.words[k+1].upper == false && n >= 3 {
			break
		}
		k--
		n++
	}
	s := k + 1
	// do not start on a lone period
	for s <= j && x.words[s].kind != wordText {
		s++
	}
	return npSpan{s, j + 1}
}

// npRight returns the noun phrase starting at word i (after an inverted
// cue: "said Khalidi", "said the official"), ending before hi.
func (x *extractor) npRight(i, hi int) npSpan {
	if i >= hi || x.words[i].kind != wordText || x.words[i].quote >= 0 {
		return npSpan{}
	}
	if x.in(subjectPronouns, i) {
		return npSpan{i, i + 1}
	}
	k := i
	if x.in(determiners, k) {
		k++
	}
	n := 0
	for k < hi && n < 10 {
		w := x.words[k]
		if w.quote >= 0 {
			break
		}
		if w.kind == wordPunct {
			if x.isPunct(k, '.') && k > i && x.words[k-1].upper && k+1 < hi && x.words[k+1].upper && len(x.wordText(k-1)) <= 4 {
				k++
				continue
			}
			if k > i && x.words[k-1].upper && k+1 < hi && x.words[k+1].upper && x.possessive(k-1) {
				k++ // "the European Farmers' Alliance"
				continue
			}
			break
		}
		if w.kind != wordText || x.in(npStops, k) && !(x.wordText(k) == "of" || x.wordText(k) == "for") {
			break
		}
		if !w.upper && !x.in(titleWords, k) && k > i && x.words[k-1].upper && !x.in(determiners, k-1) {
			break // "said Trump supporters" is fine, "said Trump yesterday" is not
		}
		if x.in(adjunctsLeft, k) && !w.upper {
			break
		}
		k++
		n++
	}
	for k > i && (x.in(npStops, k-1) || x.words[k-1].kind != wordText) {
		k--
	}
	if k == i || (k == i+1 && x.in(determiners, i)) {
		return npSpan{}
	}
	return npSpan{i, k}
}

// skipAdjunctsLeft returns the first word left of j that is not an adverb
// or auxiliary between a subject and its cue.
func (x *extractor) skipAdjunctsLeft(j, lo int) int {
	for j >= lo && x.words[j].quote < 0 && (x.in(adjunctsLeft, j) && !x.in(subjectPronouns, j) || x.endsLy(j)) {
		j--
	}
	if j >= lo && x.isPunct(j, ')') {
		// a parenthesis such as "(R-Texas)" after a name
		k := j - 1
		for k >= lo && j-k < 12 && !x.isPunct(k, '(') {
			k--
		}
		if k >= lo && x.isPunct(k, '(') {
			j = k - 1
		}
	}
	return j
}

// A subject is the source found left of a cue, with the appositives that
// follow the name.
type subject struct {
	np        npSpan // the mention proper: "Bushra Khalidi"
	span      npSpan // mention with appositives: "Bushra Khalidi, policy lead at Oxfam,"
	appos     npSpan // the first appositive, if any: "policy lead at Oxfam"
	apposLast int    // end word of the last appositive
}

// subjectBefore finds the subject of the cue at word c, looking no further
// left than lo.
func (x *extractor) subjectBefore(c, lo int) (subject, bool) {
	j := x.skipAdjunctsLeft(c-1, lo)
	if j < lo {
		return subject{}, false
	}
	if x.isPunct(j, ',') {
		return x.appositiveSubject(j, lo)
	}
	np := x.npLeft(j, lo)
	if !np.ok() {
		return subject{}, false
	}
	// "Aides to Clinton", "a spokesman for the campaign", "About 4 in 10":
	// a noun phrase with its prepositional phrase.
	if p := np.w0 - 1; p-1 >= lo && x.in(subjectPrepositions, p) && !x.in(subjectPronouns, np.w0) {
		if head := x.npLeft(p-1, lo); head.ok() && !x.in(subjectPronouns, p-1) && (x.plural(p-1) || x.in(sourceNouns, p-1) || x.in(titleWords, p-1) || x.in(determiners, head.w0)) {
			np.w0 = head.w0
			return subject{np: npSpan{head.w0, head.w1}, span: np}, true
		}
	}
	return subject{np: np, span: np}, true
}

// subjectPrepositions join a head noun to its complement inside a source
// mention.
var subjectPrepositions = setOf("of", "to", "for", "at", "from", "with", "in", "among", "on", "close")

// appositiveSubject handles "NAME, APPOSITIVE, [APPOSITIVE,] cue": comma is
// the word index of the comma before the cue.
func (x *extractor) appositiveSubject(comma, lo int) (subject, bool) {
	var segs [5]npSpan // segs[0] is nearest the cue
	var fallback subject
	found := false
	end := comma
	for n := 0; n < len(segs); n++ {
		s := end - 1
		for s >= lo && end-s <= 30 && !x.isPunct(s, ',') && x.words[s].quote < 0 {
			s--
		}
		if end-s > 30 || (s >= lo && !x.isPunct(s, ',')) {
			return subject{}, false
		}
		segs[n] = npSpan{s + 1, end}
		if n == 1 && segs[1].ok() && segs[0].ok() && x.apposLike(segs[1]) && (!x.words[segs[1].w0].upper || x.possessive(segs[1].w0)) || n == 1 && x.in(determiners, segs[1].w0) {
			// "The council's treasurer, Tomas Berg, warned": the title
			// comes first and the name sits next to the cue.
			if np := x.npLeft(segs[0].w1-1, segs[0].w0); np.ok() && np.w0 == segs[0].w0 && x.words[np.w1-1].upper && !x.titled(np) && np.w1-np.w0 >= 2 {
				return subject{np: np, span: npSpan{segs[1].w0, comma}, appos: segs[1]}, true
			}
		}
		if n >= 1 && segs[n].ok() {
			np := x.npLeft(end-1, segs[n].w0)
			if np.ok() && np.w0 == segs[n].w0+1 && x.in(leadConjunctions, segs[n].w0) {
				segs[n].w0++ // "But Megan Hester, senior associate ..., said"
			}
			if s < lo && np.ok() && np.w0 != segs[n].w0 && segs[n].w1-segs[n].w0 <= 8 && x.nameLike(np) {
				np = segs[n] // "Officials at Homeland Security Investigations, a division of ..., said"
			}
			if np.w0 == segs[n].w0 && np.ok() && x.nameLike(np) {
				for k := 0; k < n; k++ {
					if !x.apposLike(segs[k]) {
						return subject{}, false
					}
				}
				// Role: the appositive next to the name, with any
				// capitalised continuation ("for Equality, Preparedness and ...").
				ap := segs[n-1]
				for k := n - 2; k >= 0; k-- {
					if x.words[segs[k].w0].upper {
						ap.w1 = segs[k].w1
						continue
					}
					break
				}
				subj := subject{np: np, span: npSpan{np.w0, comma}, appos: ap}
				if !x.titled(np) {
					return subj, true
				}
				// "European Commissioner for Equality" is a title, not the
				// name: look further left, and keep it in case.
				if !found {
					fallback, found = subj, true
				}
			}
		}
		if s < lo {
			break
		}
		end = s
	}
	return fallback, found
}

// leadConjunctions may open a sentence before its subject.
var leadConjunctions = setOf("but", "and", "so", "yet", "meanwhile", "however", "still", "now", "then", "also")

// titled reports whether np contains a title or organisation word.
func (x *extractor) titled(np npSpan) bool {
	for k := np.w0; k < np.w1; k++ {
		if x.in(titleWords, k) || x.in(orgWords, k) {
			return true
		}
	}
	return false
}

// possessive reports whether word i is a possessive: "Trump's", "Sanders'".
func (x *extractor) possessive(i int) bool {
	if x.words[i].kind != wordText {
		return false
	}
	t := x.wordText(i)
	if trimPossessive(t) != t {
		return true
	}
	if i+1 < len(x.words) && x.words[i+1].Start == x.words[i].End && x.words[i+1].kind == wordPunct && t[len(t)-1] == 's' {
		p := x.wordText(i + 1)
		return p == "'" || p == "’"
	}
	return false
}

// nameLike reports whether np can be a named or pronominal speaker: it ends
// in a capitalised word or is a pronoun.
func (x *extractor) nameLike(np npSpan) bool {
	last := np.w1 - 1
	return x.words[last].upper || x.in(subjectPronouns, last)
}

// apposLike reports whether a comma-separated segment reads as an
// appositive: "policy lead at Oxfam", "a global organization ...",
// "also a member of ...", or a capitalised title "European Commissioner".
func (x *extractor) apposLike(s npSpan) bool {
	if !s.ok() || s.w1-s.w0 > 25 {
		return false
	}
	first := s.w0
	if x.words[first].kind != wordText {
		return false
	}
	if !x.words[first].upper || x.possessive(first) {
		// "policy lead at Oxfam", "Sanders' senior adviser"
		for k := s.w0; k < s.w1; k++ {
			if e, ok := lookupCue(x.wordText(k)); ok && e.past && x.words[k].kind == wordText && k > s.w0 && !x.in(npStops, k-1) && !x.in(determiners, k-1) {
				lw := x.wordText(k)
				if lw == "said" || lw == "says" || lw == "told" {
					return false
				}
			}
		}
		return true
	}
	for k := s.w0; k < s.w1; k++ {
		w := x.words[k]
		if w.kind == wordText && !w.upper && !x.in(npStops, k) && !x.in(determiners, k) && !x.in(titleWords, k) {
			return false
		}
	}
	return true
}
