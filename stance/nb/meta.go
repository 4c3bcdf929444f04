package nb

// What a model file says about itself: its labels, settings, training
// data and cross-validation scores.

import (
	"maps"
	"slices"
	"time"
)

// ModelMeta describes a trained model. It is stored as JSON at the start
// of the model file.
type ModelMeta struct {
	FormatVersion int            `json:"format_version"`
	Family        string         `json:"family,omitempty"` // label family, e.g. "stance" or "topic"
	Labels        []string       `json:"labels"`           // sorted
	Method        Method         `json:"method"`
	Alpha         float64        `json:"alpha"`
	Features      FeatureOptions `json:"features"`
	VocabSize     int            `json:"vocab_size"`        // distinct features
	Examples      int            `json:"examples"`          // training examples used
	ClassCounts   map[string]int `json:"class_counts"`      // training examples per label
	Targets       []string       `json:"targets,omitempty"` // normalized targets with a sub-model
	Data          DataInfo       `json:"data"`
	CV            *CVScores      `json:"cv,omitempty"`
	// Calibration is the fitted probability temperature; nil (absent in
	// files written before calibration existed) means temperature 1.
	Calibration *Calibration `json:"calibration,omitempty"`
	// EM says that the shared model was trained by EM over unlabeled
	// texts as well (TrainOptions.Unlabeled); nil (absent in files
	// written before EM existed) means labeled examples only.
	EM      *EMInfo   `json:"em,omitempty"`
	Created time.Time `json:"created"`
}

// DataInfo identifies the training data.
type DataInfo struct {
	Files  []string `json:"files,omitempty"`  // base names of the data files
	SHA256 string   `json:"sha256,omitempty"` // hex SHA-256 of the files' bytes, concatenated in order
	Bytes  int64    `json:"bytes,omitempty"`  // their total size
}

// CVScores are cross-validation results on the training data.
type CVScores struct {
	Folds int `json:"folds"`
	// Nested is set when the settings were themselves chosen by
	// cross-validation and the scores come from nested cross-validation.
	Nested   bool    `json:"nested,omitempty"`
	Accuracy float64 `json:"accuracy"` // in [0,1]
	MacroF1  float64 `json:"macro_f1"` // in [0,1]
}

func (m ModelMeta) clone() ModelMeta {
	m.Labels = slices.Clone(m.Labels)
	m.ClassCounts = maps.Clone(m.ClassCounts)
	m.Targets = slices.Clone(m.Targets)
	m.Data.Files = slices.Clone(m.Data.Files)
	if m.CV != nil {
		cv := *m.CV
		m.CV = &cv
	}
	if m.Calibration != nil {
		m.Calibration = m.Calibration.clone()
	}
	if m.EM != nil {
		em := *m.EM
		m.EM = &em
	}
	return m
}

func newMeta(c *Classifier, ex []Example, opts TrainOptions) ModelMeta {
	m := ModelMeta{
		FormatVersion: 1, // no calibration bias yet: see formatVersion
		Family:        opts.Family,
		Labels:        slices.Clone(c.labels),
		Method:        opts.Method,
		Alpha:         opts.Alpha,
		Features:      opts.Features,
		VocabSize:     c.vocab.size(),
		Examples:      len(ex),
		ClassCounts:   map[string]int{},
		Targets:       slices.Sorted(maps.Keys(c.targets)),
		Data:          opts.Data,
		Created:       opts.Created.UTC(),
	}
	m.FormatVersion = m.formatVersion() // 3 with contrast
	if m.Created.IsZero() {
		m.Created = time.Now().UTC().Truncate(time.Second)
	}
	for _, e := range ex {
		m.ClassCounts[e.Label]++
	}
	if opts.CV != nil {
		cv := *opts.CV
		m.CV = &cv
	}
	return m.clone()
}
