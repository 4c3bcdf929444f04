package lexicon

// A Set is a word list: lower-case keys, value true.
type Set map[string]bool

// SetOf returns the set of words.
func SetOf(words ...string) Set {
	m := make(Set, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// InFold reports whether s, in any ASCII letter case, is in set. Words
// longer than 32 bytes are in no set.
func InFold(set Set, s string) bool {
	if len(s) > maxFold {
		return false
	}
	var buf [maxFold]byte
	return set[string(fold(&buf, s))]
}

// maxFold is the longest word fold lowers: longer words are in no list.
const maxFold = 32

// fold writes s, at most maxFold bytes, in lower case into buf and
// returns that part of it. A map index or comparison with string(fold(...))
// does not allocate.
func fold(buf *[maxFold]byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// Lower returns s with ASCII letters in lower case; other bytes are
// unchanged, and s itself is returned when it has no upper-case letter.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// EqualFold reports whether s equals lower, a lower-case word, in any
// ASCII letter case.
func EqualFold(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// IsNumber reports whether w is a number: digits with optional "." and ","
// separators, and an optional ordinal or plural suffix ("52", "1,200",
// "3.5", "21st", "1990s").
func IsNumber(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if '0' <= c && c <= '9' {
			digits++
			continue
		}
		if c != '.' && c != ',' {
			if digits == 0 {
				return false
			}
			switch Lower(w[i:]) {
			case "s", "st", "nd", "rd", "th":
				return true
			}
			return false
		}
	}
	return digits > 0
}

// union returns a new set of the words of every set.
func union(sets ...Set) Set {
	n := 0
	for _, s := range sets {
		n += len(s)
	}
	u := make(Set, n)
	for _, s := range sets {
		for w := range s {
			u[w] = true
		}
	}
	return u
}
