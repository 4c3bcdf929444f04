package lexicon

// Honorifics are courtesy titles before a name; the value is the gender they
// imply ('m', 'f', or 0 when they say nothing about it).
var Honorifics = map[string]byte{
	"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "sir": 'm', "dame": 'f', "lord": 'm', "lady": 'f',
	"dr": 0, "prof": 0, "rev": 0,
	// courtesy and kinship titles of respect in English-language news
	// elsewhere: West Africa and the Caribbean ("Auntie Abena"), Fiji's
	// chiefly title (Ratu), Malaysia's federal and state honours (Datuk,
	// Dato', Datin, Tun) and forms of address (Encik, Puan), West Africa's
	// Alhaji and Alhaja for those who made the hajj (with Ghana's Hajia,
	// Nigeria's Hajiya and the Malay world's Hajjah; not Haji, a surname
	// in East Africa), South Asia's Shri and
	// Smt, and the masters' titles of Hindustani music (Pandit, Ustad)
	"auntie": 'f', "aunty": 'f', "uncle": 'm', "ratu": 'm', "datuk": 0, "dato": 0, "datin": 'f', "tun": 0,
	"encik": 'm', "puan": 'f', "alhaji": 'm', "alhaja": 'f', "shri": 'm', "smt": 'f', "shrimati": 'f',
	"pandit": 'm', "ustad": 'm', "sheikh": 'm', "hajia": 'f', "hajiya": 'f', "hajjah": 'f',
	// Singapore's and Malaysia's Mdm (Madam) and Seri (of "Datuk Seri"),
	// East Africa's Mzee for an elder, the Philippines' Mang and Aling,
	// the Commonwealth's "Hon." for a member of a legislature, and
	// Nigeria's professional styles (Barrister, Engr)
	"mdm": 'f', "madam": 'f', "seri": 0, "mzee": 'm', "mang": 'm', "aling": 'f', "hon": 0, "honourable": 0, "honorable": 0,
	"barrister": 0, "engr": 0,
	// the gender-neutral courtesy title (Oxford English Dictionary since
	// 2015; UK forms and press style guides)
	"mx": 0,
	// the ranks of the peerage, which stay in the name (PeerTitles)
	"baroness": 'f', "viscount": 'm', "viscountess": 'f', "earl": 'm', "countess": 'f',
	"marquess": 'm', "marchioness": 'f', "duke": 'm', "duchess": 'f',
}

// TitleWords are words of office that may precede a name ("Foreign Minister
// Wang Yi", "Sen. Ted Cruz") or head an appositive ("a spokesman for ...").
// Lower-case keys.
var TitleWords = SetOf(
	"president", "pres", "vice", "minister", "secretary", "senator", "sen", "rep", "representative",
	"gov", "governor", "gen", "general", "lt", "col", "sgt", "capt", "adm", "admiral", "cmdr",
	"mayor", "judge", "justice", "chief", "chairman", "chairwoman", "chair", "director",
	"commissioner", "ambassador", "spokesman", "spokeswoman", "spokesperson", "speaker",
	"leader", "lead", "head", "officer", "official", "officials", "aide", "adviser", "advisor",
	"strategist", "pollster", "analyst", "professor", "prof", "attorney", "prosecutor",
	"sheriff", "candidate", "nominee", "congressman", "congresswoman", "councilman",
	"councilwoman", "king", "queen", "prince", "princess", "pope", "premier", "chancellor",
	"prime", "foreign", "deputy", "assistant", "executive", "manager", "founder", "ceo",
	"host", "anchor", "correspondent", "editor", "coordinator", "envoy", "delegate",
	"treasurer", "clerk", "superintendent", "commander", "undersecretary", "under-secretary", "mr", "mrs", "ms", "dr", "rev",
	"former", "acting", "state", "majority", "minority", "whip", "house", "senate",
	// the full forms of the ranks abbreviated above
	"colonel", "sergeant", "captain", "lieutenant", "major", "corporal", "private",
	// plural titles before coordinated names ("Sens. Marco Rubio and Ted Cruz")
	"sens", "reps", "govs", "gens", "drs", "senators", "representatives", "governors",
	"presidents", "ministers", "mayors", "judges", "justices", "congressmen", "congresswomen",
	// British local and parliamentary offices, and the coach of a team
	"councillor", "councilor", "cllr", "mp", "mep", "msp", "coach",
	// Irish heads of government, the Australian councillor (Cr), British
	// police ranks and judges
	"taoiseach", "tanaiste", "tánaiste", "cr", "constable", "inspector", "detective", "det", "insp",
	"magistrate", "recorder",
	// the head of an Indian district's administration ("District Collector")
	"collector",
	// seniority before a police or military rank, and their abbreviations
	// ("Senior Constable", "Snr Const.", "Supt")
	"senior", "snr", "const", "supt", "cpl",
	// a delegate to the US House ("Del. Stacey Plaskett")
	"del",
)

