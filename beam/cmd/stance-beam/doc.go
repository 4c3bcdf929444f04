// Stance-beam is "stance analyze" on Apache Beam: the same extraction,
// classification and per-speaker tallies, spread over the workers of a
// Beam runner, giving the same tables.
//
// Usage:
//
//	stance-beam --input GLOB [--input GLOB...] [--output FILE] [flags] [Beam flags]
//
// It reads the files --input matches (a glob, a file or a directory,
// local or on a Beam file system such as gs://), extracts and classifies
// every statement, and writes the summary "stance analyze" would print
// for the same files to --output: byte for byte the same in every
// format. Without --output, and with the prism runner in this process,
// the summary goes to standard output.
//
// The flags of "stance analyze", with the same names and defaults:
//
//	--stance-model FILE    stance model (default: the embedded model)
//	--topic-model FILE     topic model (default: the embedded model; none: no topics)
//	--topic-context W      weight of the article's topic in each statement's topic
//	--all-attributions     count every attribution, not only statements
//	--min-confidence P     count statements below stance probability P as uncertain
//	--by GROUPING          speaker, speaker,topic or speaker,period
//	--period PERIOD        day, week, month or year, for --by speaker,period
//	--min-quotes N         leave out speakers with fewer than N statements
//	--top N                show only the first N speakers (0: all)
//	--sort ORDER           quotes, net or name
//	--format FORMAT        table, csv, json or markdown
//	--partial              write the mergeable partial for stance merge instead
//	--text-field FIELD     JSONL key or CSV column holding the article text
//	--id-field FIELD       JSONL key or CSV column holding the document id
//	--date-field FIELD     JSONL key or CSV column holding the date
//	--encoding NAME        character encoding of the input (default: detected)
//
// Its own:
//
//	--input GLOB           files to analyse; may be repeated
//	--output FILE          the summary file (-o is the same)
//	--dead-letters FILE    bad records as JSON Lines (default: the output's name
//	                       with .dead-letters.jsonl added)
//	-v                     Beam's and the runner's logs at the info level
//
// And Beam's: --runner (prism by default; flink, spark, dataflow),
// --endpoint (a job server), --environment_type (LOOPBACK, DOCKER,
// PROCESS, EXTERNAL) and --environment_config, --job_name, and those of
// each runner (for Dataflow --project, --region, --temp_location,
// --staging_location).
//
// A bad record (an empty or binary file, a malformed JSONL line, a record
// without text) is skipped and written to the dead-letter file, one JSON
// object per line with its file, line and error, sorted by file and line:
//
//	{"file":"corpus.jsonl","line":4,"error":"bad record: missing \"text\" field"}
//
// and the first ten are also printed as warnings, as "stance analyze"
// prints them. The counters documents, statements, unattributed,
// bad_records, warnings and speakers are printed when the run ends.
//
// Exit status: 0 on success, 1 on an error or when a record was bad
// (after all the others were analysed), 2 on a usage error, 130 when
// interrupted.
//
// Examples:
//
//	stance-beam --input 'news/*.jsonl' --format json -o summary.json
//	stance-beam --input data/samples --by speaker,topic --top 10
//	stance-beam --runner flink --endpoint localhost:8099 --environment_type LOOPBACK \
//	    --input '/data/news/*.jsonl' -o /data/summary.csv --format csv
package main
