// Command stance answers "who said what, and where do they stand?" over news.
//
// Usage:
//
//	stance quotes   [flags] PATH...   extract and attribute statements
//	stance train    [flags] DATA...   train a naive Bayes stance or topic model
//	stance eval     [flags] DATA...   score a model on labeled data
//	stance classify [flags] PATH...   classify every extracted statement
//	stance analyze  [flags] PATH...   per-speaker stance tables
//	stance merge    [flags] PART...   merge partial results of analyze --partial
//	stance actors   [flags] PATH...   list the actors quoted (a codebook to edit)
//	stance report   [flags] PATH...   an HTML report: charts and the statements behind them
//	stance plot     [flags] PATH...   one chart of the report as SVG or PNG
//	stance version                    print the version
//	stance completion bash|zsh|fish   print a shell completion script
//
// Run "stance COMMAND -h" for the flags of a command. Flags may come
// before or after the paths; "--" ends them. Every command that writes
// takes -o FILE (written atomically, mode 0644). Every command reads
// files, directories (walked for .txt, .html/.htm, .jsonl/.ndjson and .csv)
// and "-" for standard input. A bad file or record is a warning naming the
// file and line; the other documents are processed. Long runs show a
// progress bar on a terminal (-q turns it off). Exit status is 0 on
// success, 1 on error or when a document was bad, 2 on a usage error, and
// 130 when interrupted with Ctrl-C.
//
// # Examples
//
// Paths are relative to the repository root; the package's tests run each
// example on the shipped sample articles, so this manual cannot drift from
// the program.
//
// Who said what, one JSON object per article (the contract scored by
// ../shared/tools/score_quotes.py), or a table:
//
//	$ stance quotes --format jsonl data/samples > quotes.jsonl
//	$ stance quotes --direct-only data/samples/wire-trade-talks.txt
//
// Train a stance model on labeled statements, with 5-fold cross-validation
// and calibrated probabilities, and score it:
//
//	$ stance train --label stance --kfold 5 -o my-stance.model data/labeled/quotes.jsonl
//	$ stance eval --model my-stance.model --label stance --format json data/labeled/quotes.jsonl
//
// Classify every extracted statement, or every record as one statement:
//
//	$ stance classify --model my-stance.model --format csv data/samples
//	$ stance classify --texts --format jsonl data/samples/corpus.jsonl
//
// Per-speaker stance tables, with a stance breakdown per topic:
//
//	$ stance analyze data/samples
//	$ stance analyze --stance-model my-stance.model --by speaker,topic --min-quotes 2 data/samples
//	$ stance analyze --format markdown --sort net --top 5 data/samples
//
// The actors quoted, as a codebook to edit, and stance per group of
// actors, per gender, or for people only, with a codebook:
//
//	$ stance actors --min-quotes 3 data/samples
//	$ stance actors --format csv -o actors.csv data/samples
//	$ stance analyze --actors data/samples/actors.codebook --by group data/samples
//	$ stance analyze --by gender --type person data/samples
//
// Stance over time, in a table per month of the documents' dates:
//
//	$ stance analyze --by speaker,period --period month data/samples/corpus.jsonl
//
// One self-contained HTML page (no network, opens from disk) with a forest
// plot of net stance, stance shares, the topic mix, stance over time and
// the statements behind every row, with a filter; or one chart for a
// paper:
//
//	$ stance report --top 20 --evidence 10 -o report.html data/samples
//	$ stance plot --kind forest -o forest.svg data/samples
//	$ stance plot --kind time --period month -o time.png data/samples
//
// Shard a corpus, count each shard apart, and merge the counts into the
// table one run would give:
//
//	$ stance analyze --quiet --partial -o part1.json data/samples/corpus.jsonl
//	$ stance analyze --quiet --partial -o part2.json data/samples/wire-trade-talks.txt
//	$ stance merge --format csv part1.json part2.json
//
// The same from parts that counted dates and kept evidence, as a report:
//
//	$ stance analyze --quiet --partial --period day --evidence 20 -o part3.json data/samples/corpus.jsonl
//	$ stance analyze --quiet --partial --period day --evidence 20 -o part4.json data/samples/interview-mayor.txt
//	$ stance report --partials -o merged.html part3.json part4.json
package main
