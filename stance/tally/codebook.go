package tally

// The analyst's codebook: canonical names, aliases the rules cannot know,
// types, genders and groups, read from CSV. It wins over the rules.

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// ErrCodebook is wrapped by the errors of ReadCodebook.
var ErrCodebook = errors.New("bad codebook")

// CodebookHeader is the header row of a codebook CSV file.
var CodebookHeader = []string{"name", "aliases", "type", "gender", "group", "id"}

// TypeDrop in a codebook's type column drops the actor: its statements
// are counted as unattributed, not shown under any actor.
const TypeDrop = "drop"

// A CodebookEntry is one row of a codebook: an actor as the analyst
// defines it.
type CodebookEntry struct {
	Name    string   // the canonical name the actor is shown under
	Aliases []string // other names of the actor ("the Chancellor", "Sayer")
	Type    string   // TypePerson, TypeOrganisation, TypeGroup, TypeUnknown, TypeDrop, or "" (decided by the evidence)
	Gender  string   // GenderFemale, GenderMale, GenderUnknown, or "" (decided by the evidence)
	Group   string   // the level above the actor: a party, a government, a country; "" if none
	ID      string   // free, for example a Wikidata QID
	Line    int      // the line of the row in its file
}

// A Codebook maps names to the actors an analyst defined.
type Codebook struct {
	Entries []CodebookEntry
	byKey   map[string]int // actorKey of a name or alias -> entry
}

// ReadCodebook reads a codebook CSV: a header naming the columns name,
// aliases, type, gender, group and id (name required, the others
// optional, in any order), then one actor per row; aliases are separated
// by "|". name is used in errors, which give the line. A name or alias
// given to two actors is an error naming both lines.
func ReadCodebook(r io.Reader, name string) (*Codebook, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%w: %s: empty file: want a header %s", ErrCodebook, name, strings.Join(CodebookHeader, ","))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCodebook, name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if !slices.Contains(CodebookHeader, h) {
			return nil, fmt.Errorf("%w: %s:1: unknown column %q (want %s)", ErrCodebook, name, h, strings.Join(CodebookHeader, ", "))
		}
		col[h] = i
	}
	if _, ok := col["name"]; !ok {
		return nil, fmt.Errorf("%w: %s:1: no name column", ErrCodebook, name)
	}
	cb := &Codebook{byKey: map[string]int{}}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, fmt.Errorf("%w: %s:%d: %v", ErrCodebook, name, line, err)
		}
		get := func(c string) string {
			if i, ok := col[c]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		e := CodebookEntry{Name: get("name"), Type: strings.ToLower(get("type")), Gender: strings.ToLower(get("gender")),
			Group: get("group"), ID: get("id"), Line: line}
		if e.Name == "" {
			if strings.Join(rec, "") == "" {
				continue // a blank row
			}
			return nil, fmt.Errorf("%w: %s:%d: no name", ErrCodebook, name, line)
		}
		switch e.Type {
		case "", TypePerson, TypeOrganisation, TypeGroup, TypeUnknown, TypeDrop:
		case "organization":
			e.Type = TypeOrganisation
		default:
			return nil, fmt.Errorf("%w: %s:%d: type %q, want person, organisation, group, unknown, drop or empty", ErrCodebook, name, line, e.Type)
		}
		switch e.Gender {
		case "", GenderFemale, GenderMale, GenderUnknown:
		default:
			return nil, fmt.Errorf("%w: %s:%d: gender %q, want female, male, unknown or empty", ErrCodebook, name, line, e.Gender)
		}
		for _, a := range strings.Split(get("aliases"), "|") {
			if a = strings.TrimSpace(a); a != "" {
				e.Aliases = append(e.Aliases, a)
			}
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := actorKey(n)
			if k == "" {
				continue
			}
			if j, ok := cb.byKey[k]; ok && j != len(cb.Entries) {
				return nil, fmt.Errorf("%w: %s:%d: %q is also an actor or alias at line %d (%q)", ErrCodebook, name, line, n, cb.Entries[j].Line, cb.Entries[j].Name)
			}
			cb.byKey[k] = len(cb.Entries)
		}
		cb.Entries = append(cb.Entries, e)
	}
	return cb, nil
}

