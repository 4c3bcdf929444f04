package lexicon

var Articles = SetOf("the", "a", "an")

var RelativePronouns = SetOf("who", "which", "that", "whose", "whom")

// PossDeterminers open descriptions: "Their mission chief", "Its leader".
var PossDeterminers = SetOf("his", "her", "its", "their", "our", "my", "your")

// Quantifiers open descriptions of groups: "some doctors", "two sides".
var Quantifiers = SetOf("some", "both", "many", "several", "all", "most", "other", "few",
	"two", "three", "four", "five", "this", "these", "those", "such", "each", "every")

// SubjectPronouns are sources on their own ("he said"). Relative pronouns
// count too: PolNeAR annotates "who" in "..., who said".
var SubjectPronouns = SetOf("he", "she", "they", "it", "we", "i", "you", "who", "which",
	// contracted with an auxiliary: "as I've suggested", "he'd said"
	"i've", "i’ve", "i'd", "i’d", "i'm", "i’m", "i'll", "i’ll", "he'd", "he’d", "she'd", "she’d",
	"he's", "he’s", "she's", "she’s", "they'd", "they’d", "they've", "they’ve", "we'd", "we’d", "we've", "we’ve")

// Determiners begin a noun phrase; the walk left stops after one.
var Determiners = SetOf(
	"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
	"those", "some", "many", "several", "most", "other", "another", "both", "all", "each",
	"few", "one", "two", "three", "four", "five", "no", "any", "such", "every", "more",
)

// NpStops end a noun phrase: prepositions, conjunctions, auxiliaries and
// other words that never sit inside a source mention.
var NpStops = SetOf(
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
	"having",
)

// AdjunctsLeft are words between a subject and its cue that the walk left
// skips: "Wang also said", "Trump has repeatedly said", "she later added".
var AdjunctsLeft = SetOf(
	"also", "has", "have", "had", "would", "will", "later", "earlier", "previously", "then",
	"further", "again", "once", "repeatedly", "recently", "first", "often", "still", "already",
	"even", "just", "only", "never", "not", "did", "does", "do", "is", "was", "are", "were",
	"reportedly", "allegedly", "apparently", "has", "long", "since", "now", "simply",
	"clearly", "flatly", "openly", "publicly", "privately", "frequently", "who", "yesterday", "together",
	"today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"last", "this", "week", "night", "morning", "afternoon", "evening", "on", "been", "be",
	"would", "could", "might", "may", "should", "must", "can", "n't", "always", "himself", "herself",
	// a reflexive after the subject: "the players themselves said"
	"themselves", "itself",
)

// SubjectPrepositions join a head noun to its complement inside a source
// mention.
var SubjectPrepositions = SetOf("of", "to", "for", "at", "from", "with", "in", "among", "on", "close", "around", "near", "across", "outside")

// LeadConjunctions may open a sentence before its subject.
var LeadConjunctions = SetOf("but", "and", "so", "yet", "meanwhile", "however", "still", "now", "then", "also")

// ObjectPronouns after a cue usually begin its content ("said it was
// over"), so they do not show that the cue closes a quoted sentence.
var ObjectPronouns = SetOf("it", "him", "her", "them", "me", "us")

// Complementizers open a reported content, which starts at them.
var Complementizers = SetOf("that", "whether")

// QuestionWords open the content after "tell" and "ask".
var QuestionWords = SetOf("how", "why", "what", "if", "whether", "that", "when", "who")

// TimeWords are adjuncts between a cue and its content or after a cue at
// the end of a sentence ("said Tuesday", "said last week").
var TimeWords = SetOf(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "tonight", "recently", "earlier", "later", "last", "this", "week", "month",
	"year", "night", "morning", "afternoon", "evening", "previously", "repeatedly", "again",
	"also", "then", "once", "too", "privately", "publicly", "flatly", "bluntly", "simply",
)

// AdjunctStarts begin a phrase after a sentence-final cue: "said in a
// statement", "told reporters", "said of Clinton", "wrote on Twitter".
var AdjunctStarts = SetOf(
	"in", "on", "at", "during", "to", "of", "about", "after", "before", "from", "with", "via",
	"through", "while", "when", "as", "outside", "inside", "upon", "for", "afterward",
	"reporters", "him", "her", "them", "me", "us", "it", "the", "a", "an", "his", "their",
	"recently", "earlier", "later", "last", "this", "today", "yesterday", "tonight", "again",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also",
	"flatly", "bluntly", "simply", "repeatedly", "privately", "publicly", "previously",
)

// FiniteAux are finite verbs that open a clause after its subject.
var FiniteAux = SetOf("is", "was", "are", "were", "would", "will", "had", "has", "have",
	"could", "should", "can", "did", "does", "must", "may", "might")

