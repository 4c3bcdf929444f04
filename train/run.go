package train

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/stancekit/stancekit/stance/nb"
)

// DefaultFolds is the number of folds Run uses for Select and for the
// temperature fit when RunOptions.Folds is 0.
const DefaultFolds = 5

// RunOptions configure Run.
type RunOptions struct {
	// Train are the training options. With Select, the chosen method,
	// smoothing and features replace Train's; the candidates take
	// Train's PerTarget, MinTargetExamples and Family. Run sets Data to
	// the dataset's and, if it is zero, Created (see Run).
	Train nb.TrainOptions
	// Folds is k of the k-fold cross-validation that scores the model,
	// chooses its settings (Select) and fits its temperature (Calibrate):
	// 0, or 2 up to the number of examples. 0 means DefaultFolds with
	// Select, else no cross-validation score, and for the temperature
	// fit DefaultFolds if there are that many examples.
	Folds int
	// ByTarget groups the folds by target (see TargetFolds) instead of
	// stratifying them by label.
	ByTarget bool
	// Select chooses the method, smoothing and features among Grid by
	// cross-validation (see Select), and scores the whole procedure by
	// nested cross-validation (see NestedCV).
	Select bool
	// Grid are the candidates of Select; nil means Grid().
	Grid []nb.TrainOptions
	// OnSelect, if not nil, is called with the choice as soon as Select
	// has made it, before the nested cross-validation, which takes longer.
	OnSelect func(Selection)
	// Calibrate fits the probability temperature on out-of-fold scores
	// (see nb.TrainCalibrated).
	Calibrate bool
	// Unlabeled are texts without labels, such as the statements of the
	// user's own articles, that the model learns from by EM with
	// Train.EM's settings (see nb.EMOptions); they replace
	// Train.Unlabeled. Select chooses the settings on the labeled
	// examples alone; the chosen settings then learn from the unlabeled
	// texts in the final model and in every fold that scores it, so the
	// model's cross-validation score (nested with Select) and its
	// temperature are those of training with EM. RunResult.WithoutUnlabeled
	// has the same cross-validation without them.
	Unlabeled []string
	// Lambdas, if not empty, are the candidates for EM's λ
	// (Train.EM.Lambda), chosen by cross-validation on the labeled
	// examples with EM in every fold (ChooseLambda; RunResult.Lambda):
	// on the run's folds, or DefaultFolds folds when it has none, and
	// inside each outer fold of NestedCV with Select. With fewer than
	// DefaultFolds examples and no folds, the first is used. Without
	// Unlabeled they are ignored.
	Lambdas []float64
	// OnProgress, if not nil, is called from Run's goroutine as steps
	// end, with the steps done and the total: one per cross-validation
	// of a candidate in Select and in each outer fold of NestedCV, one
	// per cross-validation of a λ (with Lambdas, also in each outer fold
	// of NestedCV), one for the cross-validation without the unlabeled
	// texts (with Unlabeled, without Select), and one for training the
	// final model (with its temperature fit and cross-validation score).
	OnProgress func(done, total int)
}

// A Selection is the outcome of Run's search for settings.
type Selection struct {
	Options    nb.TrainOptions // the chosen settings
	Report     Report          // their cross-validation scores on the folds that chose them
	Candidates int             // the number of settings tried
	Folds      int             // k of the cross-validation
}

// A RunResult tells what Run did.
type RunResult struct {
	// Folds is k of the cross-validation that scored the model, chose its
	// settings and fitted its temperature; 0 if none.
	Folds int
	// Selection is the choice of settings; nil without RunOptions.Select.
	Selection *Selection
	// TooFewToCalibrate reports that Calibrate was asked without Folds
	// and there were fewer than DefaultFolds examples: the model's
	// probabilities are uncalibrated.
	TooFewToCalibrate bool
	// CalibrationFailed, when not nil, says why Calibrate was asked and
	// the model's probabilities are uncalibrated all the same: the fitted
	// temperature hit a bound of its search range, a degenerate
	// calibration the model does not keep. It is a *nb.CalibrationError,
	// which wraps nb.ErrCalibration; its message says what to do. The
	// model is complete otherwise, and Run returns it with a nil error.
	CalibrationFailed error
	// WithoutUnlabeled, with RunOptions.Unlabeled and folds, scores the
	// same procedure on the same folds with the unlabeled texts left
	// out (nested with Select, as the model's ModelMeta.CV is): set
	// beside the model's score it says what they bought on the labeled
	// data. It is nil otherwise.
	WithoutUnlabeled *nb.CVScores
	// Lambda is the choice of EM's λ among RunOptions.Lambdas; nil
	// without unlabeled texts, Lambdas or folds to choose on.
	Lambda *LambdaChoice
}

