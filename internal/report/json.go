package report

import (
	"encoding/json"
	"io"

	"github.com/stancekit/stancekit/stance/tally"
)

// jsonSummary is the documented JSON form of a summary.
type jsonSummary struct {
	Documents    int           `json:"documents"`
	Quotes       int           `json:"quotes"`
	Unattributed int           `json:"unattributed"`
	Speakers     []jsonSpeaker `json:"speakers"`
}

type jsonSpeaker struct {
	Speaker    string             `json:"speaker"`
	Role       *string            `json:"role"` // the most frequent role; null if none was seen
	Quotes     int                `json:"quotes"`
	Articles   int                `json:"articles"`
	Stance     map[string]float64 `json:"stance"`
	NetStance  float64            `json:"net_stance"`
	NetCI      [2]float64         `json:"net_stance_ci"`
	Topics     map[string]float64 `json:"topics"`
	Confidence float64            `json:"confidence"`
	TopTopic   *string            `json:"top_topic"`
	Roles      []string           `json:"roles"`   // every role seen, most frequent first
	Aliases    []string           `json:"aliases"` // other names merged into the speaker
	ByTopic    []jsonTopic        `json:"by_topic,omitempty"`
}

type jsonTopic struct {
	Topic     string             `json:"topic"`
	Quotes    int                `json:"quotes"`
	Stance    map[string]float64 `json:"stance"`
	NetStance float64            `json:"net_stance"`
	NetCI     [2]float64         `json:"net_stance_ci"`
}

func writeJSON(w io.Writer, s *tally.Summary) error {
	out := jsonSummary{Documents: s.Documents, Quotes: s.Quotes, Unattributed: s.Unattributed, Speakers: []jsonSpeaker{}}
	for _, sp := range s.Speakers {
		js := jsonSpeaker{
			Speaker:    sp.Name,
			Roles:      nonNil(sp.Roles),
			Aliases:    nonNil(sp.Aliases),
			Quotes:     sp.Quotes,
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
		if js.Topics == nil {
			js.Topics = map[string]float64{}
		}
		for _, ts := range sp.ByTopic {
			js.ByTopic = append(js.ByTopic, jsonTopic{
				Topic: ts.Topic, Quotes: ts.Quotes, Stance: ts.Shares,
				NetStance: ts.Net, NetCI: [2]float64{ts.NetCI.Lo, ts.NetCI.Hi},
			})
		}
		out.Speakers = append(out.Speakers, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
