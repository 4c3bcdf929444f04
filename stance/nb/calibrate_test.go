package nb

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFitTemperatureByHand checks the fit on scores whose optimum is known
// in closed form: every row scores class 0 ahead by d, and class 0 is gold
// in 3 of 4 rows, so the best probability for class 0 is 0.75, reached at
// 1/(1+exp(-d/T)) = 0.75, T = d/ln 3.
func TestFitTemperatureByHand(t *testing.T) {
	const d = 10.0
	scores := []float64{d, 0, d, 0, d, 0, d, 0}
	y := []int32{0, 0, 0, 1}
	T, before, after, bound := fitTemperature(scores, y, 2, []int{0, 1, 2, 3})
	if bound != 0 {
		t.Errorf("bound %d, want 0: the optimum is inside the range", bound)
	}
	if want := d / math.Log(3); math.Abs(T-want) > 1e-3*want {
		t.Errorf("T = %.6f, want %.6f", T, want)
	}
	// At T = 1: three rows lose log(1+e^-10), one loses 10+log(1+e^-10).
	if want := (d + 4*math.Log1p(math.Exp(-d))) / 4; math.Abs(before-want) > 1e-12 {
		t.Errorf("log loss at T=1 = %.12f, want %.12f", before, want)
	}
	// At the optimum: the entropy of (0.75, 0.25).
	if want := -(0.75*math.Log(0.75) + 0.25*math.Log(0.25)); math.Abs(after-want) > 1e-6 {
		t.Errorf("log loss at T = %.9f, want %.9f", after, want)
	}
	// A class absent from the scoring model (-Inf) gets probability 0 and
	// a row whose gold class is absent is left out.
	inf := math.Inf(-1)
	scores = append(scores, 1, inf, inf, 1)
	y = append(y, 0, 0)
	T2, _, _, _ := fitTemperature(scores, y, 2, []int{0, 1, 2, 3, 4, 5})
	if math.Abs(T2-T) > 1e-9 {
		t.Errorf("with one-class rows T = %v, want %v", T2, T)
	}
	if T, _, _, _ := fitTemperature(nil, nil, 2, nil); T != 1 {
		t.Errorf("no rows: T = %v, want 1", T)
	}
}

// TestFitTemperatureBounds checks that a fit whose optimum lies at or
// beyond a bound of the search range says so.
func TestFitTemperatureBounds(t *testing.T) {
	tests := []struct {
		name      string
		scores    []float64
		y         []int32
		wantT     float64
		wantBound int
	}{
		// Every row right: the loss falls as T falls, to the lower bound.
		{"all right", []float64{5, 0, 0, 5, 5, 0}, []int32{0, 1, 0}, minTemperature, -1},
		// Every row wrong: the loss falls as T grows, to the upper bound.
		{"all wrong", []float64{5, 0, 0, 5, 5, 0}, []int32{1, 0, 1}, maxTemperature, 1},
		// Ties: T changes nothing and stays 1.
		{"flat", []float64{2, 2, 3, 3}, []int32{0, 1}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := make([]int, len(tt.y))
			for i := range rows {
				rows[i] = i
			}
			T, before, after, bound := fitTemperature(tt.scores, tt.y, 2, rows)
			if bound != tt.wantBound || math.Abs(T-tt.wantT) > 1e-3*tt.wantT {
				t.Errorf("T = %v, bound %d; want %v, %d", T, bound, tt.wantT, tt.wantBound)
			}
			if !(after <= before) {
				t.Errorf("log loss %v after, %v before", after, before)
			}
		})
	}
}