// A FoldsError means RunOptions.Folds does not suit the data. It matches
// ErrFolds with errors.Is.
type FoldsError struct {
	K, N int // folds asked for, examples
}

func (e *FoldsError) Error() string {
	if e.K < 2 {
		return fmt.Sprintf("want 0 (none) or at least 2, not %d", e.K)
	}
	return fmt.Sprintf("%d folds for %d examples", e.K, e.N)
}

// Is reports whether target is ErrFolds.
func (e *FoldsError) Is(target error) bool { return target == ErrFolds }

// Run trains a classifier on the dataset as "stance train" does:
//
//   - the examples are split into opts.Folds folds (CVFolds);
//   - with Select, Select chooses the settings on those folds, and
//     NestedCV scores the procedure, recorded in the model as nested;
//   - with Calibrate, nb.TrainCalibrated trains the model and fits its
//     temperature on the folds (DefaultFolds of them if Folds is 0), also
//     recording their cross-validation scores unless Select did; a
//     temperature at a bound of its range is not kept, and
//     RunResult.CalibrationFailed says so;
//   - without Calibrate, or with too few examples for DefaultFolds
//     folds, nb.TrainClassifier trains it, after CrossValidate records
//     the cross-validation scores if there are folds;
//   - with Unlabeled, the final model and the fold models that score it
//     learn from the unlabeled texts by EM, and the same folds score
//     the procedure without them (RunResult.WithoutUnlabeled).
//
// The model records the dataset's description and, unless
// opts.Train.Created is set, its creation time: $SOURCE_DATE_EPOCH (in
// seconds) when set, for reproducible models, else now to the second.
//
// An unusable opts.Folds gives a *FoldsError. The result is returned
// with any error, describing the steps done; the classifier is nil then.
func Run(ctx context.Context, ds *Dataset, opts RunOptions) (*nb.Classifier, *RunResult, error) {
	res := &RunResult{}
	examples := ds.Examples
	to := opts.Train
	k := opts.Folds
	if k < 0 || k == 1 {
		return nil, res, &FoldsError{K: k, N: len(examples)}
	}
	if opts.Select && k == 0 {
		k = DefaultFolds
	}
	if k > len(examples) {
		return nil, res, &FoldsError{K: k, N: len(examples)}
	}
	res.Folds = k
	unlabeled := slices.DeleteFunc(slices.Clone(opts.Unlabeled), func(s string) bool { return s == "" })
	to.Unlabeled = nil
	var lambdas []float64
	if len(unlabeled) > 0 {
		lambdas = opts.Lambdas
		if len(lambdas) > 0 {
			to.EM.Lambda = lambdas[0]
		}
		for _, l := range lambdas {
			em := to.EM
			em.Lambda = l
			if err := em.Validate(); err != nil {
				return nil, res, err
			}
		}
		if err := to.EM.Validate(); err != nil {
			return nil, res, err
		}
	}
	// Folds for λ when the run has none.
	choose := len(lambdas) > 1 && (k > 0 || len(examples) >= DefaultFolds)
	total, done := 1, 0
	if opts.Select {
		n := len(opts.Grid)
		if opts.Grid == nil {
			n = len(Grid())
		}
		total += n * (k + 1)
		if choose {
			total += len(lambdas) * (k + 1)
		}
	} else {
		if len(unlabeled) > 0 && (k > 0 || (opts.Calibrate || choose) && len(examples) >= DefaultFolds) {
			total++ // the cross-validation without them
		}
		if choose {
			total += len(lambdas)
		}
	}
	step := func() {
		done++
		if opts.OnProgress != nil {
			opts.OnProgress(done, total)
		}
	}
	var fold []int
	var err error
	if k > 0 {
		if fold, err = CVFolds(examples, k, opts.ByTarget); err != nil {
			return nil, res, err
		}
	}
	if opts.Select {
		grid := slices.Clone(opts.Grid) // not to change the caller's
		if grid == nil {
			grid = Grid()
		}
		for i := range grid {
			grid[i].PerTarget, grid[i].MinTargetExamples, grid[i].Family = to.PerTarget, to.MinTargetExamples, to.Family
			grid[i].EM, grid[i].Unlabeled = to.EM, nil
		}
		best, all, err := selectStep(ctx, examples, fold, grid, step)
		if err != nil {
			return nil, res, err
		}
		sel := &Selection{Options: best, Candidates: len(grid), Folds: k}
		for _, c := range all {
			if Describe(c.Options) == Describe(best) {
				sel.Report = c.Report
				break
			}
		}
		res.Selection = sel
		if opts.OnSelect != nil {
			opts.OnSelect(*sel)
		}
		to.Method, to.Alpha, to.Features = best.Method, best.Alpha, best.Features
		var nestedLambdas []float64
		if choose {
			nestedLambdas = lambdas
		}
		nested, without, err := nestedCVStep(ctx, examples, fold, k, opts.ByTarget, grid, unlabeled, nestedLambdas, step)
		if err != nil {
			return nil, res, err
		}
		to.CV = &nb.CVScores{Folds: k, Nested: true, Accuracy: nested.Accuracy, MacroF1: nested.MacroF1}
		if without != nil {
			res.WithoutUnlabeled = &nb.CVScores{Folds: k, Nested: true, Accuracy: without.Accuracy, MacroF1: without.MacroF1}
		}
	}
	to.Data = ds.Info
	if to.Created.IsZero() {
		to.Created = createdTime()
	}
	if (opts.Calibrate || choose) && fold == nil && len(examples) >= DefaultFolds {
		if fold, err = CVFolds(examples, DefaultFolds, opts.ByTarget); err != nil {
			return nil, res, err
		}
		res.Folds = DefaultFolds
	}
	if choose {
		l, all, err := chooseLambdaStep(ctx, examples, fold, to, unlabeled, lambdas, step)
		if err != nil {
			return nil, res, err
		}
		to.EM.Lambda = l
		res.Lambda = &LambdaChoice{Lambda: l, Candidates: all, Folds: res.Folds}
	}
	if len(unlabeled) > 0 && fold != nil && to.CV == nil {
		r, err := CrossValidate(ctx, examples, fold, to)
		if err != nil {
			return nil, res, err
		}
		res.WithoutUnlabeled = &nb.CVScores{Folds: res.Folds, Accuracy: r.Accuracy, MacroF1: r.MacroF1}
		step()
	}
	to.Unlabeled = unlabeled
	var c *nb.Classifier
	if opts.Calibrate && fold != nil {
		// One pass fits the fold models for the temperature and the
		// cross-validation score (unless Select set a nested one).
		c, _, err = nb.TrainCalibrated(ctx, examples, fold, to)
		if ce := (*nb.CalibrationError)(nil); errors.As(err, &ce) && c != nil {
			res.CalibrationFailed, err = ce, nil
		}
	} else {
		res.TooFewToCalibrate = opts.Calibrate
		if k > 0 && to.CV == nil {
			r, err := CrossValidate(ctx, examples, fold, to)
			if err != nil {
				return nil, res, err
			}
			to.CV = &nb.CVScores{Folds: k, Accuracy: r.Accuracy, MacroF1: r.MacroF1}
		}
		c, err = nb.TrainClassifier(examples, to)
	}
	if err != nil {
		return nil, res, err
	}
	step()
	return c, res, nil
}

// createdTime is the model creation time: $SOURCE_DATE_EPOCH when set, for
// reproducible models, or now.
func createdTime() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC().Truncate(time.Second)
}
