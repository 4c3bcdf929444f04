// Package pipeline is "stance analyze" as an Apache Beam pipeline: the
// same extraction, classification and tallying, spread over the workers of
// a Beam runner (prism in this process; Flink, Spark or Dataflow on a
// cluster), giving the same tables.
//
// The stages, a file each (match and plan share one):
//
//   - match and plan (plan.go): each input is expanded with Beam's file
//     systems (a glob, a file, a local directory walked as "stance
//     analyze" walks it; local paths or gs://) into sets of files: a
//     large file alone, small ones together up to Options.ChunkBytes.
//     The sets are reshuffled, and each is planned into chunks: an
//     uncompressed UTF-8 JSONL file larger than Options.ChunkBytes is cut
//     at line starts, each chunk with the number of its first line, so
//     records keep their file and line; anything else is one chunk. The
//     chunks are reshuffled to the workers.
//   - read (read.go): a chunk is read by the stance/corpus reader that
//     "stance analyze" uses, giving documents, and its bad records go to
//     the dead-letter output as DeadLetters with file and line.
//   - observe (observe.go): a DoFn that loads the models once (Setup)
//     extracts and classifies each document's statements with
//     stance.Analyze, called on the document alone, and emits the
//     document's tally.Partial keyed by its input file. The names of one
//     document are canonicalised among themselves there
//     (tally.Partial.AddDocument), so the DoFn emits per document, not
//     per statement.
//   - combine (combine.go): CombinePerKey merges the Partials of each
//     file, lifted by the runner into a merge per bundle before the
//     shuffle; then a global Combine merges the files' Partials into the
//     corpus's. Partial.Merge is associative, commutative and exact
//     (integer counts, fixed-point confidence sums), so any order and
//     tree of merges gives the Partial of one pass. Between workers a
//     Partial travels in the file format of "stance analyze --partial".
//   - write (write.go): tally.Summarize and the renderers of "stance
//     analyze" write the summary (or, with Options.Partial, the Partial
//     for "stance merge"); the dead letters are written sorted by file and
//     line as JSON Lines.
//
// Actors are canonicalised across documents only in Summarize, from the
// set of names and their counts, so the answer is the one of a single run.
//
// Counters in the namespace "stance" (Metrics reads them from a result):
// documents, statements, unattributed, bad_records, warnings and speakers.
package pipeline
