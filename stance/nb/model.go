package nb

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"math"
	"slices"
)

// ModelFormatVersion is the newest version of the model file format.
// ReadModel reads versions 1 to ModelFormatVersion. WriteModel writes the
// oldest version that can hold the model: version 3 only for a model
// whose features drop concessions (FeatureOptions.Contrast), version 4
// only for one with polarity features (FeatureOptions.Polarity), version 2
// only for one whose calibration has per-label biases (Calibration.Bias):
// a program reading an older version would silently featurize without
// the one or drop the other, so it refuses the file instead. Version 1
// otherwise, so a model trained by stance train is byte-identical to one
// written before version 2 existed.
const ModelFormatVersion = 4

// formatVersion is the file format version that holds a model with
// metadata m (see ModelFormatVersion).
func (m *ModelMeta) formatVersion() int {
	if m.Features.Polarity > 0 {
		return 4
	}
	if m.Features.Contrast {
		return 3
	}
	if m.Calibration != nil && len(m.Calibration.Bias) > 0 {
		return 2
	}
	return 1
}

// modelMagic opens every model file.
const modelMagic = "stancekit-model\n"

// maxModelSize bounds what ReadModel will read (1 GiB).
const maxModelSize = 1 << 30

// Errors of ReadModel.
var (
	// ErrPolarityLexicon means the model's polarity features were made
	// with another polarity lexicon than this program's; retrain it.
	ErrPolarityLexicon = errors.New("model trained with another polarity lexicon")
	// ErrModelFormat means the input is not a stance model or is corrupt.
	ErrModelFormat = errors.New("not a valid stance model file")
	// ErrModelVersion means the model was written in a format version
	// this program does not read; retrain it with this version.
	ErrModelVersion = errors.New("unsupported model format version")
)

// WriteModel writes the classifier in the model file format: a magic
// line, the format version, the metadata as JSON, then the vocabulary and
// weight tables in binary, and a CRC-32 of everything before it.
func (c *Classifier) WriteModel(w io.Writer) error {
	meta, err := json.Marshal(c.meta)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	crc := crc32.NewIEEE()
	bw := bufio.NewWriterSize(io.MultiWriter(w, crc), 1<<16)
	var b []byte
	b = append(b, modelMagic...)
	b = binary.AppendUvarint(b, uint64(c.meta.FormatVersion))
	b = binary.AppendUvarint(b, uint64(len(meta)))
	b = append(b, meta...)
	b = append(b, '\n')
	b = binary.AppendUvarint(b, uint64(c.vocab.size()))
	for _, k := range c.vocab.keys {
		if k.b < 0 {
			b = append(b, 0)
			b = binary.AppendUvarint(b, uint64(len(k.word)))
			b = append(b, k.word...)
		} else {
			b = append(b, 1)
			b = binary.AppendUvarint(b, uint64(k.a))
			b = binary.AppendUvarint(b, uint64(k.b))
		}
		if len(b) > 1<<16 {
			bw.Write(b)
			b = b[:0]
		}
	}
	b = appendTable(bw, b, c.shared)
	b = binary.AppendUvarint(b, uint64(len(c.targets)))
	for _, key := range slices.Sorted(maps.Keys(c.targets)) {
		b = binary.AppendUvarint(b, uint64(len(key)))
		b = append(b, key...)
		b = appendTable(bw, b, c.targets[key])
	}
	bw.Write(b)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if _, err := w.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32())); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// appendTable appends t to b, flushing b to w as it grows.
