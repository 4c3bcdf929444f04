package lexicon

import "strings"

// RoleNouns are English nouns that name what a person is or does: offices
// and titles, occupations and trades in the news (politics, law,
// business, sport, the arts, health, schools, farming and the sea), the
// parts people play in a story (witness, plaintiff, neighbour) and kinship
// and acquaintance. A noun phrase headed by one of them, next to a name,
// states that person's role: "head coach Mia Lund", "Zoe Lam, an analyst
// at Pardoe Capital", "Kemppe is a pastry baker". Lower-case keys.
var RoleNouns = SetOf(
	// experts, and the parts of a cricket side
	"expert", "specialist", "spinner", "seamer", "all-rounder",
	// offices and titles
	"president", "vice-president", "minister", "secretary", "senator", "representative",
	"governor", "mayor", "councillor", "councilor", "councilman", "councilwoman", "alderman",
	"mp", "mep", "msp", "mla", "td", "peer", "lord", "baroness", "judge", "justice", "magistrate", "coroner",
	"chief", "chairman", "chairwoman", "chair", "chairperson", "director", "commissioner",
	"ambassador", "envoy", "consul", "diplomat", "spokesman", "spokeswoman", "spokesperson",
	"speaker", "leader", "head", "officer", "official", "aide", "adviser", "advisor",
	"strategist", "pollster", "analyst", "economist", "professor", "lecturer", "attorney",
	"prosecutor", "sheriff", "candidate", "nominee", "congressman", "congresswoman", "king",
	"queen", "prince", "princess", "pope", "premier", "chancellor", "deputy", "assistant",
	"executive", "manager", "founder", "co-founder", "cofounder", "owner", "co-owner", "ceo",
	"cfo", "coo", "cto", "host", "presenter", "anchor", "correspondent", "reporter",
	"journalist", "editor", "columnist", "critic", "reviewer", "coordinator", "delegate",
	"treasurer", "clerk", "supervisor", "comptroller", "controller", "assessor", "administrator", "superintendent", "commander", "general", "colonel", "captain",
	"lieutenant", "sergeant", "major", "corporal", "private", "admiral", "inspector",
	"detective", "constable", "superintendent", "marshal", "ranger", "warden", "governor",
	"boss", "president", "vice-chair", "trustee", "organiser", "organizer", "campaigner",
	"activist", "campaigner", "lobbyist", "negotiator", "steward", "registrar", "ombudsman",
	"regulator", "auditor", "inspector", "chaplain", "bishop", "archbishop", "priest", "vicar",
	"imam", "rabbi", "minister", "whip", "backbencher", "frontbencher", "member", "partner",
	"principal", "headteacher", "headmaster", "headmistress", "dean", "provost", "rector",
	"chancellor", "fellow", "researcher", "scientist", "scholar", "historian",
	// occupations and trades
	"lawyer", "solicitor", "barrister", "advocate", "counsel", "notary", "accountant",
	"banker", "broker", "trader", "investor", "consultant", "entrepreneur", "engineer",
	"architect", "surveyor", "planner", "designer", "developer", "programmer", "technician",
	"mechanic", "electrician", "plumber", "carpenter", "builder", "labourer", "laborer",
	"worker", "operator", "driver", "cabbie", "pilot", "sailor", "skipper", "fisherman",
	"fisherwoman", "farmer", "grower", "shepherd", "herdsman", "gardener", "forester",
	"baker", "butcher", "cook", "chef", "waiter", "waitress", "barman", "barmaid", "publican",
	"landlord", "landlady", "shopkeeper", "grocer", "retailer", "seller", "vendor",
	"dealer", "agent", "salesman", "saleswoman", "clockmaker", "watchmaker", "tailor",
	"doctor", "physician", "surgeon", "nurse", "midwife", "paramedic", "dentist", "pharmacist",
	"psychologist", "psychiatrist", "therapist", "carer", "caregiver", "vet", "veterinarian",
	"teacher", "tutor", "instructor", "coach", "trainer", "guide", "pupil", "student",
	"apprentice", "intern", "volunteer", "writer", "author", "novelist", "poet", "playwright",
	"screenwriter", "biographer", "publisher", "translator", "illustrator", "artist",
	"painter", "sculptor", "photographer", "filmmaker", "producer", "composer", "conductor",
	"musician", "singer", "songwriter", "pianist", "violinist", "drummer", "guitarist",
	"actor", "actress", "star", "co-star", "dancer", "choreographer", "comedian", "curator",
	"librarian", "archivist", "clerk", "secretary", "receptionist", "cleaner", "caretaker",
	"janitor", "porter", "guard", "firefighter", "fireman", "policeman", "policewoman",
	"soldier", "veteran", "officer", "cadet", "recruit", "mechanic", "miner", "docker",
	"boatbuilder", "shipbuilder", "keeper", "zookeeper", "beekeeper", "innkeeper",
	"bookseller", "forwarder", "haulier", "wholesaler", "exporter", "importer", "supplier",
	"contractor", "subcontractor", "landowner", "homeowner", "householder", "shareholder",
	"stakeholder", "islander", "villager", "local", "businessman", "businesswoman", "attendant",
	"billionaire", "millionaire", "tycoon", "magnate", "mogul", "financier", "forecaster", "meteorologist",
	// sport
	"player", "striker", "forward", "winger", "midfielder", "defender", "goalkeeper",
	"goalie", "fullback", "full-back", "centre-back", "quarterback", "pitcher", "batsman",
	"bowler", "fielder", "wicketkeeper", "opener", "captain", "skipper", "referee", "umpire", "jockey",
	"rider", "cyclist", "runner", "sprinter", "swimmer", "boxer", "wrestler", "golfer",
	"champion", "titleholder", "seed", "teammate", "team-mate", "substitute", "signing",
	"rookie", "prospect", "athlete", "olympian", "manager", "chairman",
	// the positions of rugby, basketball, netball, hockey, baseball,
	// American football, volleyball and cycling: "replacement wing Semi
	// Tuilevuka", "point guard Ana Ruiz", "veteran prop Jone Ravouvou"
	"prop", "hooker", "lock", "flanker", "number-eight", "scrum-half", "fly-half", "wing",
	"guard", "netminder", "shooter", "catcher", "shortstop", "infielder",
	"outfielder", "reliever", "linebacker", "receiver", "cornerback", "lineman", "setter", "libero",
	"climber", "domestique", "goalscorer", "scorer", "playmaker", "debutant", "centre-half", "wing-back",
	"sweeper", "batter", "keeper", "wicket-keeper", "paceman", "spinner", "allrounder",
	// trades, crafts and callings that the unit groups of the UK's
	// Standard Occupational Classification (SOC 2020) and the US SOC 2018
	// name with a single noun, beyond the lists above: "Lena Ruiz is a
	// plasterer", "roofer Kim Ode". Trades that are also common surnames
	// (thatcher, mason, miller, potter, weaver, butler) are left out: they
	// would be read as a role in "Margaret Thatcher said"; so is
	// "auctioneer", which news writes before a firm's name ("Auctioneer
	// Christie's said").
	"plasterer", "roofer", "bricklayer", "glazier", "tiler", "decorator", "joiner", "welder",
	"fitter", "scaffolder", "stonemason", "upholsterer", "brewer", "distiller", "caterer", "broadcaster", "jeweller", "jeweler", "bookbinder",
	"vintner", "greengrocer", "hairdresser", "cashier", "courier", "chauffeur",
	"trucker", "signaller", "crofter", "rancher", "herder", "drover", "shearer", "logger",
	"lumberjack", "farrier", "nanny", "childminder", "babysitter", "valet", "concierge",
	"bartender", "barista", "sommelier", "hotelier", "restaurateur", "pawnbroker",
	"stockbroker", "actuary", "coder", "undertaker", "embalmer", "gravedigger",
	"landscaper", "groundsman", "greenkeeper", "caddie", "breeder", "angler", "coastguard", "medic",
	"airman", "gunner", "navigator", "stewardess", "fabricator", "assembler", "packer", "loader",
	"stevedore", "longshoreman", "seaman", "boatswain", "seamstress", "milliner", "glassblower",
	"woodturner", "signwriter", "animator", "cameraman", "proofreader", "copywriter", "busker",
	"rapper", "dj", "deejay", "doula", "physio", "physiotherapist", "osteopath", "chiropractor", "gp",
	"bailiff", "usher", "jailer", "gaoler", "caseworker", "counsellor", "counselor", "mentor",
	"draughtsman", "draftsman", "astronomer", "conservator", "restorer", "commentator",
	"pundit", "blogger", "vlogger", "influencer", "youtuber", "streamer", "podcaster", "announcer",
	"newsreader", "weatherman", "memoirist", "librettist", "soprano", "tenor", "baritone",
	"mezzo-soprano", "contralto", "ballerina", "acrobat", "puppeteer", "stuntman", "documentarian",
	"showrunner",
	// the sports' own positions and callings, as their laws and federations
	// name them: "Rhinos flyhalf Wikus Botha", "goaltender Marc Roy",
	// "welterweight Ana Cruz" (not "fighter": "she is a fighter" says no
	// calling)
	"flyhalf", "scrumhalf", "halfback", "kicker", "punter", "rower", "sculler", "cox", "skier",
	"snowboarder", "surfer", "skater", "gymnast", "fencer", "diver", "racer", "hurdler", "thrower",
	"decathlete", "heptathlete", "triathlete", "marathoner", "mountaineer", "yachtsman",
	"yachtswoman", "musher", "goaltender", "defenceman", "defenseman", "tailback", "slugger",
	"linesman", "selector", "spiker", "bantamweight", "featherweight", "lightweight",
	"welterweight", "middleweight", "heavyweight", "cruiserweight", "half-back", "corner-back",
	"left-back", "right-back", "co-driver",
	// parts in a story
	"witness", "plaintiff", "claimant", "defendant", "victim", "survivor", "suspect",
	"resident", "neighbour", "neighbor", "tenant", "pensioner", "retiree", "commuter",
	"passenger", "customer", "shopper", "patient", "parent", "voter", "constituent",
	"spectator", "fan", "supporter", "protester", "winner", "runner-up", "finalist",
	"nominee", "laureate", "founder", "benefactor", "donor", "heir", "heiress",
	"challenger", "contender", "incumbent",
	// more parts in a story, and the ones in a court, as news writes them
	// ("juror Ann Cole", "whistleblower Tom Hale"); not the relations
	// between people ("his rival", "a Trump ally"), which say no more
	// than who stands with whom
	"eyewitness", "bystander", "onlooker", "pedestrian", "visitor", "traveller", "traveler", "migrant",
	"refugee", "immigrant", "expat", "settler", "parishioner", "worshipper", "viewer", "listener", "reader",
	"subscriber", "client", "complainant", "petitioner", "appellant", "litigant", "whistleblower", "juror",
	"frontrunner", "front-runner",
	// elders and chiefs as communities name them: a Māori kaumātua or kuia,
	// a Samoan matai, a village headman
	"astronaut", "cosmonaut", "maestro", "pacer", "shuttler", "grazier",
	"chieftain", "headman", "kaumātua", "kaumatua", "kuia", "matai",
	// callings the lists above left out
	"legislator", "staffer", "employee", "trainee", "proprietor", "academic", "graduate", "monk",
	"nun", "fundraiser", "medallist", "paralympian", "postman", "postwoman", "binman",
	// kinship and acquaintance
	"father", "mother", "son", "daughter", "brother", "sister", "husband", "wife", "partner",
	"fiance", "fiancee", "widow", "widower", "grandfather", "grandmother", "grandson",
	"granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "friend", "pal", "mum",
	"dad", "stepfather", "stepmother", "colleague", "classmate", "flatmate", "housemate",
	"gran", "granny", "grandma", "grandad", "granddad", "grandpa", "nan", "nanna", "mom", "mam", "grandparent",
	"stepson", "stepdaughter", "fiancé", "fiancée",
	// the clergy, the sea and music, beyond the lists above
	"pastor", "reverend", "deacon", "coxswain", "purser", "deckhand", "boatman", "ferryman",
	"harbourmaster", "harbormaster", "lifeguard", "lifeboatman", "fiddler", "piper", "trumpeter",
	"vocalist", "bassist", "cellist", "harpist", "saxophonist", "flautist", "organist", "accordionist",
	"dramatist", "stylist", "florist", "chemist", "physicist", "botanist", "nutritionist", "dietitian",
)

