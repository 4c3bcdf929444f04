package lexicon

import (
	"strings"
	"sync"
)

// A Class is a set of word lists, one bit per list. The extractor looks up
// the classes of a word once, when it reads the word, and then tests a list
// with a bit mask instead of hashing the word again for every list it asks
// about (a word is tested against a dozen lists on the way to a speaker).
type Class uint64

// The classes: CName is the list Name. CCommon, the common English words of
// CommonWord, is never set by ClassOf: that list is large and searched
// rather than hashed, so a caller asks for it only about the words it needs.
const (
	CAdjunctStarts Class = 1 << iota
	CAdjunctsLeft
	CArticles
	CArtifactNouns
	CAskWords
	CComplementizers
	CConnectives
	CDeterminers
	CFemaleNames
	CFiniteAux
	CGroupHeads
	CHonorificWords
	CInfinitiveMarkers
	CLeadConjunctions
	CMaleNames
	CModals
	CNameParticles
	CNamingCues
	CNonNameCaps
	CNpStops
	CObjectPronouns
	COrgJoiners
	COrgPlurals
	COrgWords
	CPeerTitles
	CPlaces
	CPluralNouns
	CPollNouns
	CPossDeterminers
	CPostnominalAdjectives
	CPrepositions
	CQuantifiers
	CQuestionWords
	CRelativePronouns
	CRespondents
	CRubrics
	CSentenceAdverbs
	CSourceNouns
	CSpeakForms
	CSpeakPreps
	CSpeaksForPreps
	CSubjectPrepositions
	CSubjectPronouns
	CTimeWords
	CTitleWords
	CVerbParticles
	CCue      // a key of LookupCue
	CMultiCue // a key of MultiCues
	CCommon
)

// classLists are the lists behind the classes, in the order of their bits.
var classLists = [...]Set{
	AdjunctStarts,
	AdjunctsLeft,
	Articles,
	ArtifactNouns,
	AskWords,
	Complementizers,
	Connectives,
	Determiners,
	FemaleNames,
	FiniteAux,
	GroupHeads,
	HonorificWords,
	InfinitiveMarkers,
	LeadConjunctions,
	MaleNames,
	Modals,
	NameParticles,
	NamingCues,
	NonNameCaps,
	NpStops,
	ObjectPronouns,
	OrgJoiners,
	OrgPlurals,
	OrgWords,
	PeerTitles,
	Places,
	PluralNouns,
	PollNouns,
	PossDeterminers,
	PostnominalAdjectives,
	Prepositions,
	Quantifiers,
	QuestionWords,
	RelativePronouns,
	Respondents,
	Rubrics,
	SentenceAdverbs,
	SourceNouns,
	SpeakForms,
	SpeakPreps,
	SpeaksForPreps,
	SubjectPrepositions,
	SubjectPronouns,
	TimeWords,
	TitleWords,
	VerbParticles,
}

// classOf is built on first use, so a program that never extracts does
// not pay for it.
var classOf = sync.OnceValue(func() map[string]Class {
	m := make(map[string]Class)
	for i, set := range classLists {
		for w := range set {
			m[w] |= 1 << i
		}
	}
	for w := range cues {
		m[w] |= CCue
	}
	for w := range MultiCues {
		m[w] |= CMultiCue
	}
	return m
})

// ClassOf returns the classes of the lists s is in, in any ASCII letter
// case: for every list L of the classes, ClassOf(s)&CL != 0 exactly when
// InFold(L, s), but for hyphenated compounds, which are classed by their
// parts ("Secretary-General" and "ex-minister" are title words,
// "Canberra-born" is a capitalised word of no name); CCue is set exactly
// when LookupCue finds s, and CMultiCue when s in lower case is a key of
// MultiCues.
func ClassOf(s string) Class {
	if len(s) > maxFold {
		return 0
	}
	var buf [maxFold]byte
	l := fold(&buf, s)
	c := classOf()[string(l)]
	if i := strings.LastIndexByte(string(l), '-'); c&CTitleWords == 0 && i > 0 && i < len(l)-1 {
		// "Secretary-General", "Attorney-General", "Director-General": a
		// compound of two title words is one
		if TitleWords[string(l[:i])] && TitleWords[string(l[i+1:])] {
			c |= CTitleWords
		}
		switch {
		case originParticiples[string(l[i+1:])] && c&CNonNameCaps == 0:
			// "Canberra-born Mia Tran", "London-based Ana Ruiz": where
			// the person is from, no word of the name
			c |= CNonNameCaps
		case string(l[:strings.IndexByte(string(l), '-')]) == "ex":
			// "Ex-Wallaby Sione Tuipulotu", "ex-minister Tom Hale": a
			// former role before the name
			c |= CTitleWords
		}
	}
	return c
}

// OriginCompound reports whether s is a compound adjective of where a
// person comes from or works: "Canberra-born", "Leeds-based".
func OriginCompound(s string) bool {
	i := strings.LastIndexByte(s, '-')
	return i > 0 && i < len(s)-1 && InFold(originParticiples, s[i+1:])
}

// originParticiples end a compound adjective of where a person comes from
// or works ("Canberra-born", "Leeds-based", "Glasgow-raised").
var originParticiples = SetOf("born", "based", "bred", "raised", "reared", "educated", "trained")
