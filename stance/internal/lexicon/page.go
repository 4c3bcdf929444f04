package lexicon

// NavigationPhrases mark a short paragraph as page furniture. Lower case.
var NavigationPhrases = []string{
	"skip to content", "skip to main", "recommended articles", "related articles",
	"related stories", "read more", "share this", "share on", "sign up", "subscribe",
	"advertisement", "click here", "follow us", "feature image", "last updated",
	"all rights reserved", "privacy policy", "terms of use", "cookie", "newsletter",
	"most popular", "trending now", "you may also like", "more from", "back to top",
}

// NavigationWords are single words that make up menus and share bars.
var NavigationWords = SetOf(
	"facebook", "twitter", "linkedin", "whatsapp", "email", "print", "share", "tweet",
	"menu", "home", "search", "skip", "content", "image", "feature", "comments", "reddit",
	"pinterest", "telegram", "copy", "link", "login", "log", "in", "to", "news", "video",
	"photos", "more", "next", "previous", "close", "open", "toggle", "navigation",
)

// Abbreviations end with a period that does not end a sentence.
var Abbreviations = SetOf(
	"mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt",
	"capt", "cmdr", "adm", "st", "jr", "sr", "prof", "rev", "hon", "pres", "gens", "maj",
	"jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mass", "calif",
	"fla", "ariz", "ill", "pa", "va", "wash", "mich", "minn", "wis", "conn", "del", "tenn",
	"ky", "ga", "nev", "colo", "okla", "ala", "ore", "neb", "kan", "ind", "md", "mo", "miss",
	"no", "vol", "vs", "v", "etc", "inc", "corp", "co", "ltd", "ft", "mt", "messrs", "u.s",
	"e.g", "i.e", "a.m", "p.m", "approx", "dept", "univ", "est", "fig",
)

// SentenceStarters are capitalised words that, after an abbreviation such
// as "U.S.", show that a new sentence has begun.
var SentenceStarters = SetOf(
	"the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that", "there",
	"a", "an", "his", "her", "their", "our", "if", "when", "as", "so", "yet", "still", "for",
)