// RoleVerbs are the verbs, in the third person present, with which a
// relative clause after a name says what the person does for a living or
// where they live, and so states a role: "Ana Ruiz, who runs the food
// bank", "who chairs the committee", "who lives next door", "who works as
// a nurse". Verbs of leading in a race ("leads in the polls") are left
// out. Lower-case keys.
var RoleVerbs = SetOf(
	"runs", "heads", "chairs", "co-chairs", "directs", "manages", "oversees", "owns", "co-owns",
	"teaches", "coaches", "trains", "works", "lives", "represents", "advises", "edits", "hosts",
	"studies", "researches", "tracks", "covers", "serves", "farms", "operates", "organises",
	"organizes", "coordinates", "supervises", "administers", "captains", "presents", "produces",
	"curates", "rents", "lets", "keeps", "lectures", "practises", "practices",
	// command: "who commands the volunteer fire brigade"
	"commands",
	// trades and crafts: "who reviews theatre for the weekly", "who
	// fishes the east coast", "who builds canoes"
	"reviews", "fishes", "builds", "sells", "buys", "drives", "flies", "designs", "paints", "brews", "bakes",
	"grows", "breeds", "guides", "nurses", "cooks", "sings", "plays", "composes", "photographs",
)

// GenderedRoleNouns are the role nouns that state the bearer's gender,
// 'f' or 'm': the -woman and -man compounds, kinship and titles of
// nobility ("a spokeswoman for Lantern Pay", "his wife", "mother of
// three"). A person's stated role is better evidence of gender than a
// first name (a surname may come first: "Tan Mei Ling"). Lower-case keys.
var GenderedRoleNouns = map[string]byte{
	"spokeswoman": 'f', "chairwoman": 'f', "businesswoman": 'f', "congresswoman": 'f', "councilwoman": 'f',
	"policewoman": 'f', "sportswoman": 'f', "saleswoman": 'f', "fisherwoman": 'f', "mother": 'f', "mum": 'f', "gran": 'f', "granny": 'f', "grandma": 'f', "nan": 'f', "nanna": 'f', "mom": 'f', "mam": 'f',
	"wife": 'f', "sister": 'f', "daughter": 'f', "grandmother": 'f', "granddaughter": 'f', "aunt": 'f',
	"niece": 'f', "widow": 'f', "actress": 'f', "waitress": 'f', "headmistress": 'f', "heiress": 'f',
	"queen": 'f', "princess": 'f', "duchess": 'f', "baroness": 'f', "fiancee": 'f', "girlfriend": 'f',
	"landlady": 'f', "barmaid": 'f', "stepmother": 'f', "stewardess": 'f', "seamstress": 'f', "ballerina": 'f',
	"yachtswoman": 'f',
	"spokesman":   'm', "businessman": 'm', "congressman": 'm', "councilman": 'm',
	"policeman": 'm', "sportsman": 'm', "salesman": 'm', "fisherman": 'm', "father": 'm', "dad": 'm', "grandad": 'm', "granddad": 'm', "grandpa": 'm',
	"husband": 'm', "brother": 'm', "son": 'm', "grandfather": 'm', "grandson": 'm', "uncle": 'm',
	"nephew": 'm', "widower": 'm', "king": 'm', "prince": 'm', "duke": 'm', "fiance": 'm',
	"boyfriend": 'm', "landlord": 'm', "barman": 'm', "headmaster": 'm', "stepfather": 'm',
}

