package corpus

import (
	"fmt"
	"hash/maphash"
)

// idSet remembers the document IDs seen, as 64-bit hashes with the place
// of their first document, to note (or with Dedupe skip) repeats. With
// Dedupe it remembers every ID, about 35 bytes a document; without, only
// the last recentIDs, so that memory stays flat however long the corpus:
// a repeat further apart than that goes unnoted (it is only a note).
type idSet struct {
	seed  maphash.Seed
	first map[uint64]idPlace
	files []string // the paths of the documents seen, each once
	// recent holds the hashes remembered without Dedupe, oldest at next
	// once it is full.
	recent []uint64
	next   int
}

// recentIDs is how many IDs an idSet remembers without Dedupe.
var recentIDs = 1 << 16

// idPlace is where an ID was first seen, and whether a repeat was noted.
type idPlace struct {
	file  int32 // index in idSet.files
	noted bool
	line  int
}

// add records doc's ID. For a repeat it reports skip when dedupe is set,
// and the first time an ID repeats also a note.
func (s *idSet) add(doc *Document, dedupe bool) (note error, skip bool) {
	if s.first == nil {
		s.seed = maphash.MakeSeed()
		s.first = map[uint64]idPlace{}
	}
	h := maphash.String(s.seed, doc.ID)
	p, seen := s.first[h]
	if !seen {
		if n := len(s.files); n == 0 || s.files[n-1] != doc.Path {
			s.files = append(s.files, doc.Path)
		}
		if !dedupe {
			if len(s.recent) < recentIDs {
				s.recent = append(s.recent, h)
			} else {
				delete(s.first, s.recent[s.next])
				s.recent[s.next] = h
				s.next = (s.next + 1) % len(s.recent)
			}
		}
		s.first[h] = idPlace{file: int32(len(s.files) - 1), line: doc.Line}
		return nil, false
	}
	if p.noted {
		return nil, dedupe
	}
	p.noted = true
	s.first[h] = p
	at := s.files[p.file]
	if p.line > 0 {
		at = fmt.Sprintf("%s:%d", at, p.line)
	}
	var err error
	if dedupe {
		err = fmt.Errorf("%w %q (first at %s); skipped, as later repeats will be", ErrDuplicateID, doc.ID, at)
	} else {
		err = fmt.Errorf("%w %q (first at %s)", ErrDuplicateID, doc.ID, at)
	}
	return &DocError{File: doc.Path, Line: doc.Line, Err: err}, dedupe
}
