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
	"assembly", "parliament", "legislature", "division", "consortium", "cooperative", "co-operative",
	// institutions and venues ("Royal Hospital", "Elgin Academy")
	"hospital", "clinic", "museum", "library", "academy", "theatre", "theater", "festival",
	// legal forms of companies
	"ltd", "plc", "llc", "gmbh", "pty", "pvt",
)

// ClubPrefixes open sports clubs' names in other languages than English
// ("Atlético Prado Norte", "Sporting Cristal", "Dinamo Tbilisi",
// "Olympique Lyonnais", "Hapoel Haifa", "FK Partizan"): a name that opens
// with one is a club's, not a person's.
var ClubPrefixes = SetOf("atlético", "atletico", "sporting", "deportivo", "dynamo", "dinamo", "olympique",
	"spartak", "lokomotiv", "hapoel", "maccabi", "fk", "sk", "cf", "cd")

// CommodityNouns are the goods a company's name may end with after its
// own words ("Ermera Highlands Coffee", "Densu Cocoa"), so that the name
// without them is its short name. Lower-case keys.
var CommodityNouns = SetOf("coffee", "tea", "cocoa", "sugar", "rice", "cotton", "wool", "steel", "cement", "timber",
	"rubber", "tobacco", "wine", "beer", "salt", "seafood", "dairy", "grain", "flour", "coal", "copper", "gold",
	"diamonds", "gems", "paper", "textiles", "foods", "brewing", "fruit", "produce", "fisheries", "spices", "vanilla", "honey")

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

// IsDemonym reports whether w, in any ASCII case, names the people of a
// place: a word of Nationalities, a word in -ese, -ish or -ic
// (demonymsIc), or a word in -an made from a place of Places ("Cuban",
// "Ohioan", "Texan", "Floridian", "Chilean"). Words in -an from no
// known place are names ("Katipunan", "Morgan", "Tran" of "Tran Minh
// Khoa", "Van").
func IsDemonym(w string) bool {
	if len(w) > maxFold {
		return false
	}
	var buf [maxFold]byte
	l := string(fold(&buf, w)) // no allocation: only compared and indexed
	if Nationalities[l] || demonymsIc[l] || regionalDemonyms[l] {
		return true
	}
	if len(l) < 5 || !strings.HasSuffix(l, "an") {
		return false
	}
	n := len(l)
	// Cuba-n, Ohio-an, Brazil-ian, Florid(a)-ian, Mexic(o)-an, Texa(s)-n
	return Places[l[:n-1]] || Places[l[:n-2]] || Places[l[:n-3]] || Places[l[:n-3]+"a"] || Places[l[:n-2]+"o"] || Places[l[:n-1]+"s"]
}

// regionalDemonyms are the demonyms in -ese and -ish of regions and
// cities that English news uses before a name ("Balinese dancer Made
// Sari", "Cantonese singer"), beside the national ones of Nationalities.
// The endings alone prove nothing: "Harish", "Manish" and "Therese" are
// given names, "parish" and "rubbish" English words.
var regionalDemonyms = SetOf("javanese", "balinese", "sundanese", "acehnese", "madurese", "sinhalese", "cantonese",
	"shanghainese", "viennese", "milanese", "genoese", "veronese", "assamese", "sikkimese", "kentish", "amish", "jewish")

// demonymsIc are the English demonyms in -ic; other words in -ic are no
// demonym ("Pacific Crest Power", "Public Health Wales", "Olympic").
var demonymsIc = SetOf("icelandic", "baltic", "celtic", "slavic", "nordic", "hispanic", "arabic", "germanic", "faroeic")

// Kinds of organisation, for telling which one a description such as
// "the company" or "the union" refers back to.
const (
	OrgBusiness = "business" // companies, firms, banks, studios
	OrgSport    = "sport"    // clubs and teams
	OrgParty    = "party"    // political parties
	OrgPublic   = "public"   // regulators, departments, councils, agencies
	OrgUnion    = "union"    // trade unions and professional bodies
	OrgCivic    = "civic"    // charities, trusts, campaigns
	OrgCulture  = "culture"  // festivals, theatres, museums, orchestras
	OrgMedia    = "media"    // newspapers and other news outlets
	OrgPolice   = "police"   // police forces and gendarmeries
	// OrgNamed is the kind of an OrgNominals head that refers only to an
	// organisation with that word in its name; no organisation has it.
	OrgNamed = "named"
)