// RoleGender returns the gender that the head of role states ('f' or
// 'm'), or 0: the last word before a preposition or "and" ("spokeswoman
// for Lantern Pay", "Murphy's spokeswoman", "father of six"). "Chairman"
// is left out: women in the chair are often called so.
func RoleGender(role string) byte {
	head := ""
	for rest := role; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w = strings.Trim(w, ",.;:"); w == "" {
			continue
		}
		if EqualFold(w, "and") || InFold(Prepositions, w) {
			break
		}
		head = w
	}
	if len(head) > maxFold {
		return 0
	}
	var buf [maxFold]byte
	return GenderedRoleNouns[string(fold(&buf, head))]
}

// positionCompounds are the playing positions of two words whose head
// alone is no role noun, or whose modifier reads as a verb ("left back",
// "tight end"), keyed by the head: football, rugby, netball, basketball
// and American football, as their laws and rule books name them.
var positionCompounds = map[string][]string{
	"back":    {"left", "right", "centre", "center", "full", "half", "wing", "running", "defensive"},
	"half":    {"fly", "scrum", "centre", "center", "stand-off"},
	"end":     {"tight", "defensive"},
	"attack":  {"goal", "wing", "centre", "center"},
	"defence": {"goal", "wing"},
	"defense": {"goal", "wing"},
	"guard":   {"point", "shooting"},
	"forward": {"power", "small", "centre", "center"},
	"wing":    {"left", "right"},
}