func appendTable(w io.Writer, b []byte, t *table) []byte {
	flush := func() {
		if len(b) > 1<<16 {
			w.Write(b)
			b = b[:0]
		}
	}
	k := t.k()
	b = binary.AppendUvarint(b, uint64(k))
	for _, c := range t.classes {
		b = binary.AppendUvarint(b, uint64(c))
	}
	for _, x := range t.bias {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	}
	nrows := t.rows()
	b = binary.AppendUvarint(b, uint64(nrows))
	if t.row == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		ids := make([]int32, nrows)
		for id, r := range t.row {
			if r >= 0 {
				ids[r] = int32(id)
			}
		}
		for _, id := range ids {
			b = binary.AppendUvarint(b, uint64(id))
			flush()
		}
	}
	if t.idf == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		for _, x := range t.idf {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
			flush()
		}
	}
	// Weights: base values, then per row the cells that differ from
	// rowBase[r] + colBase[j], as (class, value) pairs.
	for _, x := range t.colBase {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	}
	for r := range nrows {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(t.rowBase[r]))
		n := 0
		for j := range k {
			if t.sparseCell(r, j) {
				n++
			}
		}
		b = binary.AppendUvarint(b, uint64(n))
		for j := range k {
			if t.sparseCell(r, j) {
				b = binary.AppendUvarint(b, uint64(j))
				b = binary.LittleEndian.AppendUint64(b, math.Float64bits(t.w[r*k+j]))
			}
		}
		flush()
	}
	return b
}

// ReadModel reads a model written by WriteModel. A file that is not a
// model, is truncated or corrupt, or whose metadata does not match its
// tables wraps ErrModelFormat; one of another format version wraps
// ErrModelVersion. The checksum covers the metadata as well as the
// tables, so an edited metadata line fails it. The checksum guards against
// accidents, not forgery: an edit that also rewrites the checksum fails
// only where the metadata contradicts the tables (labels, class counts,
// targets, vocabulary size), but it changes the model's Hash.
func ReadModel(r io.Reader) (*Classifier, error) {
	data, d, meta, err := readModelHead(r)
	if err != nil {
		return nil, err
	}
	c, err := decodeModel(d, meta)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	sum := sha256.Sum256(data)
	c.hash = hex.EncodeToString(sum[:])
	return c, nil
}

// readModelHead reads a whole model file (at most maxModelSize bytes),
// checks its magic, version and checksum, and decodes and validates its
// metadata. It returns the file's bytes and a decoder positioned after the
// metadata, on the body without the checksum.
func readModelHead(r io.Reader) ([]byte, *decoder, ModelMeta, error) {
	head := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != modelMagic {
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, nil, ModelMeta{}, fmt.Errorf("read model: %w", err)
		}
		return nil, nil, ModelMeta{}, fmt.Errorf("read model: %w: it does not start with %q", ErrModelFormat, modelMagic[:len(modelMagic)-1])
	}
	rest, err := io.ReadAll(io.LimitReader(r, maxModelSize))
	if err != nil {
		return nil, nil, ModelMeta{}, fmt.Errorf("read model: %w", err)
	}
	data := append(head, rest...)
	d := &decoder{data: data, pos: len(modelMagic)}
	v := d.uvarint()
	if d.err == nil && (v < 1 || v > ModelFormatVersion) {
		return nil, nil, ModelMeta{}, fmt.Errorf("read model: %w %d (this program reads versions 1 to %d; retrain the model, or update the program)", ErrModelVersion, v, ModelFormatVersion)
	}
	if len(data) < 4+len(modelMagic) {
		return nil, nil, ModelMeta{}, fmt.Errorf("read model: %w: truncated", ErrModelFormat)
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, nil, ModelMeta{}, fmt.Errorf("read model: %w: checksum mismatch (truncated, corrupt or edited file)", ErrModelFormat)
	}
	d.data = body
	meta, err := decodeMeta(d)
	if err != nil {
		return nil, nil, ModelMeta{}, fmt.Errorf("read model: %w", err)
	}
	if uint64(meta.FormatVersion) != v {
		return nil, nil, ModelMeta{}, fmt.Errorf("read model: %w: format version %d in the header, %d in the metadata", ErrModelFormat, v, meta.FormatVersion)
	}
	return data, d, meta, nil
}