// TestTrainCalibratedAtBound checks that a degenerate fit leaves the
// model uncalibrated but complete, and says why.
func TestTrainCalibratedAtBound(t *testing.T) {
	var ex []Example
	for i := range 10 {
		l, w := "pro", "good"
		if i%2 == 1 {
			l, w = "con", "bad"
		}
		ex = append(ex, Example{Text: fmt.Sprintf("%s %s text %d", w, w, i), Label: l})
	}
	fold := make([]int, len(ex))
	for i := range fold {
		fold[i] = i % 5
	}
	c, oof, err := TrainCalibrated(context.Background(), ex, fold, DefaultTrainOptions)
	var ce *CalibrationError
	if !errors.As(err, &ce) || !errors.Is(err, ErrCalibration) {
		t.Fatalf("error %v, want a *CalibrationError wrapping ErrCalibration", err)
	}
	const want = "calibration failed: the fitted temperature hit its lower bound (T=0.001): every out-of-fold prediction was right, " +
		"so every probability would be 0.000 or 1.000; probabilities are left uncalibrated: train on more examples, or turn calibration off"
	if err.Error() != want {
		t.Errorf("error\n got %q\nwant %q", err, want)
	}
	if ce.Upper || ce.Labels != 2 || ce.Folds != 5 || !(ce.LogLossAfter < ce.LogLossBefore) {
		t.Errorf("CalibrationError %+v", ce)
	}
	if c == nil {
		t.Fatal("no model with the calibration error")
	}
	if c.Temperature() != 1 || c.Meta().Calibration != nil {
		t.Errorf("temperature %v, calibration %+v; want the model uncalibrated", c.Temperature(), c.Meta().Calibration)
	}
	if cv := c.Meta().CV; cv == nil || cv.Accuracy != 1 {
		t.Errorf("CV %+v, want the out-of-fold scores, all right", cv)
	}
	want2, err := CrossPredict(context.Background(), ex, fold, DefaultTrainOptions)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(oof, want2) {
		t.Errorf("out-of-fold labels %q, CrossPredict %q", oof, want2)
	}
}

// TestTrainCalibrated checks that calibration changes probabilities but
// never labels, that its out-of-fold labels are CrossPredict's, and that
// the temperature survives a model file round trip.
func TestTrainCalibrated(t *testing.T) {
	ex := randomCorpus(400, 300, 3, 11)
	fold := make([]int, len(ex))
	for i := range fold {
		fold[i] = i % 5
	}
	for _, o := range []TrainOptions{
		DefaultTrainOptions,
		{Method: MethodMultinomial, Alpha: 0.3, Features: FeatureOptions{NGrams: 1, Weighting: WeightCount}},
		{Method: MethodLibrary, Alpha: 1, Features: FeatureOptions{NGrams: 1, Weighting: WeightCount}},
	} {
		t.Run(string(o.Method), func(t *testing.T) {
			o.MinTargetExamples = max(o.MinTargetExamples, 2)
			o.Created = time.Unix(0, 0)
			raw := mustTrain(t, ex, o)
			cal, oof, err := TrainCalibrated(context.Background(), ex, fold, o)
			if err != nil {
				t.Fatal(err)
			}
			if raw.Temperature() != 1 {
				t.Errorf("TrainClassifier temperature %v, want 1", raw.Temperature())
			}
			m := cal.Meta().Calibration
			if m == nil || m.Temperature != cal.Temperature() || m.Folds != 5 || !(m.LogLossAfter <= m.LogLossBefore) {
				t.Fatalf("calibration %+v, temperature %v", m, cal.Temperature())
			}
			if m.Temperature == 1 {
				t.Errorf("temperature exactly 1: calibration did nothing")
			}
			want, err := CrossPredict(context.Background(), ex, fold, o)
			if err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if oof[i] != want[i] {
					t.Fatalf("example %d: out-of-fold label %q, CrossPredict %q", i, oof[i], want[i])
				}
			}
			var buf bytes.Buffer
			if err := cal.WriteModel(&buf); err != nil {
				t.Fatal(err)
			}
			read, err := ReadModel(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if read.Temperature() != cal.Temperature() {
				t.Errorf("temperature after round trip %v, want %v", read.Temperature(), cal.Temperature())
			}
			changed := false
			for _, e := range append(randomCorpus(100, 300, 3, 12), ex[:50]...) {
				a, b, c := raw.PredictTarget(e.Text, e.Target), cal.PredictTarget(e.Text, e.Target), read.PredictTarget(e.Text, e.Target)
				if a.Label != b.Label || b.Label != c.Label {
					t.Fatalf("%q: labels %q uncalibrated, %q calibrated, %q read back", e.Text, a.Label, b.Label, c.Label)
				}
				if b.Prob != c.Prob {
					t.Fatalf("%q: probability %v, %v after round trip", e.Text, b.Prob, c.Prob)
				}
				sum := 0.0
				for _, p := range b.Probs {
					sum += p
				}
				if math.Abs(sum-1) > 1e-9 {
					t.Fatalf("%q: calibrated probabilities sum to %v", e.Text, sum)
				}
				changed = changed || math.Abs(a.Prob-b.Prob) > 1e-6
			}
			if !changed {
				t.Error("calibration changed no probability")
			}
		})
	}
}