// PositionHead reports whether w heads a position of two words ("back"
// of "left back"), which a nationality may stand before ("the Serbian
// back").
func PositionHead(w string) bool {
	_, ok := positionCompounds[strings.ToLower(w)]
	return ok
}

// PositionCompound reports whether modifier and head name a playing
// position of two words ("left back", "goal shooter" is a role noun
// already).
func PositionCompound(modifier, head string) bool {
	for _, m := range positionCompounds[strings.ToLower(head)] {
		if strings.EqualFold(m, modifier) {
			return true
		}
	}
	return false
}

// Epithets are the nouns news writing uses to refer back to a person it
// has already named, for variety rather than to introduce anyone: sport
// positions ("said the midfielder"), and age or experience ("the
// veteran", "the teenager"). A definite description headed by one that
// no stated role matches means the person in focus (quote.resolver's
// nominal). Lower-case keys.
var Epithets = SetOf(
	"striker", "forward", "winger", "midfielder", "defender", "goalkeeper", "keeper", "goalie",
	"fullback", "full-back", "centre-back", "center-back", "playmaker", "quarterback", "pitcher",
	"batsman", "batter", "bowler", "wicketkeeper", "all-rounder", "fly-half", "scrum-half", "flanker", "opener",
	"spinner", "seamer", "paceman", "netminder", "shortstop", "linebacker", "libero",
	"veteran", "youngster", "teenager", "rookie", "debutant", "newcomer",
)