// VerbParticles complete a post-quotation verb: "shot back", "chimed in".
var VerbParticles = SetOf("back", "in", "up")

// InfinitiveMarkers before a cue make it part of a content, not a cue:
// "refused to say", "the right to speak".
var InfinitiveMarkers = SetOf("to")

// Modals before a bare verb form make it agree with any subject.
var Modals = SetOf("will", "would", "could", "can", "may", "might", "should", "must", "did",
	"does", "do", "to", "n't", "not", "cannot")

var PluralNouns = SetOf("people", "police", "men", "women", "children", "staff", "media", "public", "majority",
	"percent", "half", "third", "quarter", "many", "most", "some", "few", "others", "both", "all")

// Prepositions are the simple English prepositions, a closed class. A
// role is a noun phrase, so an appositive that opens with one ("during
// interviews on Thursday", "in a freewheeling style") is an adjunct, not a
// role.
var Prepositions = SetOf(
	"aboard", "about", "above", "across", "after", "against", "along", "alongside", "amid",
	"amidst", "among", "amongst", "around", "as", "at", "atop", "before", "behind", "below",
	"beneath", "beside", "besides", "between", "beyond", "by", "despite", "down", "during",
	"except", "for", "from", "in", "inside", "into", "like", "near", "notwithstanding", "of",
	"off", "on", "onto", "opposite", "out", "outside", "over", "past", "per", "regarding",
	"since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
	"underneath", "unlike", "until", "unto", "up", "upon", "versus", "via", "with", "within",
	"without",
)

// Connectives are sentence adverbs and discourse markers that set off a
// clause with commas ("Bush, however, interjected"); they are never a role.
var Connectives = SetOf(
	"however", "meanwhile", "though", "although", "too", "instead", "therefore", "thus", "hence",
	"nonetheless", "nevertheless", "indeed", "moreover", "furthermore", "still", "again",
	"likewise", "similarly", "consequently", "accordingly", "otherwise", "besides", "anyway",
	"meantime", "then", "now", "once", "ultimately", "finally", "notably", "reportedly",
	"apparently", "allegedly", "perhaps", "presumably", "evidently", "obviously", "clearly",
	"surprisingly", "predictably", "typically", "usually", "often", "sometimes", "later",
	"earlier", "previously", "separately", "yet", "and", "but", "or", "nor", "so", "while",
	"whereas", "because", "if", "unless", "when", "whenever", "where", "after", "before",
)

// IrregularParticiples are the past participles of common English
// irregular verbs that differ from their simple past (the same closed
// class as IrregularPast), which open a participle phrase, not a noun
// phrase: "Wayne, known to regulars as Kersh", "born in Leeds".
var IrregularParticiples = SetOf("known", "seen", "given", "born", "shown", "taken", "written", "chosen",
	"grown", "driven", "sworn", "thrown", "drawn", "hidden", "forgotten", "beaten", "bitten", "broken",
	"spoken", "stolen", "frozen", "worn", "torn", "flown", "blown", "begun", "sung", "eaten", "fallen",
	"forbidden", "forgiven", "mistaken", "overseen", "ridden", "risen", "shaken", "undertaken")

// IrregularPast are the simple past forms of common English irregular
// verbs (the closed class taught in grammars; regular pasts end in -ed),
// which mark a finite clause: "the ruling set a precedent", "prices rose".
var IrregularPast = SetOf("died", "lied", "sued", "vied", "dyed", // short pasts in -ed ("used", "owed" and "tied" are as often participles: "the money owed to")
	"arose", "ate", "beat", "became", "began", "bent", "bet", "bit", "bled",
	"blew", "bore", "broke", "brought", "built", "burnt", "bought", "caught", "chose", "clung",
	"came", "cost", "crept", "cut", "dealt", "dug", "did", "drew", "drank", "drove", "fed", "felt",
	"fell", "fled", "flew", "forbade", "forgot", "forgave", "froze", "fought", "found", "gave",
	"got", "grew", "went", "hung", "had", "heard", "hid", "hit", "held", "hurt", "kept", "knew",
	"laid", "led", "left", "lent", "let", "lay", "lit", "lost", "made", "meant", "met", "paid",
	"put", "quit", "ran", "rang", "rode", "rose", "said", "saw", "sold", "sent", "set", "shook",
	"shone", "shot", "showed", "shut", "sang", "sank", "sat", "slept", "slid", "spoke", "sped",
	"spent", "split", "spread", "sprang", "stood", "stole", "stuck", "stung", "struck", "swore",
	"swept", "swam", "swung", "took", "taught", "tore", "told", "thought", "threw", "understood",
	"upset", "woke", "wore", "won", "withdrew", "wrote", "overtook", "undertook", "sought",
	"wept", "wound", "oversaw", "outgrew", "foresaw", "undid", "mistook")
