// Package stance finds who said what in news articles and where they stand.
//
// The pipeline has four stages, each a plain function or type:
//
//  1. Read. A Corpus streams Documents from text files, HTML pages (main
//     text extracted with go-readability), JSONL and CSV corpora, or
//     standard input. A bad file or record is a *DocError with file and line;
//     the corpus goes on with the rest.
//  2. Extract. Extract(doc, DefaultExtractOptions) returns the document's
//     statements as Quotes: direct quotes, reported speech and mixed quotes,
//     each with its content ranges, cue, in-sentence source mention, and the
//     canonical speaker and role that mention resolves to.
//  3. Classify. A Classifier (naive Bayes, trained with package train or
//     loaded from a model file with ReadModel) predicts a statement's stance
//     (support, oppose, neutral) and topic, with posterior probabilities
//     calibrated by temperature scaling (see Calibration and TrainCalibrated).
//  4. Summarise. Per-actor summaries count statements, stance and topic
//     shares and net stance with a confidence interval, and merge exactly
//     across shards.
//
// Offsets are UTF-8 byte offsets into Document.Text, end exclusive. For
// HTML input they refer to the extracted text, not to the page source.
// Probabilities and shares are in [0, 1]; net stance is in [-1, 1].
//
// The library never prints; the stance command renders its results.
//
// # Per-speaker summaries
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
// Spellings that differ only in case are one name, shown as the most
// quoted spelling. The same rules first merge the names within each
// document, so an article counts once per actor.
//
// Shares count hard labels: a statement counts for the label the model
// gives it (its most probable label), and the shares of an actor sum
// to 1. Confidence is the mean probability of those labels, in [0, 1]:
// calibrated for models trained by TrainCalibrated ("stance train"), so
// that among statements given probability 0.7 about 70% are labeled as
// the model says, on data like its training data.
//
// Net stance and its interval. For an actor with n statements, s of them
// classified support and o oppose, the net stance is
//
//	d = p_s - p_o,   p_s = s/n,   p_o = o/n,
//
// in [-1, 1]: 1 when every statement supports, -1 when every one opposes.
// Its interval (95% by default) is Newcombe's hybrid score interval for a
// difference of paired proportions (R. G. Newcombe, "Improved confidence
// intervals for the difference between binomial proportions based on
// paired data", Statistics in Medicine 17, 1998, method 10). It applies
// because "supports" and "opposes" are two binary variables measured on
// the same n statements: a 2x2 table with cells a = 0 (both), b = s, c = o
// and d = n-s-o (neither), whose paired difference (b-c)/n is the net
// stance. With z the 1-(1-level)/2 quantile of the standard normal
// distribution (1.959964 for 95%), the Wilson score interval of a share
// p = k/n is
//
//	(2k + z² ∓ z·sqrt(z² + 4k(n-k)/n)) / (2(n + z²)),
//
// giving [l_s, u_s] for p_s and [l_o, u_o] for p_o. The correlation of the
// two variables is φ = -sqrt(s·o / ((n-s)(n-o))), and φ = 0 when s or o
// is 0. The interval is
//
//	lower = d - sqrt((p_s-l_s)² - 2φ(p_s-l_s)(u_o-p_o) + (u_o-p_o)²)
//	upper = d + sqrt((u_s-p_s)² - 2φ(u_s-p_s)(p_o-l_o) + (p_o-l_o)²).
//
// Unlike the Wald interval d ± z·sqrt((p_s + p_o - d²)/n), it is never
// empty at small n or at d = ±1, always contains d and lies within
// [-1, 1] (the Wilson intervals lie within [0, 1] and φ >= -1). The
// quantile comes from gonum's stat/distuv.
package stance