// NationalityNouns maps the nouns of nationality that differ from their
// adjective to that adjective ("the Dane" of a "Danish winger"): those of
// Nationalities, and the compounds in -man and -woman. Lower-case keys.
var NationalityNouns = map[string]string{
	"dane": "danish", "swede": "swedish", "finn": "finnish", "pole": "polish", "scot": "scottish",
	"brit": "british", "briton": "british", "spaniard": "spanish", "turk": "turkish",
	"kurd": "kurdish", "frenchman": "french", "frenchwoman": "french", "dutchman": "dutch",
	"dutchwoman": "dutch", "englishman": "english", "englishwoman": "english",
	"irishman": "irish", "irishwoman": "irish", "welshman": "welsh", "welshwoman": "welsh",
	"scotsman": "scottish", "scotswoman": "scottish",
	"icelander": "icelandic", "greenlander": "greenlandic", "luxembourger": "luxembourgish",
	"liechtensteiner": "liechtensteiner", "netherlander": "dutch", "manxman": "manx",
	"manxwoman": "manx", "cornishman": "cornish", "cornishwoman": "cornish",
}

// IsNationalityNoun reports whether w, in any ASCII case, names one person
// by nationality: a key of NationalityNouns ("Swede", "Welshman") or a
// word of Nationalities that is a noun too ("Brazilian", "Iraqi"). The
// adjectives in -sh, -ch, -ss and -ese name a people, not a person, after
// "the" ("the Chinese", "the French", "the Swiss", "the British").
func IsNationalityNoun(w string) bool {
	if len(w) > maxFold {
		return false
	}
	var buf [maxFold]byte
	l := string(fold(&buf, w)) // no allocation: only compared and indexed
	if _, ok := NationalityNouns[l]; ok {
		return true
	}
	if strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "ese") {
		return false
	}
	return Nationalities[l]
}

// roleSuffixes end English agent nouns of trades and sciences that no list
// holds whole ("glaciologist", "boatbuilder", "statistician",
// "shipwright").
var roleSuffixes = []string{"ologist", "ographer", "ician", "maker", "builder", "keeper", "smith", "monger", "wright"}

// agentIst reports whether the lower-case word l is an agent noun in -ist
// ("environmentalist", "conservationist", "philanthropist", "publicist"):
// English forms nouns of a person's calling or creed with the suffix.
// The verbs in -sist and -xist ("insist", "exist"), the short words
// ("wrist", "twist") and the compounds of "list" after a consonant
// ("checklist", "shortlist", "playlist") are no persons; after a vowel
// ("novelist", "loyalist") they are.
func agentIst(l string) bool {
	n := len(l)
	if n < 7 || l[n-3:] != "ist" || l[n-4] == 's' || l[n-4] == 'x' {
		return false
	}
	if l[n-4] == 'l' {
		switch l[n-5] {
		case 'a', 'e', 'i', 'o', 'u':
			return true
		}
		return false
	}
	return true
}

// tradesman reports whether l, in lower case, is a -man or -woman
// compound of a common noun of four letters or more, a trade: "donkeyman",
// "milkman", "doorman"; not "human", "German", "layman". IsRoleNoun asks
// it only of words written in lower case: "Goldman" and "Chapman" are
// surnames.
func tradesman(l string) bool {
	stem, ok := strings.CutSuffix(l, "woman")
	if !ok {
		if stem, ok = strings.CutSuffix(l, "man"); !ok {
			return false
		}
	}
	return len(stem) >= 4 && CommonWord(stem)
}