// lookup returns the entry a name or alias belongs to.
func (cb *Codebook) lookup(name string) (*CodebookEntry, bool) {
	if cb == nil {
		return nil, false
	}
	i, ok := cb.byKey[actorKey(name)]
	if !ok {
		return nil, false
	}
	return &cb.Entries[i], true
}

// WriteCodebook writes entries as a codebook CSV that ReadCodebook reads
// back: the header, then one row per entry.
func WriteCodebook(w io.Writer, entries []CodebookEntry) error {
	cw := csv.NewWriter(w)
	cw.Write(CodebookHeader)
	for _, e := range entries {
		cw.Write([]string{e.Name, strings.Join(e.Aliases, "|"), e.Type, e.Gender, e.Group, e.ID})
	}
	cw.Flush()
	return cw.Error()
}

// actorInfo is what Summarize knows of an actor besides its counts.
type actorInfo struct {
	typ, gender, group, id string
	variants               []string // the names merged into the actor, sorted
}

// An actorStat is one actor's counts and description.
type actorStat struct {
	stats *NameStats
	info  actorInfo
	// shared is true while stats is the Partial's own NameStats of the
	// actor's one name, days and evidence included: an actor of one name
	// (most of them) costs no copy. A second name makes it a sum of its
	// own. Shared stats are never written.
	shared bool
}

// actorStats canonicalises the names of p into actors (codebook first,
// then the rules of canonicalActors), sums their counts, and decides
// their type and gender. It returns the actors by display name and the
// statements of dropped actors.
func actorStats(p *Partial, cb *Codebook) (map[string]*actorStat, int) {
	dropped := 0
	pinned := map[string]*CodebookEntry{} // name as counted -> its entry
	counts := make(map[string]int, len(p.Names))
	for name, s := range p.Names {
		if e, ok := cb.lookup(name); ok {
			if e.Type == TypeDrop {
				dropped += s.Quotes
				continue
			}
			pinned[name] = e
		}
		counts[name] = s.Quotes
	}
	// Names the codebook pins are counted under their entry's name, so
	// the rules see one name per pinned actor.
	renamed := make(map[string]int, len(counts))
	rename := make(map[string]string, len(counts))
	for name, n := range counts {
		to := name
		if e, ok := pinned[name]; ok {
			to = e.Name
		}
		rename[name] = to
		renamed[to] += n
	}
	// What the evidence says of each name, its pinned names' summed.
	info := make(map[string]nameInfo, len(renamed))
	types, genders := make(map[string]map[string]int), make(map[string]map[string]int)
	for name, to := range rename {
		in := info[to]
		if rs := sortedRoles(p.Names[name].Roles); len(rs) > 0 && (in.role == "" || name == to) {
			in.role = rs[0].Role
		}
		info[to] = in
		for _, v := range []struct {
			votes map[string]int
			into  map[string]map[string]int
		}{{p.Names[name].Types, types}, {p.Names[name].Genders, genders}} {
			if len(v.votes) == 0 {
				continue
			}
			if v.into[to] == nil {
				v.into[to] = map[string]int{}
			}
			for t, n := range v.votes {
				v.into[to][t] += n
			}
		}
	}
	for to, in := range info {
		if t := decideType(types[to]); t != TypeUnknown {
			in.typ = t
		}
		in.gender = decideGender(genders[to])
		if e, ok := cb.lookup(to); ok {
			if e.Type != "" {
				in.typ = e.Type
			}
			if e.Gender != "" && e.Gender != GenderUnknown {
				in.gender = e.Gender
			}
		}
		info[to] = in
	}
	actors := canonicalActorsWith(renamed, info)
	out := make(map[string]*actorStat)
	for name, to := range rename {
		actor := actors[to]
		e, ok := cb.lookup(to)
		if !ok {
			e, ok = cb.lookup(actor)
		}
		if ok && e.Type != TypeDrop {
			actor = e.Name // a pinned name is shown as the codebook has it
		}
		a := out[actor]
		switch {
		case a == nil:
			a = &actorStat{stats: p.Names[name], shared: true}
			out[actor] = a
		case a.shared:
			own := p.newStats()
			own.addCounts(a.stats)
			a.stats, a.shared = own, false
			fallthrough
		default:
			a.stats.addCounts(p.Names[name]) // days and evidence for the rows kept only: see Summarize
		}
		if !slices.Contains(a.info.variants, name) {
			a.info.variants = append(a.info.variants, name)
		}
	}
	for actor, a := range out {
		slices.Sort(a.info.variants)
		a.info.typ, a.info.gender = decideType(a.stats.Types), decideGender(a.stats.Genders)
		if e, ok := cb.lookup(actor); ok {
			if e.Type != "" {
				a.info.typ = e.Type
			}
			if e.Gender != "" {
				a.info.gender = e.Gender
			}
			a.info.group, a.info.id = e.Group, e.ID
		}
		switch {
		case a.info.typ != TypePerson:
			a.info.gender = ""
		case a.info.gender == "":
			a.info.gender = GenderUnknown
		}
	}
	return out, dropped
}