// PartyMembers name a member of a political party or camp; before a name
// they state a role, not part of the name ("Democrat Zephyr Teachout",
// "Republican Thomas Massie"). Lower-case keys.
var PartyMembers = SetOf("democrat", "republican", "conservative", "liberal", "libertarian", "socialist",
	"independent", "tory", "progressive", "centrist", "unionist", "nationalist")

// NonNameCaps are capitalised words that do not start or make up a
// person's name even when they appear in a capitalised run.
var NonNameCaps = union(weekdaysMonths, SetOf(
	"the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "or", "if", "as", "by",
	"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
	"this", "that", "these", "those", "there", "here", "when", "while", "after", "before",
	"today", "yesterday", "tomorrow", "last", "next", "new", "according", "also", "still",
	"so", "yet", "then", "now", "however", "meanwhile", "some", "many", "most", "all",
	"both", "no", "not", "what", "who", "why", "how", "where", "which", "with", "from",
	"to", "said", "says", "told", "updated", "skip", "content", "image", "share", "read",
	"more", "recommended", "articles", "related", "advertisement", "click", "subscribe",
))

// weekdaysMonths are the days of the week and the months, with their
// abbreviations; NonNameCaps has them too.
var weekdaysMonths = SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec")

// IsWeekdayOrMonth reports whether w, in any ASCII case, names a day of
// the week or a month.
func IsWeekdayOrMonth(w string) bool { return InFold(weekdaysMonths, w) }

// FemaleNames and maleNames are common given names whose gender is rarely
// in doubt; a pronoun is resolved only to a compatible antecedent.
var FemaleNames = SetOf(
	"hillary", "nancy", "elizabeth", "sarah", "michelle", "melania", "ivanka", "chelsea",
	"kellyanne", "hope", "jill", "debbie", "donna", "kamala", "nikki", "condoleezza",
	"madeleine", "susan", "mary", "patricia", "jennifer", "linda", "barbara", "margaret",
	"karen", "lisa", "betty", "helen", "sandra", "ashley", "kimberly", "emily", "carol",
	"amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia",
	"kathleen", "amy", "angela", "anna", "brenda", "pamela", "nicole", "katherine", "kate",
	"christine", "samantha", "rachel", "catherine", "janet", "maria", "heather", "diane",
	"julie", "joyce", "victoria", "kelly", "christina", "joan", "evelyn", "lauren", "judith",
	"megyn", "olivia", "martha", "cheryl", "andrea", "hannah", "jacqueline", "ann", "jean",
	"alice", "kathryn", "gloria", "teresa", "doris", "sara", "janice", "julia", "marie",
	"madison", "grace", "judy", "theresa", "beverly", "denise", "marilyn", "amber", "danielle",
	"rose", "brittany", "diana", "abigail", "natalie", "jane", "lori", "tiffany", "kayla",
	"alexis", "tammy", "angelina", "angela", "theresa", "loretta", "claire", "tammy", "tulsi",
	"marsha", "lisa", "heidi", "maxine", "barbara", "dianne", "kirsten", "tammy", "maggie",
	"katrina", "huma", "cheri", "wendy", "paula", "mika", "rosie", "gennifer", "juanita",
	"kathleen", "jeanne", "ivana", "tiffany", "hadja", "bushra", "fatima", "aisha", "mariam",
	"ursula", "angela", "theresa", "marine", "christiane", "federica", "kaja", "annalena",
	"giorgia", "jacinda", "sanna", "yulia", "svetlana", "olga", "natalia", "elena", "irina",
	"ana", "sofia", "lucia", "carmen", "isabel", "ines", "leila", "layla", "nadia", "yasmin",
	"mei", "ling", "priya", "sonia", "indira", "benazir", "aung", "betsy", "stacey",
)

