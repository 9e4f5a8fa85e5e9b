package entity

import "testing"

// TestCoordinated: one plural head with coordinated complements names one
// body per complement, known or not; a plural head with one complement,
// or a modified head, names none by this rule. (Names in the order
// buildAgencies gives them.)
func TestCoordinated(t *testing.T) {
	runAgencyCases(t, []agencyCase{
		{"two known ministries", "The Ministries of Health and Education will cooperate.", []string{"Ministry of Education (MOE)", "Ministry of Health (MOH)"}},
		{"connector repeated and a country after", "The Ministries of Lighthouses and of Harbours of Ruritania agreed.",
			[]string{"Ministry of Harbours", "Ministry of Lighthouses"}},
		{"a list of three", "The Ministries of Lighthouses, Harbours and Fisheries will cooperate.",
			[]string{"Ministry of Fisheries", "Ministry of Harbours", "Ministry of Lighthouses"}},
		{"agencies for", "The Agencies for Rivers and for Lakes met.", []string{"Agency for Lakes", "Agency for Rivers"}},
		{"one complement", "The Departments of Health of the two states met.", nil},
		{"a plural common word", "The Networks of Rivers and Lakes grew.", nil},
	})
}