// TestUncalibratedModelReads checks that a model without calibration
// metadata, as every file written before calibration existed, reads with
// temperature 1.
func TestUncalibratedModelReads(t *testing.T) {
	good := validModel(t)
	if bytes.Contains(good, []byte(`"calibration"`)) {
		t.Fatal("uncalibrated model has calibration metadata")
	}
	c, err := ReadModel(bytes.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if c.Temperature() != 1 || c.Meta().Calibration != nil {
		t.Errorf("temperature %v, calibration %+v; want 1, nil", c.Temperature(), c.Meta().Calibration)
	}
}

func TestBadTemperatureRejected(t *testing.T) {
	good := calibratedModel(t)
	i := bytes.Index(good, []byte(`"temperature":`))
	if i < 0 {
		t.Fatal("no temperature in a calibrated model")
	}
	j := i + len(`"temperature":`)
	end := j + bytes.IndexAny(good[j:], ",}")
	// Same length, so the metadata length prefix stays right.
	zero := append([]byte("0"), bytes.Repeat([]byte(" "), end-j-1)...)
	bad := append(append(append([]byte(nil), good[:j]...), zero...), good[end:]...)
	_, err := ReadModel(bytes.NewReader(withCRC(bad)))
	if err == nil || !strings.Contains(err.Error(), "calibration temperature 0 outside [0.001, 10000]") {
		t.Errorf("error %v, want a bad temperature", err)
	}
}

// TestTrainCalibratedOneFold checks that a split without out-of-fold
// scores leaves the model uncalibrated and records no CV scores.
func TestTrainCalibratedOneFold(t *testing.T) {
	ex := toyExamples()
	c, oof, err := TrainCalibrated(context.Background(), ex, make([]int, len(ex)), DefaultTrainOptions)
	if err != nil {
		t.Fatal(err)
	}
	if c.Temperature() != 1 || c.Meta().CV != nil || c.Meta().Calibration != nil {
		t.Errorf("temperature %v, CV %+v, calibration %+v; want 1, nil, nil", c.Temperature(), c.Meta().CV, c.Meta().Calibration)
	}
	for i, l := range oof {
		if l != "" {
			t.Errorf("example %d: out-of-fold label %q without any fold to train on", i, l)
		}
	}
	if _, _, err := TrainCalibrated(context.Background(), ex, []int{0}, DefaultTrainOptions); err == nil ||
		err.Error() != fmt.Sprintf("1 folds for %d examples", len(ex)) {
		t.Errorf("error %v, want a fold count mismatch", err)
	}
}

func calibratedModel(t testing.TB) []byte {
	o := DefaultTrainOptions
	o.MinTargetExamples = 2
	o.Created = time.Unix(0, 0)
	ex := toyExamples()
	fold := make([]int, len(ex))
	for i := range fold {
		fold[i] = i % 2
	}
	c, _, err := TrainCalibrated(context.Background(), ex, fold, o)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := c.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkTrainCalibrated is BenchmarkTrain with the 5-fold temperature
// fit that "stance train" does by default.
func BenchmarkTrainCalibrated(b *testing.B) {
	ex := benchExamples(b)
	fold := make([]int, len(ex))
	for i := range fold {
		fold[i] = i % 5
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := TrainCalibrated(context.Background(), ex, fold, DefaultTrainOptions); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(ex))*float64(b.N)/b.Elapsed().Seconds(), "examples/s")
}