var MaleNames = SetOf(
	"donald", "barack", "bill", "mike", "michael", "joe", "joseph", "bernie", "ted", "marco",
	"jeb", "john", "paul", "mitch", "chris", "christopher", "tim", "timothy", "ben", "rudy",
	"newt", "reince", "steve", "stephen", "corey", "jason", "robby", "john", "james", "robert",
	"william", "david", "richard", "charles", "thomas", "daniel", "matthew", "anthony", "mark",
	"steven", "andrew", "kenneth", "george", "kevin", "brian", "edward", "ronald", "jeff",
	"jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "larry", "justin",
	"scott", "brandon", "frank", "benjamin", "gregory", "samuel", "raymond", "patrick",
	"alexander", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "henry", "adam",
	"douglas", "nathan", "peter", "zachary", "kyle", "walter", "harold", "jeremy", "ethan",
	"carl", "keith", "roger", "gerald", "christian", "terry", "sean", "arthur", "austin",
	"noah", "lawrence", "jesse", "joe", "bryan", "billy", "jordan", "albert", "dylan",
	"bruce", "willie", "gabriel", "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene",
	"randy", "vincent", "russell", "louis", "philip", "bobby", "johnny", "bradley", "vladimir",
	"sergey", "sergei", "dmitry", "xi", "kim", "recep", "benjamin", "bibi", "emmanuel",
	"francois", "boris", "justin", "narendra", "shinzo", "jim", "tom", "bob", "rick", "dick",
	"al", "harry", "lindsey", "rand", "orrin", "chuck", "lamar", "jared", "eric", "don",
	"mitt", "sean", "rush", "roger", "karl", "newt", "rudolph", "pat", "ron", "rob", "ken",
	"dan", "jon", "matt", "nick", "greg", "doug", "jeremiah", "tony", "sam", "andy", "mohammed",
	"muhammad", "ahmed", "ali", "omar", "hassan", "hussein", "abdul", "ibrahim", "yusuf",
	"antonio", "carlos", "luis", "miguel", "pedro", "javier", "jorge", "olaf", "friedrich",
	"wang", "li", "zhang", "abe", "moon", "mahmoud", "volodymyr", "dmitri", "alexei", "igor",
	"antony", "lloyd", "jens", "josep", "charles", "emmanuel", "keir", "rishi", "viktor",
)

// HonorificWords are the keys of Honorifics.
var HonorificWords = func() Set {
	s := make(Set, len(Honorifics))
	for w := range Honorifics {
		s[w] = true
	}
	return s
}()

// NameParticles are the lower-case words inside personal names ("Bill de
// Blasio", "Ursula von der Leyen", "Mohammed bin Salman").
var NameParticles = SetOf("de", "del", "della", "der", "den", "di", "da", "dos", "du", "van", "von",
	"bin", "bint", "binti", "ibn", "al", "el", "la", "le", "ter", "ten", "ap", "des",
	// Māori "Te" and the Irish "Ní", "Mac", "Ó", "Nic", capitalised in a surname ("Aroha Te Whata-Henderson", "Caoimhe Ní Dhuibhir")
	"te", "ní", "mac", "ó", "nic")