// decodeMeta decodes and validates the metadata after the format version.
func decodeMeta(d *decoder) (ModelMeta, error) {
	metaLen := d.count(1)
	metaJSON := d.bytes(metaLen)
	if d.byte() != '\n' && d.err == nil {
		d.fail("no newline after metadata")
	}
	if d.err != nil {
		return ModelMeta{}, d.err
	}
	var meta ModelMeta
	if err := json.Unmarshal(metaJSON, &meta); err != nil {
		return ModelMeta{}, fmt.Errorf("%w: metadata: %v", ErrModelFormat, err)
	}
	if err := meta.validate(); err != nil {
		return ModelMeta{}, err
	}
	return meta, nil
}

// decodeModel decodes the vocabulary and tables after the metadata meta
// and checks they agree with it.
func decodeModel(d *decoder, meta ModelMeta) (*Classifier, error) {
	c := &Classifier{meta: meta, labels: slices.Clone(meta.Labels), feat: meta.Features, vocab: newVocabulary(), temp: 1}
	if meta.Calibration != nil {
		c.temp = meta.Calibration.Temperature
		c.bias = meta.Calibration.biasVector(c.labels)
	}
	nfeat := d.count(2)
	if d.err == nil && nfeat != meta.VocabSize {
		d.fail(fmt.Sprintf("vocabulary of %d features, metadata says %d", nfeat, meta.VocabSize))
	}
	if d.err == nil {
		c.vocab.words = make(map[string]int32, nfeat)
		c.vocab.keys = make([]featureKey, 0, nfeat)
		c.vocab.pol = make([]int8, 0, nfeat)
	}
	for i := 0; i < nfeat && d.err == nil; i++ {
		switch d.byte() {
		case 0:
			w := string(d.bytes(d.count(1)))
			if _, dup := c.vocab.words[w]; dup && d.err == nil {
				d.fail(fmt.Sprintf("feature %d: duplicate word %q", i, w))
			}
			c.vocab.add(featureKey{word: w, b: -1})
		case 1:
			a, b := d.uvarint(), d.uvarint()
			if d.err != nil {
				break
			}
			if a >= uint64(i) || b >= uint64(i) || c.vocab.keys[a].b >= 0 || c.vocab.keys[b].b >= 0 {
				d.fail(fmt.Sprintf("feature %d: bad word pair", i))
				break
			}
			if _, dup := c.vocab.pairs[pairKey(int32(a), int32(b))]; dup {
				d.fail(fmt.Sprintf("feature %d: duplicate word pair", i))
				break
			}
			c.vocab.add(featureKey{a: int32(a), b: int32(b)})
		default:
			d.fail(fmt.Sprintf("feature %d: unknown kind", i))
		}
	}
	c.shared = d.table(nfeat, len(c.labels), meta.Features.Weighting == WeightTFIDF)
	ntargets := d.count(1)
	if d.err == nil {
		c.targets = map[string]*table{}
	}
	for i := 0; i < ntargets && d.err == nil; i++ {
		key := string(d.bytes(d.count(1)))
		t := d.table(nfeat, len(c.labels), meta.Features.Weighting == WeightTFIDF)
		if _, dup := c.targets[key]; dup && d.err == nil {
			d.fail(fmt.Sprintf("duplicate target %q", key))
		}
		c.targets[key] = t
	}
	if d.err == nil && d.pos != len(d.data) {
		d.fail(fmt.Sprintf("%d bytes of trailing data", len(d.data)-d.pos))
	}
	if d.err != nil {
		return nil, d.err
	}
	// Every label has training examples, so the shared model has a
	// column for each; table's checks make them 0..k-1.
	if c.shared.k() != len(c.labels) {
		return nil, fmt.Errorf("%w: shared model has %d classes, metadata lists %d labels", ErrModelFormat, c.shared.k(), len(c.labels))
	}
	if keys := slices.Sorted(maps.Keys(c.targets)); !slices.Equal(keys, meta.Targets) {
		return nil, fmt.Errorf("%w: target models %q, metadata lists %q", ErrModelFormat, keys, meta.Targets)
	}
	return c, nil
}

