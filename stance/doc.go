// Package stance finds who said what in news articles and where they stand.
//
// It is the facade of the toolkit: a short guide to the packages below it
// and the streaming pass that joins them. Each stage is a package of its
// own, and each can be used alone:
//
//   - corpus reads documents: text files, HTML pages (main text extracted
//     with go-readability), JSONL and CSV corpora, standard input. A bad
//     file or record is a *corpus.DocError with file and line; the corpus
//     goes on with the rest.
//   - quote extracts and attributes statements: quote.Extract(text,
//     quote.DefaultOptions) returns direct quotes, reported speech and
//     mixed quotes, each with content ranges, cue, source mention and the
//     canonical speaker and role it resolves to.
//   - nb classifies: naive Bayes on github.com/jbrukh/bayesian, trained with
//     nb.TrainCalibrated (or package train) or read with nb.ReadModel;
//     Predict gives a calibrated probability per label.
//   - tally counts classified statements per actor in a Partial that merges
//     exactly across shards, and Summarize gives one row per actor with
//     stance shares, net stance and its interval, and topic mix.
//
// Analyze runs all four over a corpus in one streaming pass on every core:
//
//	c := corpus.NewCorpus(paths, os.Stdin)
//	defer c.Close()
//	p, err := stance.Analyze(ctx, c, stance.Models{Stance: sm, Topic: tm}, stance.DefaultOptions)
//	...
//	s, err := tally.Summarize(p, tally.DefaultSummaryOptions)
//
// Each is the order-preserving variant, for per-document output such as
// "stance quotes" and "stance classify"; Classify extracts and classifies
// one document.
//
// Offsets are UTF-8 byte offsets into Document.Text, end exclusive. For
// HTML input they refer to the extracted text, not to the page source.
// Probabilities and shares are in [0, 1]; net stance is in [-1, 1].
//
// The library never prints; the stance command renders its results.
package stance
