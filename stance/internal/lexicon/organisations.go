package lexicon

import "strings"

// OrgWords end the names of organisations, which are not people.
var OrgWords = SetOf(
	"party", "committee", "department", "ministry", "council", "organization", "organisation",
	"university", "news", "times", "post", "journal", "network", "campaign", "foundation",
	"institute", "commission", "union", "agency", "court", "senate", "house", "congress",
	"administration", "bureau", "association", "center", "centre", "group", "inc", "corp",
	"company", "service", "office", "press", "tribune", "herald", "daily", "magazine",
	"television", "radio", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "reuters", "bank",
	"fund", "board", "project", "coalition", "alliance", "society", "club", "pac", "states",
	"nations", "republicans", "democrats", "affairs", "security", "forces", "army", "police",
	"authority", "authorities", "institution", "trust", "federation", "league", "tribunal",
)

// ArtifactNouns are things that can say something and be called "it".
var ArtifactNouns = SetOf(
	"poll", "survey", "report", "study", "analysis", "review", "statement", "memo", "letter",
	"filing", "lawsuit", "complaint", "ruling", "order", "article", "editorial", "ad", "video",
	"tweet", "post", "email", "website", "site", "newspaper", "paper", "magazine", "book",
	"index", "forecast", "document", "release", "message", "page", "notice", "government",
	"ministry", "court", "campaign", "company", "firm", "agency", "department", "committee",
	"council", "board", "group", "party", "union", "administration", "network", "bank",
)

// OrgJoiners join the capitalised words of an organisation's name.
var OrgJoiners = SetOf("of", "for", "and", "on", "'", "’")

// OrgPlurals are group nouns that take "they" ("the police ... they").
var OrgPlurals = SetOf("police", "authorities", "officials", "groups", "people", "critics", "residents")

// DescNouns are plural nouns of people that open sentences as sources
// ("Campaigners say") besides sourceNouns and orgPlurals.
var DescNouns = SetOf("campaigners", "protesters", "demonstrators", "scientists", "diplomats",
	"officers", "witnesses", "participants", "organisers", "organizers", "farmers", "teachers",
	"doctors", "nurses", "parents", "students", "negotiators", "ministers", "lawyers",
	"economists", "insiders", "owners", "users", "fans", "citizens", "locals", "rescuers")

var SpeaksForPreps = SetOf("from", "of", "for", "at")

func IsDemonym(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || InFold(demonymsIc, w)
}

// demonymsIc are the English demonyms in -ic; other words in -ic are no
// demonym ("Pacific Crest Power", "Public Health Wales", "Olympic").
var demonymsIc = SetOf("icelandic", "baltic", "celtic", "slavic", "nordic", "hispanic", "arabic", "germanic", "faroeic")
