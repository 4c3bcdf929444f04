package report

import (
	"encoding/json"
	"io"

	"github.com/stancekit/stancekit/stance/tally"
)

// jsonSummary is the documented JSON form of a summary.
type jsonSummary struct {
	Documents    int    `json:"documents"`
	Quotes       int    `json:"quotes"`
	Unattributed int    `json:"unattributed"`
	Dropped      int    `json:"dropped,omitempty"`   // statements of names the codebook drops
	Uncertain    int    `json:"uncertain,omitempty"` // statements below --min-confidence, in no share
	By           string `json:"by,omitempty"`        // "group" or "gender" when rows are not actors
	// With a time breakdown (--period): the period and the documents
	// with and without a date.
	Period     string        `json:"period,omitempty"`
	Dated      *int          `json:"dated,omitempty"`
	Undated    *int          `json:"undated,omitempty"`
	Unreadable int           `json:"unreadable_dates,omitempty"`
	Speakers   []jsonSpeaker `json:"speakers"`
}

type jsonSpeaker struct {
	Speaker    string             `json:"speaker"`
	Role       *string            `json:"role"` // the most frequent role; null if none was seen
	Quotes     int                `json:"quotes"`
	Uncertain  int                `json:"uncertain,omitempty"` // statements below --min-confidence
	Articles   int                `json:"articles"`
	Stance     map[string]float64 `json:"stance"`
	NetStance  float64            `json:"net_stance"`
	NetCI      [2]float64         `json:"net_stance_ci"`
	Topics     map[string]float64 `json:"topics"`
	Confidence float64            `json:"confidence"`
	TopTopic   *string            `json:"top_topic"`
	Roles      []string           `json:"roles"`   // every role seen, most frequent first
	Aliases    []string           `json:"aliases"` // other names merged into the speaker
	Type       *string            `json:"type"`    // person, organisation, group, unknown; null for a group or gender row
	Gender     *string            `json:"gender"`  // female, male, unknown for people; null otherwise
	Group      *string            `json:"group"`   // from the codebook; null if none
	ID         *string            `json:"id"`      // from the codebook; null if none
	ByTopic    []jsonTopic        `json:"by_topic,omitempty"`
	ByPeriod   []jsonPeriod       `json:"by_period,omitempty"`
}

type jsonPeriod struct {
	Period    string             `json:"period"` // 2025-04-12, 2025-W15, 2025-04 or 2025
	Start     string             `json:"start"`  // its first day, 2006-01-02
	Quotes    int                `json:"quotes"`
	Stance    map[string]float64 `json:"stance"`
	NetStance float64            `json:"net_stance"`
	NetCI     [2]float64         `json:"net_stance_ci"`
}

type jsonTopic struct {
	Topic     string             `json:"topic"`
	Quotes    int                `json:"quotes"`
	Stance    map[string]float64 `json:"stance"`
	NetStance float64            `json:"net_stance"`
	NetCI     [2]float64         `json:"net_stance_ci"`
}

func writeJSON(w io.Writer, s *tally.Summary) error {
	out := jsonSummary{Documents: s.Documents, Quotes: s.Quotes, Unattributed: s.Unattributed, Dropped: s.Dropped, Uncertain: s.Uncertain, By: s.By, Speakers: []jsonSpeaker{}}
	if s.Period != "" {
		out.Period, out.Dated, out.Undated, out.Unreadable = s.Period, &s.Dated, &s.Undated, s.Unreadable
	}
	for _, sp := range s.Speakers {
		js := jsonSpeaker{
			Speaker:    sp.Name,
			Roles:      nonNil(sp.Roles),
			Aliases:    nonNil(sp.Aliases),
			Quotes:     sp.Quotes,
			Uncertain:  sp.Uncertain,
			Articles:   sp.Articles,
			Stance:     sp.Shares,
			NetStance:  sp.Net,
			NetCI:      [2]float64{sp.NetCI.Lo, sp.NetCI.Hi},
			Topics:     sp.Topics,
			Confidence: sp.Confidence,
		}
		if sp.Role != "" {
			js.Role = &sp.Role
		}
		if sp.TopTopic != "" {
			js.TopTopic = &sp.TopTopic
		}
		js.Type, js.Gender, js.Group, js.ID = optional(sp.Type), optional(sp.Gender), optional(sp.Group), optional(sp.ID)
		if js.Topics == nil {
			js.Topics = map[string]float64{}
		}
		for _, ts := range sp.ByTopic {
			js.ByTopic = append(js.ByTopic, jsonTopic{
				Topic: ts.Topic, Quotes: ts.Quotes, Stance: ts.Shares,
				NetStance: ts.Net, NetCI: [2]float64{ts.NetCI.Lo, ts.NetCI.Hi},
			})
		}
		for _, ps := range sp.ByPeriod {
			js.ByPeriod = append(js.ByPeriod, jsonPeriod{
				Period: ps.Label, Start: ps.Start.Format("2006-01-02"), Quotes: ps.Quotes, Stance: ps.Shares,
				NetStance: ps.Net, NetCI: [2]float64{ps.NetCI.Lo, ps.NetCI.Hi},
			})
		}
		out.Speakers = append(out.Speakers, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// optional is s, or nil (JSON null) when s is empty.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// rowHeader names the first column of a summary: the actor, or the group
// or gender the rows are by.
func rowHeader(s *tally.Summary, actor string) string {
	if s.By != "" {
		return s.By
	}
	return actor
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
