package lexicon

// SourceNouns are lower-case heads that make a plausible source for a cue
// of belief, plan or evidence ("polls show", "officials believe").
var SourceNouns = SetOf(
	"poll", "polls", "survey", "surveys", "report", "reports", "study", "studies", "data",
	"analysis", "review", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
	"campaign", "aides", "aide", "advisers", "adviser", "critics", "supporters", "voters",
	"analysts", "experts", "economists", "strategists", "sources", "source", "people",
	"administration", "court", "judge", "committee", "group", "groups", "government",
	"department", "agency", "service", "statement", "memo", "lawmakers", "leaders", "members",
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

// NamingCues name or characterise their object with a quotation: "called
// the plan a "disaster"", "described him as "a friend"", "likened the deal
// to "a heist"".
var NamingCues = SetOf(
	"call", "calls", "called", "calling", "describe", "describes", "described", "describing",
	"dub", "dubs", "dubbed", "dubbing", "label", "labels", "labeled", "labelled", "labeling",
	"labelling", "brand", "brands", "branded", "branding", "term", "terms", "termed", "terming",
	"liken", "likens", "likened", "likening", "hail", "hails", "hailed", "hailing", "praise",
	"praises", "praised", "praising", "referred", "refers", "referring", "refer", "deride",
	"derides", "derided", "deriding", "mock", "mocks", "mocked", "mocking",
)

// Respondents are participles that make a poll's respondents a subject:
// "those surveyed say", "voters polled said".
var Respondents = SetOf("surveyed", "polled", "questioned", "interviewed", "sampled")

// AskWords open the question of "Asked whether ..., she said".
var AskWords = SetOf("if", "whether", "what", "how", "why", "who", "when", "where", "about")

// PollNouns head the polls of "In a new poll, ...".
var PollNouns = SetOf("poll", "polls", "survey", "surveys", "study")

// Rubrics label a headline ("INTERVIEW: ...", "Analysis: ..."); they are
// not speakers.
var Rubrics = SetOf("interview", "exclusive", "analysis", "opinion", "update", "breaking",
	"watch", "live", "video", "photos", "editorial", "commentary", "review", "explainer",
	"factbox", "comment", "podcast", "profile", "q&a", "feature", "updated", "latest",
	"correction", "corrections", "clarification", "disclosure", "note", "editor’s", "editor's")

// SpeakForms and speakPreps: after "speak" these prepositions introduce
// whom one spoke to or where ("spoke to reporters", "speaking at a
// rally"), never a content; so does "on condition" (of anonymity), the
// formula of an unnamed source. "spoke about", "spoke of" may introduce
// what was said, and a time ("speaking during his speech of ...") may
// come before it.
var (
	SpeakForms = SetOf("speak", "spoke", "speaks", "speaking", "spoken")
	SpeakPreps = SetOf("to", "with", "at")
)

// GroupHeads are plural nouns for groups of people that speak as one
// source ("analysts said", "defence lawyers argued", "Labour MPs warned"):
// a description with one of these heads names a group speaker.
var GroupHeads = SetOf("analysts", "officials", "critics", "experts", "economists", "residents",
	"lawyers", "campaigners", "activists", "investors", "traders", "doctors", "nurses", "teachers",
	"scientists", "researchers", "academics", "diplomats", "sources", "aides", "advisers",
	"advisors", "mps", "lawmakers", "legislators", "senators", "ministers", "councillors",
	"councilors", "protesters", "protestors", "fans", "supporters", "opponents", "voters",
	"parents", "students", "workers", "farmers", "growers", "unions", "leaders", "observers",
	"witnesses", "prosecutors", "investigators", "regulators", "executives", "bankers",
	"insiders", "strategists", "commentators", "pundits", "reviewers", "organisers",
	"organizers", "locals", "neighbours", "neighbors", "families", "relatives", "owners",
	"tenants", "landlords", "patients", "passengers", "drivers", "pilots", "engineers",
	"developers", "users", "customers", "shareholders", "members", "delegates", "negotiators",
	"officers", "soldiers", "veterans", "judges", "players", "coaches", "pollsters", "historians",
	"people", "groups",
	// members of parties and the public bodies that speak as many
	"republicans", "democrats", "conservatives", "liberals", "progressives", "tories",
	"americans", "police", "authorities")

// PostnominalAdjectives follow a group head and take a prepositional
// phrase, in the formulas wire copy uses for sources it does not name:
// "people familiar with the matter", "sources close to the talks",
// "officials briefed on the plan", "a person knowledgeable about".
var PostnominalAdjectives = SetOf("familiar", "close", "knowledgeable", "briefed", "involved", "privy")

// Shares of a polled population as a source: "61 percent of voters say",
// "42% say", "Almost half of respondents said", "three in five said". The
// source is a measured share, not an actor taking a position, so the
// attribution reports a finding (see quote.shareSource).
var (
	// PercentWords follow a numeral: "61 percent", "12 per cent".
	PercentWords = SetOf("percent", "pct", "%")
	// FractionWords are shares on their own: "half of", "a majority of",
	// "two-thirds of".
	FractionWords = SetOf("half", "majority", "minority", "third", "thirds", "quarter", "quarters",
		"fifth", "fifths", "two-thirds", "three-quarters", "three-fifths", "two-fifths", "one-third", "one-quarter")
)

// numberWords are the spelled-out cardinals a numeral is made of
// ("Twenty-four", "sixty", "nine").
var numberWords = SetOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred")

// IsNumeral reports whether w is a number in digits ("61", "4.5") or a
// spelled-out cardinal, hyphenated or not ("Twenty-four", "nine").
func IsNumeral(w string) bool {
	if IsNumber(w) {
		return true
	}
	if w == "" {
		return false
	}
	for w != "" {
		part, rest, _ := cut(w, '-')
		if !InFold(numberWords, part) {
			return false
		}
		w = rest
	}
	return true
}

func cut(s string, c byte) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// PeopleNouns are nouns of people that no role list holds and no agent
// suffix marks; in the plural, as the subject of a cue, they are a group
// ("Several guests said", "former employees say", "his allies argue").
// Lower-case singular keys.
var PeopleNouns = SetOf("guest", "employee", "ally", "friend", "associate", "operative", "colleague",
	"citizen", "attendee", "holidaymaker", "confidant", "loyalist", "rival", "critic", "parishioner",
	"constituent", "fan", "local", "family", "relative", "aide", "staffer", "adult", "youth", "pupil",
	"graduate", "refugee", "migrant", "immigrant", "tourist", "visitor", "spectator", "mourner", "household",
	// the nouns in -ee of those a thing is done to, which the agent
	// suffixes miss: "evacuees from the lake area said"
	"evacuee", "detainee", "trainee", "absentee", "appointee", "escapee", "returnee", "deportee",
	"amputee", "licensee", "franchisee", "internee", "interviewee", "devotee", "divorcee", "invitee",
	"inductee", "enrollee", "parolee", "retiree",
	// and others no suffix marks
	"pilgrim", "expat", "expatriate", "nomad", "diner", "patron", "pensioner")

// NotPeople are nouns with an agent suffix that name things, not people:
// "letters", "papers", "numbers", "others" said nothing.
var NotPeople = SetOf("other", "number", "letter", "paper", "order", "matter", "center", "centre", "computer",
	"filter", "chapter", "quarter", "corner", "border", "register", "monitor", "factor", "sector", "motor",
	"error", "mirror", "indicator", "element", "event", "percent", "content", "talent", "comment", "segment",
	"ant", "plant", "grant", "giant", "restaurant", "incident", "accident", "parameter", "meter", "barrier")
