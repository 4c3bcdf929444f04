// Package tally counts classified statements per actor and summarises them.
//
// Observations go into a Partial (sufficient statistics: counts and sums,
// never shares), which merges exactly with the Partials of other shards;
// Summarize turns a Partial into one row per actor. A Partial records the
// hashes of the models that made its predictions, and Merge refuses to
// mix the results of two models.
//
// Summarize turns the counts of a Partial into one row per actor: the
// number of statements and of articles quoting the actor, the roles seen,
// the share of statements per stance label, the net stance with an
// interval, the mean classifier confidence and the share of statements
// per topic (and, with SummaryOptions.ByTopic, the stance per topic).
//
// Actors are canonical across documents. The extractor resolves names
// within a document; Summarize resolves them across documents, from the
// set of names in the corpus only, so a merge of partials canonicalises
// exactly as a single run. Names are compared case-insensitively, word by
// word. A shorter name is a form of a longer one if it is the longer
// name's last words ("Khalidi", "Bushra Khalidi") or the first word of a
// two-word name ("Wang", "Wang Yi": surname-first names). A name that is
// a form of exactly one full name (following forms transitively) joins
// it; a name that could be several people ("Khalidi" with both "Bushra
// Khalidi" and "Rashid Khalidi" in the corpus) stays an actor of its own.
// A name without its middle initials is a form of the name with them
// ("Donald Trump", "Donald J. Trump"). Spellings that differ only in case
// are one name, shown as the most quoted spelling, and an actor is shown
// under its most quoted name of two or more words (the rules are on
// canonicalActors). A role counts once per article that gives it. The same rules first merge the names within each
// document, so an article counts once per actor.
//
// Shares count hard labels: a statement counts for the label the model
// gives it (its most probable label), and the shares of an actor sum
// to 1. Confidence is the mean probability of those labels, in [0, 1]:
// calibrated for models trained by nb.TrainCalibrated ("stance train"), so
// that among statements given probability 0.7 about 70% are labeled as
// the model says, on data like its training data.
//
// The net stance and its interval are documented on NetInterval.
package tally
