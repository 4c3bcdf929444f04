package nb

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

// TestFitCalibrationByHand checks both fits on scores whose optimum is
// known: in group A class 0 leads by d and is gold in 3 rows of 4; in
// group B the classes tie and class 0 is gold in 1 row of 4. The
// temperature alone is that of TestFitTemperatureByHand on A (B's rows do
// not depend on T but count in the mean); with biases the best
// probabilities of class 0 are the groups' frequencies, 0.75 and 0.25,
// so b0 - b1 = ln(1/3) and d/T = 2 ln 3.
func TestFitCalibrationByHand(t *testing.T) {
	const d = 10.0
	labels := []string{"a", "b"}
	var scores []float64
	var y []int32
	for i := range 4 {
		scores = append(scores, d, 0)
		y = append(y, int32(min(i/3, 1))) // 0, 0, 0, 1
	}
	T0, _, _, _ := fitTemperature(scores, y, 2, []int{0, 1, 2, 3})
	for i := range 4 {
		scores = append(scores, 0, 0)
		y = append(y, int32(1-min(i/3, 1))) // 1, 1, 1, 0
	}

	cal, err := FitCalibration(scores[:8], y[:4], labels, CalibrationOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(cal.Temperature-T0) > 1e-9*T0 || cal.Bias != nil {
		t.Errorf("temperature only: T = %v, bias %v; want %v, none", cal.Temperature, cal.Bias, T0)
	}

	cal, err = FitCalibration(scores, y, labels, CalibrationOptions{Bias: true, Ridge: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	if want := d / (2 * math.Log(3)); math.Abs(cal.Temperature-want) > 1e-4*want {
		t.Errorf("with biases: T = %.6f, want %.6f", cal.Temperature, want)
	}
	if got, want := cal.Bias["a"]-cal.Bias["b"], -math.Log(3); math.Abs(got-want) > 1e-4 {
		t.Errorf("b_a - b_b = %.6f, want %.6f", got, want)
	}
	if s := cal.Bias["a"] + cal.Bias["b"]; math.Abs(s) > 1e-6 {
		t.Errorf("biases sum to %v, want 0 (the ridge centres them)", s)
	}
	// At the optimum the loss is the mean entropy of the two groups.
	if want := -(0.75*math.Log(0.75) + 0.25*math.Log(0.25)); math.Abs(cal.LogLossAfter-want) > 1e-6 || !(cal.LogLossAfter < cal.LogLossBefore) {
		t.Errorf("log loss %.9f after (%.9f before), want %.9f", cal.LogLossAfter, cal.LogLossBefore, want)
	}
}

func TestFitCalibrationErrors(t *testing.T) {
	labels := []string{"a", "b"}
	tests := []struct {
		name   string
		scores []float64
		y      []int32
		opts   CalibrationOptions
		want   error
		msg    string
	}{
		{"lengths", []float64{1, 0, 1}, []int32{0, 1}, CalibrationOptions{}, ErrCalibrationData, "nb: bad calibration data: 3 scores for 2 rows of 2 labels"},
		{"gold", []float64{1, 0}, []int32{2}, CalibrationOptions{}, ErrCalibrationData, "nb: bad calibration data: row 0: gold label index 2 of 2 labels"},
		{"no ridge", []float64{1, 0}, []int32{0}, CalibrationOptions{Bias: true}, ErrCalibrationData, "nb: bad calibration data: ridge 0 (want > 0 with biases)"},
		{"no finite gold", []float64{1, math.Inf(-1)}, []int32{1}, CalibrationOptions{}, ErrCalibrationData, "nb: bad calibration data: no row with a finite gold score"},
		{"all right", []float64{5, 0, 0, 5}, []int32{0, 1}, CalibrationOptions{}, ErrCalibration, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FitCalibration(tt.scores, tt.y, labels, tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("error\n got %q\nwant %q", err, tt.msg)
			}
		})
	}
}

// TestWithCalibration checks that a calibration set from outside predicts
// as documented, round-trips through a model file in the format version
// that holds it, and that a model without biases stays in version 1.
func TestWithCalibration(t *testing.T) {
	orig, err := ReadModel(bytes.NewReader(calibratedModel(t)))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"we support the plan", "a disaster we reject", "the committee will meet", "nothing known"}

	// The same calibration gives the same file, in version 1.
	same, err := orig.WithCalibration(orig.Meta().Calibration)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(modelBytes(t, same), calibratedModel(t)) {
		t.Errorf("WithCalibration(own calibration) wrote a different file")
	}

	cal := &Calibration{Temperature: 2, Bias: map[string]float64{"neutral": 0.5, "support": -0.25}, Set: &CalibrationSet{Name: "held out", Examples: 10, Folds: 5, ECE: 0.05}}
	c, err := orig.WithCalibration(cal)
	if err != nil {
		t.Fatal(err)
	}
	cal.Bias["neutral"] = 40 // the classifier keeps its own copy
	if c.Meta().Calibration.Bias["neutral"] != 0.5 {
		t.Errorf("WithCalibration shares the caller's bias map")
	}
	labels := c.Labels()
	for _, text := range texts {
		sc := orig.Scores(text, nil)
		top := slices.Max(sc)
		want := make([]float64, len(sc))
		sum := 0.0
		for j, l := range labels {
			want[j] = math.Exp((sc[j]-top)/2 + map[string]float64{"neutral": 0.5, "support": -0.25}[l])
			sum += want[j]
		}
		p := c.Predict(text)
		best := 0
		for j := range want {
			want[j] /= sum
			if want[j] > want[best] {
				best = j
			}
			if math.Abs(p.Probs[labels[j]]-want[j]) > 1e-12 {
				t.Errorf("%q: p(%s) = %v, want %v", text, labels[j], p.Probs[labels[j]], want[j])
			}
		}
		if p.Label != labels[best] || p.Prob != p.Probs[p.Label] {
			t.Errorf("%q: label %s (%v), want %s", text, p.Label, p.Prob, labels[best])
		}
		if q := c.FromScores(sc); q.Label != p.Label || q.Prob != p.Prob {
			t.Errorf("%q: FromScores = %s %v, Predict = %s %v", text, q.Label, q.Prob, p.Label, p.Prob)
		}
		post, l := c.Posterior(text, nil)
		if labels[l] != p.Label || post[l] != p.Prob {
			t.Errorf("%q: Posterior = %s %v, Predict = %s %v", text, labels[l], post[l], p.Label, p.Prob)
		}
	}

	// A large bias decides every label.
	huge, err := orig.WithCalibration(&Calibration{Temperature: 1, Bias: map[string]float64{"neutral": 50}})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		if p := huge.Predict(text); p.Label != "neutral" {
			t.Errorf("%q with bias 50 for neutral: %s", text, p.Label)
		}
	}

	// Biases need format version 2, and read back.
	b := modelBytes(t, c)
	back, err := ReadModel(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if m := back.Meta(); m.FormatVersion != 2 || m.Calibration.Set == nil || m.Calibration.Set.ECE != 0.05 {
		t.Errorf("read back: version %d, calibration %+v", m.FormatVersion, m.Calibration)
	}
	for _, text := range texts {
		if p, q := c.Predict(text), back.Predict(text); p.Label != q.Label || p.Prob != q.Prob {
			t.Errorf("%q: %s %v before writing, %s %v after", text, p.Label, p.Prob, q.Label, q.Prob)
		}
	}
	// Without a calibration: T = 1, version 1.
	none, err := c.WithCalibration(nil)
	if err != nil {
		t.Fatal(err)
	}
	if m := none.Meta(); none.Temperature() != 1 || m.Calibration != nil || m.FormatVersion != 1 {
		t.Errorf("WithCalibration(nil): T %v, calibration %v, version %d", none.Temperature(), m.Calibration, m.FormatVersion)
	}
}

func TestWithCalibrationErrors(t *testing.T) {
	c, err := ReadModel(bytes.NewReader(calibratedModel(t)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		cal  Calibration
		want string
	}{
		{"temperature", Calibration{Temperature: 0}, "nb: calibration temperature 0 outside [0.001, 10000]"},
		{"label", Calibration{Temperature: 1, Bias: map[string]float64{"maybe": 1}}, `nb: calibration bias for "maybe", which is not a label`},
		{"bias", Calibration{Temperature: 1, Bias: map[string]float64{"oppose": math.NaN()}}, `nb: calibration bias NaN for "oppose" outside [-50, 50]`},
		{"set", Calibration{Temperature: 1, Set: &CalibrationSet{Examples: 10, Folds: 1}}, "nb: calibration set of 10 examples in 1 folds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := c.WithCalibration(&tt.cal); err == nil || err.Error() != tt.want {
				t.Errorf("error\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestReadModelBiasVersion checks that the metadata's format version must
// be the one that holds the model: biases in a version 1 file, which a
// program reading version 1 would drop, fail.
func TestReadModelBiasVersion(t *testing.T) {
	good := calibratedModel(t)
	b := editMeta(t, good, true, func(m map[string]any) {
		m["calibration"].(map[string]any)["bias"] = map[string]any{"oppose": 1.0}
	})
	_, err := ReadModel(bytes.NewReader(b))
	if !errors.Is(err, ErrModelFormat) || !strings.Contains(err.Error(), "format version 1 for a model that version 2 holds") {
		t.Errorf("ReadModel = %v", err)
	}
	b = editMeta(t, good, true, func(m map[string]any) { m["format_version"] = 2.0 })
	if _, err = ReadModel(bytes.NewReader(b)); !errors.Is(err, ErrModelFormat) {
		t.Errorf("version 2 in metadata, 1 in header: ReadModel = %v", err)
	}
}

// biasedModel is calibratedModel with calibration biases: a version 2 file.
func biasedModel(t testing.TB) []byte {
	c, err := ReadModel(bytes.NewReader(calibratedModel(t)))
	if err != nil {
		t.Fatal(err)
	}
	c, err = c.WithCalibration(&Calibration{Temperature: 1.5, Bias: map[string]float64{"oppose": -0.5, "support": 0.5}, Set: &CalibrationSet{Name: "held out", Examples: 3}})
	if err != nil {
		t.Fatal(err)
	}
	return modelBytes(t, c)
}