// validate checks the metadata by itself: what no run of TrainClassifier
// could have written. decodeModel checks it against the tables.
func (m *ModelMeta) validate() error {
	if m.FormatVersion < 1 || m.FormatVersion > ModelFormatVersion {
		return fmt.Errorf("%w %d in metadata", ErrModelVersion, m.FormatVersion)
	}
	if want := m.formatVersion(); m.FormatVersion != want {
		return fmt.Errorf("%w: format version %d for a model that version %d holds", ErrModelFormat, m.FormatVersion, want)
	}
	if len(m.Labels) < 2 || !slices.IsSorted(m.Labels) || len(slices.Compact(slices.Clone(m.Labels))) != len(m.Labels) || slices.Contains(m.Labels, "") {
		return fmt.Errorf("%w: labels must be two or more, non-empty, sorted and distinct", ErrModelFormat)
	}
	// Every label comes from the training examples, which ClassCounts
	// counts: a label renamed or added in one place and not the other
	// shows here.
	if counted := slices.Sorted(maps.Keys(m.ClassCounts)); !slices.Equal(counted, m.Labels) {
		return fmt.Errorf("%w: class counts are for labels %q, metadata lists labels %q", ErrModelFormat, counted, m.Labels)
	}
	total := 0
	for _, l := range m.Labels {
		n := m.ClassCounts[l]
		if n < 1 || n > maxModelSize { // the bound keeps the sum from overflowing
			return fmt.Errorf("%w: label %q has %d training examples", ErrModelFormat, l, n)
		}
		total += n
	}
	if total != m.Examples {
		return fmt.Errorf("%w: class counts add up to %d, metadata says %d examples", ErrModelFormat, total, m.Examples)
	}
	if !slices.IsSorted(m.Targets) || len(slices.Compact(slices.Clone(m.Targets))) != len(m.Targets) {
		return fmt.Errorf("%w: targets must be sorted and distinct", ErrModelFormat)
	}
	if err := m.Features.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrModelFormat, err)
	}
	if (m.Features.Polarity > 0) != (m.Features.PolarityLexicon != "") {
		return fmt.Errorf("%w: polarity %d with lexicon %q", ErrModelFormat, m.Features.Polarity, m.Features.PolarityLexicon)
	}
	if m.Features.Polarity > 0 && m.Features.PolarityLexicon != PolarityLexiconID {
		return fmt.Errorf("%w %s (this program holds %s): retrain the model with this version", ErrPolarityLexicon, m.Features.PolarityLexicon, PolarityLexiconID)
	}
	switch m.Method {
	case MethodMultinomial, MethodComplement, MethodLibrary:
	default:
		return fmt.Errorf("%w: unknown method %q", ErrModelFormat, m.Method)
	}
	if cal := m.Calibration; cal != nil {
		if err := cal.validate(m.Labels); err != nil {
			return fmt.Errorf("%w: %v", ErrModelFormat, err)
		}
	}
	if m.EM != nil {
		return m.EM.validate()
	}
	return nil
}

// decoder reads the binary part of a model with bounds checks; after the
// first error every read returns zero values.
type decoder struct {
	data []byte
	pos  int
	err  error
}

func (d *decoder) fail(msg string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s at byte %d", ErrModelFormat, msg, d.pos)
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.fail("bad varint")
		return 0
	}
	d.pos += n
	return v
}

// count reads a length whose items take at least minSize bytes each, so
// a corrupt length cannot make the reader allocate more than the file.
func (d *decoder) count(minSize int) int {
	v := d.uvarint()
	if d.err == nil && v > uint64((len(d.data)-d.pos)/minSize) {
		d.fail("length past the end of the file")
		return 0
	}
	return int(v)
}