// OrgNameKinds are English words that mark an organisation's name and
// the kind it is: the legal forms and trading words of company names
// ("Marrowby Foods", "Keelstone Port Holdings"), club names ("Harbour
// Athletic"), parties, public bodies, unions, charities and venues.
var OrgNameKinds = map[string]string{
	"holdings": OrgBusiness, "foods": OrgBusiness, "homes": OrgBusiness, "airways": OrgBusiness,
	"airlines": OrgBusiness, "air": OrgBusiness, "systems": OrgBusiness, "partners": OrgBusiness,
	"pictures": OrgBusiness, "books": OrgBusiness, "press": OrgBusiness, "grid": OrgBusiness,
	"power": OrgBusiness, "energy": OrgBusiness, "water": OrgBusiness, "capital": OrgBusiness,
	"ventures": OrgBusiness, "securities": OrgBusiness, "group": OrgBusiness, "ltd": OrgBusiness,
	"plc": OrgBusiness, "inc": OrgBusiness, "corp": OrgBusiness, "corporation": OrgBusiness,
	"llc": OrgBusiness, "co": OrgBusiness, "company": OrgBusiness, "media": OrgBusiness,
	"motors": OrgBusiness, "pharmaceuticals": OrgBusiness, "pharma": OrgBusiness,
	"technologies": OrgBusiness, "technology": OrgBusiness, "labs": OrgBusiness,
	"logistics": OrgBusiness, "polling": OrgBusiness, "research": OrgBusiness,
	"consulting": OrgBusiness, "bank": OrgBusiness, "retail": OrgBusiness, "stores": OrgBusiness,
	"brewery": OrgBusiness, "studios": OrgBusiness, "games": OrgBusiness, "software": OrgBusiness,
	"telecom": OrgBusiness, "insurance": OrgBusiness, "industries": OrgBusiness,
	"enterprises": OrgBusiness, "international": OrgBusiness, "markets": OrgBusiness,
	"services": OrgBusiness, "solutions": OrgBusiness, "networks": OrgBusiness,
	"entertainment": OrgBusiness, "records": OrgBusiness, "publishing": OrgBusiness,
	"shipping": OrgBusiness, "mining": OrgBusiness, "oil": OrgBusiness, "gas": OrgBusiness,
	"rail": OrgBusiness, "railways": OrgBusiness, "ports": OrgBusiness, "builders": OrgBusiness,
	"developments": OrgBusiness, "estates": OrgBusiness, "properties": OrgBusiness,
	"processing": OrgBusiness, "trading": OrgBusiness, "engineering": OrgBusiness, "packaging": OrgBusiness,
	"dairies": OrgBusiness, "dairy": OrgBusiness, "semiconductor": OrgBusiness, "semiconductors": OrgBusiness,
	"resources": OrgBusiness, "bio": OrgBusiness, "biotech": OrgBusiness, "minerals": OrgBusiness, "metals": OrgBusiness,
	"steel": OrgBusiness, "chemicals": OrgBusiness, "textiles": OrgBusiness, "automotive": OrgBusiness,
	"manufacturing": OrgBusiness, "hydro": OrgBusiness, "electric": OrgBusiness, "utilities": OrgBusiness,
	"united": OrgSport, "athletic": OrgSport, "athletics": OrgSport, "fc": OrgSport,
	"rovers": OrgSport, "wanderers": OrgSport, "harriers": OrgSport, "albion": OrgSport,
	"rangers": OrgSport, "hotspur": OrgSport, "club": OrgSport,
	// the words that open clubs' names in other languages (ClubPrefixes)
	"atlético": OrgSport, "atletico": OrgSport, "sporting": OrgSport, "deportivo": OrgSport, "dynamo": OrgSport,
	"dinamo": OrgSport, "olympique": OrgSport, "spartak": OrgSport, "lokomotiv": OrgSport, "hapoel": OrgSport,
	"maccabi": OrgSport, "fk": OrgSport, "sk": OrgSport, "cf": OrgSport, "cd": OrgSport,
	"party": OrgParty, "alliance": OrgParty, "democrats": OrgParty, "greens": OrgParty,
	"conservatives": OrgParty, "labour": OrgParty, "liberals": OrgParty, "republicans": OrgParty,
	"office": OrgPublic, "authority": OrgPublic, "commission": OrgPublic, "agency": OrgPublic,
	"ministry": OrgPublic, "department": OrgPublic, "inspectorate": OrgPublic,
	"regulator": OrgPublic, "ombudsman": OrgPublic, "council": OrgPublic, "service": OrgPublic,
	"board": OrgPublic, "bureau": OrgPublic, "administration": OrgPublic, "command": OrgPublic,
	"municipality": OrgPublic, "division": OrgPublic, "police": OrgPolice, "constabulary": OrgPolice, "gendarmerie": OrgPolice, "garda": OrgPolice,
	"union": OrgUnion, "workers": OrgUnion, "federation": OrgUnion, "guild": OrgUnion,
	"association": OrgUnion, "congress": OrgUnion,
	"trust": OrgCivic, "foundation": OrgCivic, "charity": OrgCivic, "society": OrgCivic, "chamber": OrgCivic,
	"forum": OrgCivic, "network": OrgCivic, "centre": OrgCivic, "center": OrgCivic,
	"academy": OrgCivic, "college": OrgCivic, "university": OrgCivic, "school": OrgCivic,
	"hospital": OrgCivic, "directorate": OrgPublic, "league": OrgSport,
	"cooperative": OrgBusiness, "co-operative": OrgBusiness, "coopérative": OrgBusiness, "co-op": OrgBusiness,
	"consortium": OrgBusiness, "collective": OrgCivic, "observatory": OrgCivic, "laboratory": OrgCivic,
	"campaign": OrgCivic, "coalition": OrgCivic, "watch": OrgCivic, "institute": OrgCivic,
	"church": OrgCivic, "mosque": OrgCivic, "synagogue": OrgCivic, "diocese": OrgCivic, "archdiocese": OrgCivic,
	"festival": OrgCulture, "theatre": OrgCulture, "theater": OrgCulture, "playhouse": OrgCulture,
	"opera": OrgCulture, "museum": OrgCulture, "gallery": OrgCulture, "orchestra": OrgCulture,
	"fund": OrgNamed, "committee": OrgNamed, "court": OrgNamed,
	// the words of newspapers' nameplates ("The Harbour Gazette", "The
	// Advocate"; not "Post", which is as often a social media post)
	"times": OrgMedia, "journal": OrgMedia, "news": OrgMedia, "herald": OrgMedia,
	"tribune": OrgMedia, "gazette": OrgMedia, "telegraph": OrgMedia, "chronicle": OrgMedia,
	"observer": OrgMedia, "courier": OrgMedia, "inquirer": OrgMedia, "examiner": OrgMedia,
	"guardian": OrgMedia, "globe": OrgMedia, "dispatch": OrgMedia, "bulletin": OrgMedia,
	"advocate": OrgMedia, "mirror": OrgMedia,
}

