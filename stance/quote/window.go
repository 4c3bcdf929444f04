package quote

// The window: what Extract keeps of a long document.
//
// A document is walked one sentence unit at a time (splitter, in
// sentence.go). The units and words of a short document are all kept, as
// the rules may look back at any of them. In a long one, an attribution
// is resolved as soon as no later unit can change it (final), and the
// units and words that no unresolved attribution refers to are dropped
// (compact), so memory follows the longest stretch of text still in use,
// usually a sentence or two, and not the document.

// windowWords is the number of words of a document kept whole: a longer
// one is walked with a window (a variable so tests can make it small).
var windowWords = 1 << 16

// final returns how many of the first attributions no unit after ui can
// change: all but an attribution waiting for its content (pending) and
// those after it, and the last one while the next unit may still continue
// it (orphan, attachPrevious: the last attribution belongs to unit ui).
func (x *extractor) final(ui int) int {
	n := 0
	for n < len(x.attrs) {
		if n == x.pending || n == len(x.attrs)-1 && x.attrs[n].unit >= ui {
			break
		}
		n++
	}
	return n
}

// compact drops the units and words before the oldest one still in use,
// by unit ui (which the next unit looks back at) or by an unresolved
// attribution, and renumbers the indices that point into them. It returns
// the number of units dropped.
func (x *extractor) compact(ui int) int {
	keep := ui
	for i := range x.attrs {
		keep = min(keep, x.attrs[i].unit, x.attrs[i].srcUnit)
	}
	if keep <= 0 {
		return 0
	}
	x.r.resolveDescriptions(x.units[keep].Start) // before their words leave the window
	x.mentioned -= keep
	dw := x.units[keep].w0
	n := copy(x.units, x.units[keep:])
	x.units = x.units[:n]
	for i := range x.units {
		x.units[i].w0 -= dw
		x.units[i].w1 -= dw
	}
	n = copy(x.words, x.words[dw:])
	x.words = x.words[:n]
	for i := range x.attrs {
		a := &x.attrs[i]
		a.unit -= keep
		a.srcUnit -= keep
		a.source.np.shift(dw)
		a.source.span.shift(dw)
		a.source.appos.shift(dw)
		if a.source.rel > 0 {
			a.source.rel -= dw // "Nurses who spoke to reporters said": the relative's word
		}
	}
	x.r.forget(x.units[0].Start)
	return keep
}

// dropUnit removes unit k, the one before the last, and its words from
// the window, when no attribution refers to it or to a later unit.
func (x *extractor) dropUnit(k int) {
	u, next := x.units[k], x.units[k+1]
	d := u.w1 - u.w0
	x.words = append(x.words[:u.w0], x.words[u.w1:]...)
	next.w0 -= d
	next.w1 -= d
	x.units = append(x.units[:k], next)
	if x.mentioned > k {
		x.mentioned--
	}
}

// shift renumbers a noun phrase after d words were dropped before it.
func (n *npSpan) shift(d int) {
	n.w0 -= d
	n.w1 -= d
}