func (d *decoder) byte() byte {
	if d.err != nil {
		return 0
	}
	if d.pos >= len(d.data) {
		d.fail("unexpected end")
		return 0
	}
	d.pos++
	return d.data[d.pos-1]
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.data)-d.pos {
		d.fail("unexpected end")
		return nil
	}
	d.pos += n
	return d.data[d.pos-n : d.pos]
}

// floats reads n finite float64 values.
func (d *decoder) floats(n int, allowNegInf bool) []float64 {
	if d.err != nil {
		return nil
	}
	if n > (len(d.data)-d.pos)/8 {
		d.fail("unexpected end")
		return nil
	}
	out := make([]float64, n)
	b := d.data[d.pos : d.pos+8*n]
	for i := range out {
		x := math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
		if math.IsNaN(x) || math.IsInf(x, 1) || math.IsInf(x, -1) && !allowNegInf {
			d.fail("non-finite weight")
			return nil
		}
		out[i] = x
	}
	d.pos += 8 * n
	return out
}

func (d *decoder) table(nfeat, nlabels int, tfidf bool) *table {
	k := d.count(1)
	if d.err == nil && (k < 1 || k > nlabels) {
		d.fail(fmt.Sprintf("table of %d classes, metadata lists %d labels", k, nlabels))
	}
	t := &table{classes: make([]int32, k)}
	for j := range t.classes {
		c := d.uvarint()
		if d.err == nil && (c >= uint64(nlabels) || j > 0 && int32(c) <= t.classes[j-1]) {
			d.fail("bad class index")
		}
		t.classes[j] = int32(c)
	}
	t.bias = d.floats(k, true)
	nrows := d.count(1)
	if d.err == nil && nrows > nfeat {
		d.fail("more rows than features")
	}
	switch d.byte() {
	case 0:
		if d.err == nil && nrows != nfeat {
			d.fail("dense table of the wrong size")
		}
	case 1:
		t.row = make([]int32, nfeat)
		for i := range t.row {
			t.row[i] = -1
		}
		for r := 0; r < nrows && d.err == nil; r++ {
			id := d.uvarint()
			if d.err == nil && (id >= uint64(nfeat) || t.row[id] >= 0) {
				d.fail("bad row feature")
				break
			}
			if d.err == nil {
				t.row[id] = int32(r)
			}
		}
	default:
		d.fail("bad row flag")
	}
	switch d.byte() {
	case 0:
		if d.err == nil && tfidf {
			d.fail("missing idf")
		}
	case 1:
		if d.err == nil && !tfidf {
			d.fail("unexpected idf")
		}
		t.idf = d.floats(nrows, false)
	default:
		d.fail("bad idf flag")
	}
	t.colBase = d.floats(k, false)
	if d.err == nil && nrows > (len(d.data)-d.pos)/9 {
		d.fail("unexpected end")
	}
	if d.err != nil {
		return t
	}
	t.rowBase = make([]float64, nrows)
	t.w = make([]float64, nrows*k)
	for r := 0; r < nrows && d.err == nil; r++ {
		base := d.floats(1, false)
		if d.err != nil {
			break
		}
		t.rowBase[r] = base[0]
		row := t.w[r*k : r*k+k]
		for j := range row {
			row[j] = t.rowBase[r] + t.colBase[j]
		}
		n := d.count(9)
		last := -1
		for range n {
			j := d.uvarint()
			x := d.floats(1, false)
			if d.err != nil {
				break
			}
			if j >= uint64(k) || int(j) <= last {
				d.fail("bad weight cell")
				break
			}
			last = int(j)
			row[j] = x[0]
		}
	}
	return t
}

// ModelHeader returns the metadata of a model file without decoding its
// tables: what "head" of a model shows. It reads the whole file to check
// its checksum, which covers the metadata, and fails as ReadModel does on
// a file that is not a model or whose checksum or metadata is wrong.
func ModelHeader(r io.Reader) (ModelMeta, error) {
	_, _, meta, err := readModelHead(r)
	return meta, err
}