// OrgNominals are English nouns that, after "the" or a possessive
// pronoun, refer back to an organisation named before ("the company",
// "the club", "their union"), with the kind they refer to. A noun that is
// itself in the organisation's name ("the festival", "the board") refers
// to it whatever its kind.
var OrgNominals = map[string]string{
	"company": OrgBusiness, "firm": OrgBusiness, "business": OrgBusiness, "operator": OrgBusiness,
	"housebuilder": OrgBusiness, "builder": OrgBusiness, "retailer": OrgBusiness,
	"airline": OrgBusiness, "carrier": OrgBusiness, "utility": OrgBusiness, "lender": OrgBusiness,
	"insurer": OrgBusiness, "supermarket": OrgBusiness, "grocer": OrgBusiness, "chain": OrgBusiness,
	"manufacturer": OrgBusiness, "maker": OrgBusiness, "carmaker": OrgBusiness,
	"developer": OrgBusiness, "publisher": OrgBusiness, "studio": OrgBusiness,
	"startup": OrgBusiness, "start-up": OrgBusiness, "provider": OrgBusiness,
	"broadcaster": OrgBusiness, "bank": OrgBusiness, "group": OrgBusiness,
	"conglomerate": OrgBusiness, "brewer": OrgBusiness, "miner": OrgBusiness,
	"grinder": OrgBusiness, "processor": OrgBusiness, "exporter": OrgBusiness, "importer": OrgBusiness,
	"distributor": OrgBusiness, "refiner": OrgBusiness,
	// the makers business news names by their product, and a buyer in a
	// deal ("the automaker", "the drugmaker", "the acquirer")
	"automaker": OrgBusiness, "drugmaker": OrgBusiness, "chipmaker": OrgBusiness, "steelmaker": OrgBusiness,
	"shipbuilder": OrgBusiness, "planemaker": OrgBusiness, "acquirer": OrgBusiness, "dairy": OrgBusiness,
	"bottler": OrgBusiness, "telco": OrgBusiness, "supplier": OrgBusiness, "outsourcer": OrgBusiness,
	"shipper": OrgBusiness, "wholesaler": OrgBusiness,
	"club": OrgSport, "team": OrgSport, "side": OrgSport,
	"party":     OrgParty,
	"regulator": OrgPublic, "watchdog": OrgPublic, "authority": OrgPublic, "agency": OrgPublic,
	"commission": OrgPublic, "ministry": OrgPublic, "department": OrgPublic, "council": OrgPublic,
	"municipality": OrgPublic,
	"union":        OrgUnion,
	"charity":      OrgCivic, "trust": OrgCivic, "organisation": OrgCivic, "organization": OrgCivic, "body": OrgCivic,
	"campaign": OrgCivic,
	"festival": OrgCulture, "theatre": OrgCulture, "theater": OrgCulture, "museum": OrgCulture,
	"gallery": OrgCulture, "orchestra": OrgCulture,
	"force": OrgPolice, "constabulary": OrgPolice, "gendarmerie": OrgPolice,
	"newspaper": OrgMedia, "paper": OrgMedia, "daily": OrgMedia, "tabloid": OrgMedia, "outlet": OrgMedia,
	"magazine": OrgMedia, "channel": OrgMedia, "station": OrgMedia, "website": OrgMedia,
	// heads that refer only to an organisation with the word in its name
	// ("the fund" of the International Monetary Fund, "the court" of the
	// Supreme Court)
	"fund": OrgNamed, "committee": OrgNamed, "court": OrgNamed, "foundation": OrgNamed,
	"institute": OrgNamed, "association": OrgNamed, "board": OrgNamed, "bureau": OrgNamed,
	"service":  OrgNamed, // "the service" of the Alpine Weather Service, the National Park Service
	"division": OrgNamed, // "the wildlife division" of the Utah Division of Wildlife Resources
	// "the chamber" of the Brisbane Business Chamber, "the alliance", "the
	// forum", "the league", "the federation", "the guild"
	"chamber": OrgNamed, "alliance": OrgNamed, "coalition": OrgNamed, "society": OrgNamed, "league": OrgNamed,
	"federation": OrgNamed, "forum": OrgNamed, "guild": OrgNamed, "consortium": OrgNamed, "cooperative": OrgNamed,
}

// CommonWordOutlets are news publications whose names are common English
// words, so that a sentence's first word gives no sign of a name:
// "Politico reported", "Variety said". Lower-case keys.
var CommonWordOutlets = SetOf("politico", "variety", "time", "fortune", "slate", "wired", "salon", "vice",
	"quartz", "newsday", "mirror", "independent", "guardian", "observer", "telegraph", "spectator", "economist",
	"atlantic", "hill", "blaze", "federalist", "advocate", "nation", "monitor", "examiner", "register")