// decideType is the type most articles gave, if more than half of them
// did; TypeUnknown otherwise.
func decideType(votes map[string]int) string {
	total, best, bestN := 0, TypeUnknown, 0
	for _, t := range []string{TypePerson, TypeOrganisation, TypeGroup} {
		n := votes[t]
		total += n
		if n > bestN {
			best, bestN = t, n
		}
	}
	if 2*bestN <= total {
		return TypeUnknown
	}
	return best
}

// decideGender is the gender the evidence gives: the one gender seen, or,
// when articles disagree, the gender of at least four in five of them and
// of three at least. One stray "she" among Barack Obama's 40 articles,
// or a merged alias with a wrong pronoun, leaves him male; two people
// merged under one name (7 articles against 3) are unknown rather than a
// guess.
func decideGender(votes map[string]int) string {
	f, m := votes[GenderFemale], votes[GenderMale]
	switch {
	case f > 0 && m == 0, f >= 3 && f >= 4*m:
		return GenderFemale
	case m > 0 && f == 0, m >= 3 && m >= 4*f:
		return GenderMale
	}
	return ""
}

// An Actor is one canonical actor of a corpus with the evidence behind
// it: what "stance actors" lists, and a codebook row to start from.
type Actor struct {
	CodebookEntry
	Quotes   int            // statements
	Articles int            // documents quoting the actor
	Roles    []string       // the roles seen, in the most articles first (shownRoles)
	Types    map[string]int // articles per speaker type the extractor found
	Genders  map[string]int // articles per gender the extractor found
}

// Actors returns the actors of p, canonicalised as Summarize does (the
// codebook first), most quoted first (ties by name). Each one's Aliases
// are the other names merged into it, so that the entries, written with
// WriteCodebook, make a codebook that gives the same actors.
func Actors(p *Partial, cb *Codebook) []Actor {
	as, _ := actorStats(p, cb)
	out := make([]Actor, 0, len(as))
	for name, a := range as {
		act := Actor{
			CodebookEntry: CodebookEntry{Name: name, Type: a.info.typ, Gender: a.info.gender, Group: a.info.group, ID: a.info.id},
			Quotes:        a.stats.Quotes, Articles: a.stats.Articles,
			Types: maps.Clone(a.stats.Types), Genders: maps.Clone(a.stats.Genders), // a.stats may be the Partial's own
		}
		for _, v := range a.info.variants {
			if v != name {
				act.Aliases = append(act.Aliases, v)
			}
		}
		if e, ok := cb.lookup(name); ok {
			for _, al := range e.Aliases {
				if !slices.Contains(act.Aliases, al) {
					act.Aliases = append(act.Aliases, al)
				}
			}
		}
		act.Roles = shownRoles(a.stats.Roles)
		out = append(out, act)
	}
	slices.SortFunc(out, func(a, b Actor) int {
		if a.Quotes != b.Quotes {
			return b.Quotes - a.Quotes
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}
