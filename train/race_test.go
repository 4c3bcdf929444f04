//go:build race

package train

// raceEnabled is true when tests run under the race detector, which makes
// the large accuracy runs too slow to be worth it.
const raceEnabled = true
