package quote

import "encoding/json"

// Kind says how a statement is reported.
type Kind string

// The kinds of statement the extractor reports.
const (
	Direct   Kind = "direct"   // the content is a verbatim quotation in quotation marks, or an interview's answer
	Indirect Kind = "indirect" // reported speech, belief, plan or evidence, without quotation marks
	Mixed    Kind = "mixed"    // a paraphrase that embeds a quoted fragment
)

// A Quote is one attributed statement found in a document.
//
// All spans are UTF-8 byte offsets into Document.Text, end exclusive.
// Content holds one range per fragment: "A," he said. "B." is one Quote
// with two content ranges. Quotation marks belong to the content.
type Quote struct {
	Text    string `json:"text"`    // the content ranges joined with a single space
	Content []Span `json:"content"` // one or more ranges, in document order
	Source  *Span  `json:"source"`  // the in-sentence mention of the speaker ("he"), or nil
	Cue     *Span  `json:"cue"`     // the attribution cue ("said", ":"), or nil
	Speaker string `json:"speaker"` // canonical name of the resolved actor; "" if unresolved
	Role    string `json:"role"`    // role or affiliation found in titles and appositives; "" if none
	Kind    Kind   `json:"kind"`
	// Class is the kind of act the cue reports: speech, writing, belief,
	// plan, evidence or perception.
	Class CueClass `json:"cue_class"`
	// Statement is true when the quote states a position of its source:
	// speech, writing or belief whose content is a quotation or a clause,
	// not a plan, a finding, or a noun phrase ("praised the display").
	// Per-speaker summaries count statements only.
	Statement bool `json:"statement"`
	// SpeakerType is Person, Organisation, Group or Unknown; "" without
	// a speaker. SpeakerGender is Female, Male or Unknown for a person,
	// from the document's evidence (an honorific, a first name, a
	// pronoun resolved to them); "" otherwise.
	SpeakerType   string `json:"speaker_type"`
	SpeakerGender string `json:"speaker_gender"`
}

// MarshalJSON writes the output contract: an empty Speaker or Role is null.
func (q Quote) MarshalJSON() ([]byte, error) {
	type wire struct {
		Text      string   `json:"text"`
		Content   []Span   `json:"content"`
		Source    *Span    `json:"source"`
		Cue       *Span    `json:"cue"`
		Speaker   *string  `json:"speaker"`
		Role      *string  `json:"role"`
		Kind      Kind     `json:"kind"`
		Class     CueClass `json:"cue_class"`
		Statement bool     `json:"statement"`
		Type      *string  `json:"speaker_type"`
		Gender    *string  `json:"speaker_gender"`
	}
	w := wire{Text: q.Text, Content: q.Content, Source: q.Source, Cue: q.Cue, Kind: q.Kind, Class: q.Class, Statement: q.Statement}
	if q.SpeakerType != "" {
		w.Type = &q.SpeakerType
	}
	if q.SpeakerGender != "" {
		w.Gender = &q.SpeakerGender
	}
	if w.Content == nil {
		w.Content = []Span{}
	}
	if q.Speaker != "" {
		w.Speaker = &q.Speaker
	}
	if q.Role != "" {
		w.Role = &q.Role
	}
	return json.Marshal(w)
}
