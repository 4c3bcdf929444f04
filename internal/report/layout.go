package report

import (
	"strings"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultWidth is the width, in display columns, that tables are laid out
// for when the output is not a terminal.
const DefaultWidth = 100

// Width is DefaultWidth.
//
// Deprecated: pass the terminal's width, or DefaultWidth, to WriteWidth or
// to the Width field of a record writer.
const Width = DefaultWidth

// minColumn is the narrowest a column that gives way is made, unless its
// header or its widest cell is narrower.
const minColumn = 8

// A fitting is how a column gives way when a table is wider than the
// terminal.
type fitting int

const (
	keep fitting = iota // never cut: numbers and short labels
	cut                 // each line cut, marked with an ellipsis
	wrap                // words wrapped onto more lines; a word too long is broken
)

// A column of a table: its header as drawn, its alignment and how it
// gives way.
type column struct {
	header string
	align  tw.Align
	fit    fitting
}

// displayWidth is the number of terminal columns s takes, measured as
// tablewriter measures the cells it pads (rune by rune, East Asian
// ambiguous characters narrow), so that a layout computed here is the
// layout drawn.
func displayWidth(s string) int {
	return twwidth.WidthWithOptions(s, twwidth.Options{})
}

// fold keeps s on one line, with single spaces between its words.
func fold(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// truncate cuts s to at most width display columns, marking a cut with an
// ellipsis in place of the blanks at the cut.
func truncate(s string, width int) string {
	if displayWidth(s) <= width {
		return s
	}
	if width < 1 {
		return ""
	}
	head, _ := split(s, width-1)
	return strings.TrimRight(head, " ") + "…"
}

// split returns the longest prefix of s at most width display columns wide
// and the rest of s. The prefix has at least one rune unless s is empty,
// even if that rune alone is wider than width.
func split(s string, width int) (head, rest string) {
	w := 0
	for i, r := range s {
		w += displayWidth(string(r))
		if w > width && i > 0 {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// wrapLines breaks s into lines of at most width display columns, between
// words where it can; a word wider than width (text without spaces, as in
// Chinese or Japanese) is broken where the line is full.
func wrapLines(s string, width int) []string {
	var lines []string
	line, lineWidth := "", 0
	for _, word := range strings.Fields(s) {
		ww := displayWidth(word)
		switch {
		case line != "" && lineWidth+1+ww <= width:
			line += " " + word
			lineWidth += 1 + ww
			continue
		case line != "":
			lines = append(lines, line)
		}
		for ww > width {
			head, rest := split(word, width)
			lines = append(lines, head)
			word, ww = rest, displayWidth(rest)
		}
		line, lineWidth = word, ww
	}
	if line != "" || lines == nil {
		lines = append(lines, line)
	}
	return lines
}

// fit lays out a table of rows under cols for a terminal width display
// columns wide, extra of which go to gaps and borders. It returns the
// rows with every cell cut or wrapped to its column's width, and that
// width of each column.
//
// Each column starts as wide as its header and its widest cell line.
// While the table is wider than width, the widest column that gives way
// loses a display column (the rightmost of equally wide ones), down to
// minColumn or its header's width. A table whose columns cannot give way
// enough stays wider than width.
func fit(cols []column, rows [][]string, width, extra int) ([][]string, []int) {
	widths := make([]int, len(cols))
	floor := make([]int, len(cols))
	total := extra
	for i, c := range cols {
		widths[i] = displayWidth(c.header)
		for _, r := range rows {
			for line := range strings.SplitSeq(r[i], "\n") {
				widths[i] = max(widths[i], displayWidth(line))
			}
		}
		floor[i] = widths[i]
		if c.fit != keep {
			floor[i] = min(widths[i], max(displayWidth(c.header), minColumn))
		}
		total += widths[i]
	}
	for total > width {
		j := -1 // the widest column that can give way
		for i := range widths {
			if widths[i] > floor[i] && (j < 0 || widths[i] >= widths[j]) {
				j = i
			}
		}
		if j < 0 {
			break
		}
		// Down to the next widest column at once, or by one if tied.
		next := floor[j]
		for i := range widths {
			if i != j && widths[i] > floor[i] && widths[i] <= widths[j] {
				next = max(next, widths[i])
			}
		}
		step := max(1, min(widths[j]-next, total-width))
		widths[j] -= step
		total -= step
	}

	out := make([][]string, len(rows))
	for k, r := range rows {
		out[k] = make([]string, len(cols))
		for i, cell := range r {
			if cols[i].fit == keep || displayWidth(cell) <= widths[i] && !strings.Contains(cell, "\n") {
				out[k][i] = cell
				continue
			}
			var lines []string
			for line := range strings.SplitSeq(cell, "\n") {
				if cols[i].fit == wrap {
					lines = append(lines, wrapLines(line, widths[i])...)
				} else {
					lines = append(lines, truncate(line, widths[i]))
				}
			}
			out[k][i] = strings.Join(lines, "\n")
		}
	}
	return out, widths
}