// combiningPrefixes make a role noun of a role noun written after them
// as one word: "neuro" + "surgeon", "co" + "founder", "head" + "teacher".
var combiningPrefixes = []string{"neuro", "cardio", "ortho", "psycho", "micro", "bio", "geo", "astro", "co", "sub", "head"}

// IsRoleNoun reports whether w, in any ASCII case, is a role noun: in
// RoleNouns, with an agent suffix (roleSuffixes, agentIst), a trade in
// -man or -woman written in lower case (tradesman), or a hyphenated compound whose last part or
// whose first part before "-of-" is one ("co-star", "mum-of-three").
func IsRoleNoun(w string) bool {
	if len(w) > maxFold {
		return false
	}
	var buf [maxFold]byte
	l := fold(&buf, w) // no allocation: map lookups with string(l[...]) do not copy
	if RoleNouns[string(l)] {
		return true
	}
	for _, s := range roleSuffixes {
		if len(l) >= len(s)+2 && string(l[len(l)-len(s):]) == s { // "biologist", "geologist"
			return true
		}
	}
	if n := len(l); agentIst(string(l)) || n >= 7 && w[0] >= 'a' && w[0] <= 'z' && string(l[n-3:]) == "man" && tradesman(string(l)) {
		return true
	}
	if len(l) >= 6 {
		for _, p := range combiningPrefixes {
			if l[0] == p[0] && len(l) >= len(p)+4 && string(l[:len(p)]) == p && RoleNouns[string(l[len(p):])] {
				return true // "neurosurgeon", "cofounder", "headteacher"
			}
		}
	}
	if i := strings.LastIndexByte(string(l), '-'); i > 0 && i < len(l)-1 {
		if j := strings.Index(string(l), "-of-"); j > 0 {
			return RoleNouns[string(l[:j])]
		}
		return RoleNouns[string(l[i+1:])]
	}
	return false
}

// SentenceAdverbs are English adverbs of time, sequence and linking that
// open a sentence and are never part of the name or title after them:
// "Afterwards Ferrante said", "Later Anna Berg said". Lower-case keys.
var SentenceAdverbs = SetOf(
	"afterwards", "afterward", "later", "earlier", "meanwhile", "then", "now", "still",
	"also", "however", "yesterday", "today", "tonight", "tomorrow", "separately",
	"elsewhere", "instead", "overall", "finally", "first", "firstly", "secondly", "next",
	"again", "already", "once", "soon", "recently", "previously", "subsequently", "since",
	"thereafter", "nevertheless", "nonetheless", "moreover", "furthermore", "besides",
	"indeed", "anyway", "likewise", "similarly", "accordingly", "consequently", "therefore",
	"thus", "hence", "otherwise", "ultimately", "eventually", "initially", "originally",
	"lastly", "tomorrow", "here", "there", "so", "yet", "but", "and", "or", "nor", "when",
	"while", "as", "if", "though", "although", "because", "after", "before", "until",
	// focusing and stance adverbs: "Even China, Pyongyang's only ally,
	// said", "Perhaps Smith knew"
	"even", "only", "just", "perhaps", "maybe", "especially", "particularly", "notably", "crucially",
	"tellingly", "ironically", "surprisingly", "predictably", "naturally", "unsurprisingly",
)

// PeerTitles are the ranks of the British peerage. A peer's title is part
// of the name ("Lord Ashby", "Baroness Kell"), unlike an honorific ("Ms
// Berg" is Anna Berg). Lower-case keys.
var PeerTitles = SetOf("lord", "baroness", "viscount", "viscountess", "earl", "countess",
	"marquess", "marchioness", "duke", "duchess")

// TitleAbbrevs are the abbreviated titles of English news style and the
// words they stand for, as the role of one person: "Sen. Rob Tellman" is a
// senator, and so is each of "Sens. Ola Brandt and Kai Moss".
var TitleAbbrevs = map[string]string{
	"sen": "senator", "sens": "senator", "rep": "representative", "reps": "representative",
	"gov": "governor", "govs": "governor", "gen": "general", "lt": "lieutenant",
	"col": "colonel", "sgt": "sergeant", "capt": "captain", "cpl": "corporal", "adm": "admiral",
	"cmdr": "commander", "cllr": "councillor", "pres": "president", "supt": "superintendent",
	"insp": "inspector", "det": "detective", "atty": "attorney", "prof": "professor",
	"cr": "councillor",
}
