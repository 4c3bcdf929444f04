package lexicon

// Places are the names of countries (the English short names of ISO
// 3166-1, as news writes them), the states of the United States, and the
// continents and large regions news names. A place alone is not a form of
// a person's name ("Virginia" of "West Virginia", "Ohio" of "Ohio
// Governor"), so actors never merge through one.
var Places = SetOf(
	// Countries.
	"afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
	"austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
	"belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
	"burundi", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros",
	"congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti", "dominica", "ecuador",
	"egypt", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon",
	"gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana",
	"haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
	"israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "korea",
	"kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
	"liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
	"mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco",
	"mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru",
	"nepal", "netherlands", "holland", "nicaragua", "niger", "nigeria", "norway", "oman",
	"pakistan", "palau", "palestine", "panama", "paraguay", "peru", "philippines", "poland",
	"portugal", "qatar", "romania", "russia", "rwanda", "samoa", "senegal", "serbia", "seychelles",
	"singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden",
	"switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga",
	"trinidad", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay",
	"uzbekistan", "vanuatu", "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
	"britain", "england", "scotland", "wales", "america", "usa", "uk", "u.s.", "u.k.",
	// States of the United States.
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
	"maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
	"montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee",
	"texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "carolina",
	"dakota", "hampshire", "jersey",
	// Provinces and territories of Canada and states of Australia (ISO
	// 3166-2:CA and :AU; the last word of a name of two, as above); left
	// out are Victoria, a common given name, and the names whose last
	// word is a common word or another name (Prince Edward Island,
	// British Columbia, Northwest Territories). Alberta is a given name
	// too, rarely.
	"ontario", "quebec", "alberta", "manitoba", "saskatchewan", "scotia", "brunswick", "newfoundland",
	"labrador", "yukon", "nunavut", "queensland", "tasmania",
	// Continents and regions.
	"africa", "asia", "europe", "oceania", "antarctica", "arctic", "caribbean", "balkans",
	"scandinavia", "mideast", "gulf", "sahel", "kashmir", "crimea", "gaza", "tibet",
)

// Nationalities are the adjectives and nouns of nationality and region
// for the places above, as news uses them before a name or alone
// ("Russian leader", "Asian leaders").
var Nationalities = SetOf(
	"afghan", "albanian", "algerian", "american", "angolan", "argentine", "argentinian", "armenian",
	"australian", "austrian", "azerbaijani", "bangladeshi", "belarusian", "belgian", "bolivian",
	"bosnian", "brazilian", "british", "bulgarian", "cambodian", "cameroonian", "canadian",
	"chilean", "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech",
	"danish", "dutch", "ecuadorian", "egyptian", "english", "eritrean", "estonian", "ethiopian",
	"european", "filipino", "finnish", "french", "georgian", "german", "ghanaian", "greek",
	"guatemalan", "haitian", "honduran", "hungarian", "icelandic", "indian", "indonesian",
	"iranian", "iraqi", "irish", "israeli", "italian", "jamaican", "japanese", "jordanian",
	"kazakh", "kenyan", "korean", "kosovan", "kuwaiti", "latvian", "lebanese", "liberian",
	"libyan", "lithuanian", "malaysian", "malian", "maltese", "mexican", "moldovan", "mongolian",
	"moroccan", "mozambican", "namibian", "nepalese", "nigerian", "nigerien", "norwegian",
	"pakistani", "palestinian", "panamanian", "paraguayan", "peruvian", "polish", "portuguese",
	"qatari", "romanian", "russian", "rwandan", "saudi", "scottish", "senegalese", "serbian",
	"slovak", "slovenian", "somali", "spanish", "sudanese", "swedish", "swiss", "syrian",
	"taiwanese", "tanzanian", "thai", "tunisian", "turkish", "ugandan", "ukrainian", "uruguayan",
	"uzbek", "venezuelan", "vietnamese", "welsh", "yemeni", "zambian", "zimbabwean",
	"african", "asian", "arab", "caribbean", "latin", "nordic", "western", "eastern",
	"latino", "latina", "hispanic",
	"dane", "swede", "finn", "pole", "scot", "brit", "briton", "spaniard", "turk", "kurd", "kurdish",
	// the other sovereign states, and peoples of regions that news names
	// as nations
	"andorran", "antiguan", "bahamian", "bahraini", "barbadian", "belizean", "beninese", "bhutanese",
	"bruneian", "burkinabe", "burmese", "burundian", "chadian", "comorian", "djiboutian", "dominican",
	"emirati", "gabonese", "gambian", "grenadian", "guinean", "guyanese", "ivorian", "kyrgyz", "laotian",
	"macedonian", "malagasy", "malawian", "maldivian", "marshallese", "mauritanian", "mauritian",
	"micronesian", "monegasque", "montenegrin", "nauruan", "nicaraguan", "omani", "palauan", "salvadoran",
	"sammarinese", "samoan", "seychellois", "singaporean", "surinamese", "tajik", "timorese", "togolese",
	"tongan", "trinidadian", "turkmen", "tuvaluan", "vanuatuan", "fijian", "swazi", "motswana", "basotho",
	"greenlandic", "faroese", "manx", "tibetan", "basque", "catalan", "flemish", "cornish",
	"icelander", "greenlander", "luxembourger", "luxembourgish", "liechtensteiner", "netherlander", "kiwi",
)

// NationalityPhrases are the nouns and adjectives of nationality of two
// words ("the New Zealander", "a South African"), lower-case and joined
// by one space.
var NationalityPhrases = SetOf("new zealander", "south african", "south korean", "north korean", "sri lankan",
	"costa rican", "puerto rican", "saudi arabian", "sierra leonean", "cape verdean", "east timorese",
	"solomon islander", "faroe islander", "cook islander", "marshall islander", "hong konger", "south sudanese",
	"central african", "northern irish", "northern irishman", "northern irishwoman", "new guinean", "el salvadoran")
