// Package lexicon holds the word lists the extractor reads English news
// with, and the small ASCII helpers that look words up in them.
//
// The lists are written for this project and kept short on purpose: they
// cover the common cases in English news (titles and honorifics, cue verbs
// and their classes, pronouns, determiners and other closed classes,
// organisation and source nouns, page residue), and everything else falls
// back to capitalisation and agreement. Keys are lower case; look words up
// with InFold, which folds ASCII case without allocating.
//
// The lists are data, not logic: the rules that use them live in package
// quote, and per-actor merging in package tally reads OrgWords.
package lexicon
