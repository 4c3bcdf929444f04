package quote

import "testing"

func TestNormalizeRole(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Since President", "President"},
		{"see Ohio Gov.", "Ohio governor"},
		{"Texas Sen", "Texas senator"},
		{"sales rep", "sales rep"},
		{"spokesman for the", "spokesman"},
		{"best candidate but", "best candidate"},
		{"former", ""},
		{"Getty ImagesRepublican presidential candidate", "Republican presidential candidate"},
		{"AP PHOTOOhio governor", "Ohio governor"},
		{"MacArthur fellow", "MacArthur fellow"},
		{"LinkedIn founder", "LinkedIn founder"},
		{"chief executive of PlayStation", "chief executive of PlayStation"},
		{"spokesperson for StrideLoop", "spokesperson for StrideLoop"},
		{"StrideLoop spokesperson", "StrideLoop spokesperson"},
		{"secretary of state", "secretary of state"},
	} {
		if got := normalizeRole(tt.in); got != tt.want {
			t.Errorf("normalizeRole(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
