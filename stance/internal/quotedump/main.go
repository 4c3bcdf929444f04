// Command quotedump runs stance.Extract over every .txt file of a
// directory and writes the predictions in the format of the PolNeAR
// scorer (shared/tools/score_quotes.py), one JSON object per article:
//
//	go run ./stance/internal/quotedump DIR > pred.jsonl
//
// It is a development tool for the extractor; users run "stance quotes".
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/stancekit/stancekit/stance"
)

type pred struct {
	Content [][2]int `json:"content"`
	Source  *[2]int  `json:"source"`
	Cue     *[2]int  `json:"cue"`
	Speaker *string  `json:"speaker"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: quotedump DIR")
		os.Exit(2)
	}
	files, err := filepath.Glob(filepath.Join(os.Args[1], "*.txt"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sort.Strings(files)
	enc := json.NewEncoder(os.Stdout)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		doc := &stance.Document{ID: strings.TrimSuffix(filepath.Base(f), ".txt"), Path: f, Text: string(b)}
		qs := stance.Extract(doc, stance.DefaultExtractOptions)
		out := struct {
			Doc    string `json:"doc"`
			Quotes []pred `json:"quotes"`
		}{Doc: doc.ID, Quotes: []pred{}}
		for _, q := range qs {
			var p pred
			for _, c := range q.Content {
				p.Content = append(p.Content, [2]int{c.Start, c.End})
			}
			if q.Source != nil {
				p.Source = &[2]int{q.Source.Start, q.Source.End}
			}
			if q.Cue != nil {
				p.Cue = &[2]int{q.Cue.Start, q.Cue.End}
			}
			if q.Speaker != "" {
				s := q.Speaker
				p.Speaker = &s
			}
			out.Quotes = append(out.Quotes, p)
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
