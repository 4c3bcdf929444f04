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
//     (support, oppose, neutral) and topic, with posterior probabilities.
//  4. Summarise. Per-actor summaries count statements, stance and topic
//     shares and net stance with a confidence interval, and merge exactly
//     across shards.
//
// Offsets are UTF-8 byte offsets into Document.Text, end exclusive. For
// HTML input they refer to the extracted text, not to the page source.
// Probabilities and shares are in [0, 1]; net stance is in [-1, 1].
//
// The library never prints; the stance command renders its results.
package stance
