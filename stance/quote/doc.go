// Package quote finds attributed statements in news text and attributes
// each to its speaker: direct quotes, reported speech and mixed quotes,
// with content ranges, cue, source mention, canonical speaker and role.
// Extract is the entry point; it depends only on the word lists of
// internal/lexicon.
//
// # Rules in brief
//
// The details live next to each rule; the files read like the pipeline.
//
// Text is split into paragraphs (lines), quotations (paired marks in one
// paragraph, or an unclosed one continued by the next paragraph: direct.go)
// and sentence units that never cut a quotation (sentence.go). Each unit is
// then tried against these patterns, in order (attribute.go):
//
//   - transcript line (headline.go): `WALLACE: text` (a name in capitals and a colon), or
//     `Brandt: text` in an interview printed as questions and answers
//     (a paragraph opens with "Q:"); the questions are not attributed.
//   - pending lead-in: `X continued:` takes the next unit as its content.
//   - headline (headline.go): `Clinton to Planned Parenthood: claim` (first paragraph);
//     a rubric (`INTERVIEW: "A" - Mayor X on ...`) is no speaker.
//   - quote-led (quoteled.go): `"A," X said ...`, `"A," said X, a title ...`, `"A?" X
//     pressed.`, `"A." ― X` (dash signature). A quotation inside a clause
//     (`Asked on "Meet the Press," X said she ...`) yields to the cue's own
//     content, and a cue followed by a colon starts a new statement.
//   - post (postcue.go): `CONTENT, X said.`, `CONTENT, according to X.`
//   - pre (precue.go; complement.go finds where a content starts and
//     ends, agreement.go checks the subject): `X said (that) CONTENT`, `X told Y CONTENT`, `X said: "A"`,
//     `According to X, CONTENT`, `X plans to CONTENT`, `Polls show CONTENT`,
//     `47% say CONTENT`, `..., adding that CONTENT` (same source). A
//     content ends before `and`/`but` and a new past cue, which shares the
//     subject (`X said A but warned that B`). Naming cues (`called X "Y"`,
//     `described X as "Y"`) end at their quotation.
//   - openers (opener.go): `Asked whether CONTENT, X said ...` (no source, or `asked by
//     Y`) and `In a new poll, CONTENT.` besides the main clause.
//   - name-colon (orphan.go): `Former governor X: "A"` at the unit start or after a dash;
//     `X, 38, hit back: "A"` (a named person or he/she/they, a short verb phrase, a colon).
//   - orphan (orphan.go): a unit that is all quotation continues the attribution of the
//     unit before it (`"A," he said. "B."` is one attribution, two ranges).
//
// Sources are the mention in the sentence with its appositives
// (speaker.go); speakers and roles are resolved per document (coref.go).
// A speaker is a name to file quotes under across articles: descriptions
// ("the ministry", "Rights groups", "Their spokesman") keep their source
// but get no speaker; "Meridia's interior ministry" is "Meridia interior
// ministry", "observers from the X Network" speak for "X Network".
//
// The cue lexicon (lexicon.LookupCue) has five classes, which decide the subject a cue
// accepts and where its content starts:
//
//   - speech: say, add, note, argue, tweet, write, call, liken, ...: any
//     subject; content before or after the cue.
//   - tell: tell, inform, assure, remind: an object precedes the content.
//   - belief: believe, think, fear, know: a person or group holds it.
//   - plan: plan, want, vow, refuse: content usually starts at "to".
//   - evidence: show, find, indicate: polls, reports and studies speak.
//
// Multi-word cues ("according to", "pointed out", "shot back") and
// post-quotation verbs, which attribute only a quotation they follow
// (`"A," the statement read.`), are listed beside the lexicon.
//
// # Statements
//
// Every Quote has a Class, what its cue reports (speech, writing,
// belief, plan, evidence, perception: class.go), and Statement, whether it
// states a position of its source. A statement is speech, writing or
// belief whose content is a quotation or a clause: "said that the plan
// failed", "said the plan failed", "urged councils to act", "accused the
// board of hiding losses". Plans ("decided to sell"), findings ("the study
// found", and a poll's share as the source, "61 percent of voters say":
// share.go), questions ("asked whether", "did not say whether"), passive cues ("is estimated to",
// "was described as") and cues whose object is a noun phrase or an
// adjective ("praised the keeper's display", "felt sturdy") are
// attributions but not statements. Extract reports every attribution, as
// PolNeAR annotates them; Options.StatementsOnly keeps the statements,
// which per-speaker summaries count, and Options.Continuations adds a
// quotation paragraph with no cue after a quoted one as a statement of the
// same speaker, and the answers of an interview ("A: ...", or
// "Skaar: ..." where two names take turns) as statements of the one
// interviewed (PolNeAR leaves both out). A source that is a document
// ("a study by X found", "figures from X show") makes the attribution
// evidence, not a statement, and the clause test reads the first
// conjunct of the content ("praised the final shot, and two jurors
// wept" is no statement).
//
// A long document is walked a sentence at a time, twice: once for the
// names, once for the statements, which are resolved as soon as no later
// sentence can change them (window.go). Memory then follows the names of
// the document and the Quotes, not its words.
package quote
