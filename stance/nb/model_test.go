package nb

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// familyModel is validModel trained as a "stance" family model.
func familyModel(t testing.TB) []byte {
	o := DefaultTrainOptions
	o.MinTargetExamples = 2
	o.Family = "stance"
	o.Created = time.Unix(0, 0)
	c := mustTrain(t, toyExamples(), o)
	var buf bytes.Buffer
	if err := c.WriteModel(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// editMeta returns the model file b with its metadata JSON changed by
// edit, and with a recomputed checksum if fix is set.
func editMeta(t *testing.T, b []byte, fix bool, edit func(m map[string]any)) []byte {
	t.Helper()
	pos := len(modelMagic)
	version, n := binary.Uvarint(b[pos:])
	pos += n
	size, n := binary.Uvarint(b[pos:])
	pos += n
	var m map[string]any
	if err := json.Unmarshal(b[pos:pos+int(size)], &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	js, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	out := append([]byte(nil), b[:len(modelMagic)]...)
	out = binary.AppendUvarint(out, version)
	out = binary.AppendUvarint(out, uint64(len(js)))
	out = append(out, js...)
	out = append(out, b[pos+int(size):]...)
	if fix {
		out = withCRC(out)
	}
	return out
}

func TestReadModelEditedMetadata(t *testing.T) {
	good := familyModel(t)
	renameLabel := func(m map[string]any) {
		m["labels"] = []string{"neutral", "oppose", "yes"}
	}
	tests := []struct {
		name string
		fix  bool // recompute the checksum
		edit func(m map[string]any)
		// tables is set when only the tables, which ModelHeader does
		// not decode, contradict the metadata.
		tables bool
		want   string // ending in " at byte ": the error's position follows

	}{
		{"family", false, func(m map[string]any) { m["family"] = "topic" }, false,
			"read model: not a valid stance model file: checksum mismatch (truncated, corrupt or edited file)"},
		{"label renamed", false, renameLabel, false,
			"read model: not a valid stance model file: checksum mismatch (truncated, corrupt or edited file)"},
		{"label renamed, checksum rewritten", true, renameLabel, false,
			`read model: not a valid stance model file: class counts are for labels ["neutral" "oppose" "support"], metadata lists labels ["neutral" "oppose" "yes"]`},
		{"label dropped", true, func(m map[string]any) {
			m["labels"] = []string{"oppose", "support"}
			delete(m["class_counts"].(map[string]any), "neutral")
			m["examples"] = 8
		}, true, "read model: not a valid stance model file: table of 3 classes, metadata lists 2 labels at byte "},
		{"label added", true, func(m map[string]any) {
			m["labels"] = []string{"neutral", "oppose", "support", "undecided"}
			m["class_counts"].(map[string]any)["undecided"] = 1
			m["examples"] = 12
		}, true, "read model: not a valid stance model file: shared model has 3 classes, metadata lists 4 labels"},
		{"examples", true, func(m map[string]any) { m["examples"] = 12 }, false,
			"read model: not a valid stance model file: class counts add up to 11, metadata says 12 examples"},
		{"zero count", true, func(m map[string]any) { m["class_counts"].(map[string]any)["neutral"] = 0 }, false,
			`read model: not a valid stance model file: label "neutral" has 0 training examples`},
		{"empty label", true, func(m map[string]any) {
			m["labels"] = []string{"", "oppose", "support"}
			cc := m["class_counts"].(map[string]any)
			cc[""] = cc["neutral"]
			delete(cc, "neutral")
		}, false, "read model: not a valid stance model file: labels must be two or more, non-empty, sorted and distinct"},
		{"target renamed", true, func(m map[string]any) { m["targets"] = []string{"climate tax"} }, true,
			`read model: not a valid stance model file: target models ["climate plan"], metadata lists ["climate tax"]`},
		{"target dropped", true, func(m map[string]any) { delete(m, "targets") }, true,
			`read model: not a valid stance model file: target models ["climate plan"], metadata lists []`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := editMeta(t, good, tt.fix, tt.edit)
			c, err := ReadModel(bytes.NewReader(in))
			if c != nil || !errors.Is(err, ErrModelFormat) {
				t.Fatalf("ReadModel = %v, %v; want an error wrapping ErrModelFormat", c, err)
			}
			if got := err.Error(); got != tt.want && !(strings.HasSuffix(tt.want, " at byte ") && strings.HasPrefix(got, tt.want)) {
				t.Errorf("ReadModel error\n got %q\nwant %q", err, tt.want)
			}
			_, err = ModelHeader(bytes.NewReader(in))
			if tt.tables {
				if err != nil {
					t.Errorf("ModelHeader error %v; the metadata alone is consistent", err)
				}
			} else if err == nil || err.Error() != tt.want {
				t.Errorf("ModelHeader error\n got %v\nwant %q", err, tt.want)
			}
		})
	}
}

// TestEditedModelHash checks that an edit the checksum cannot catch, one
// that rewrites it, still changes the model's identity.
func TestEditedModelHash(t *testing.T) {
	good := familyModel(t)
	edited := editMeta(t, good, true, func(m map[string]any) { m["family"] = "topic" })
	a, err := ReadModel(bytes.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ReadModel(bytes.NewReader(edited))
	if err != nil {
		t.Fatalf("a consistent edit with a rewritten checksum: %v", err)
	}
	if b.Meta().Family != "topic" {
		t.Fatalf("family %q after the edit", b.Meta().Family)
	}
	if a.Hash() == b.Hash() {
		t.Errorf("the edited model has the hash of the original, %s", a.Hash())
	}
}

func TestHash(t *testing.T) {
	o := DefaultTrainOptions
	o.MinTargetExamples = 2
	o.Created = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	c := mustTrain(t, toyExamples(), o)
	var file bytes.Buffer
	if err := c.WriteModel(&file); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(file.Bytes())
	want := hex.EncodeToString(sum[:])
	if got := c.Hash(); got != want {
		t.Errorf("trained model: Hash() = %s, want the SHA-256 of its file, %s", got, want)
	}
	read, err := ReadModel(bytes.NewReader(file.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := read.Hash(); got != want {
		t.Errorf("read model: Hash() = %s, want %s", got, want)
	}
	if again := mustTrain(t, toyExamples(), o); again.Hash() != want {
		t.Errorf("the same training gave hash %s, then %s", want, again.Hash())
	}
	o.Created = o.Created.Add(time.Second)
	if other := mustTrain(t, toyExamples(), o); other.Hash() == want {
		t.Errorf("models created at different times share the hash %s", want)
	}
	o.Created = time.Time{}
	o.Alpha = 0.5
	if other := mustTrain(t, toyExamples(), o); other.Hash() == want {
		t.Errorf("models with different smoothing share the hash %s", want)
	}
}

func TestHashCalibrated(t *testing.T) {
	b := calibratedModel(t)
	c, err := ReadModel(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if got, want := c.Hash(), hex.EncodeToString(sum[:]); got != want {
		t.Errorf("Hash() = %s, want %s", got, want)
	}
}
