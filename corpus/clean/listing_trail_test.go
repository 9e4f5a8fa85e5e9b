package clean

import (
	"slices"
	"testing"
)

// TestTrailDateMatchAgreesWithPattern checks that the prefilter of
// trailDateMatch never changes what trailDateRE finds: every line it
// skips is one the pattern does not match.
func TestTrailDateMatchAgreesWithPattern(t *testing.T) {
	for _, line := range []string{
		"Ferry timetable changes June 17, 2026",
		"- Ferry timetable changes 17 June 2026",
		"Harbour works begin | 2026-06-17",
		"Council names librarian (3 May 2024)",
		"Budget statement — 12/05/2024",
		"新しい協定 2024年5月3日",
		"The minister spoke on June 17, 2026.",
		"Talks continue in Geneva",
		"Ferry timetable changes June 17, 2026 ",
		"",
		")",
		"Report (2024)",
	} {
		t.Run(line, func(t *testing.T) {
			got, want := trailDateMatch(line), trailDateRE.FindStringSubmatch(line)
			if !slices.Equal(got, want) {
				t.Errorf("trailDateMatch(%q) = %q, pattern finds %q", line, got, want)
			}
		})
	}
}
