package models_test

import (
	"testing"

	"github.com/stancekit/stancekit/models"
	"github.com/stancekit/stancekit/stance/nb"
	"github.com/stancekit/stancekit/train"
)

// BenchmarkDefaultStancePredict is the per-statement cost of the
// embedded stance model, what classify and analyze pay per statement,
// on the project's own labeled statements.
func BenchmarkDefaultStancePredict(b *testing.B) {
	benchPredict(b, models.DefaultStance)
}

// BenchmarkDefaultTopicPredict is the same for the embedded topic model.
func BenchmarkDefaultTopicPredict(b *testing.B) {
	benchPredict(b, models.DefaultTopic)
}

func benchPredict(b *testing.B, load func() (*nb.Classifier, error)) {
	c, err := load()
	if err != nil {
		b.Fatal(err)
	}
	ds, err := train.ReadFiles([]string{"../data/labeled/quotes.jsonl"}, nil, train.Fields{Text: "text", Label: "stance"})
	if err != nil || len(ds.Examples) == 0 {
		b.Fatalf("reading the labeled data: %v", err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.Predict(ds.Examples[i%len(ds.Examples)].Text)
		i++
	}
}

// BenchmarkContrastStancePredict is BenchmarkDefaultStancePredict for a
// model with the embedded stance model's settings and data but contrast
// on (stance train --contrast, nb.FeatureOptions.Contrast): what dropping
// concessions costs per statement.
func BenchmarkContrastStancePredict(b *testing.B) {
	benchPredict(b, func() (*nb.Classifier, error) {
		emb, err := models.DefaultStance()
		if err != nil {
			return nil, err
		}
		ds, err := train.ReadFiles(stanceData, nil, train.Fields{Text: "text", Label: "stance"})
		if err != nil {
			return nil, err
		}
		m := emb.Meta()
		o := nb.DefaultTrainOptions
		o.Method, o.Alpha, o.Features, o.PerTarget = m.Method, m.Alpha, m.Features, false
		o.Features.Contrast = true
		return nb.TrainClassifier(ds.Examples, o)
	})
}
