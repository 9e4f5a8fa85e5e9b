package output

import "testing"

func TestTempTarget(t *testing.T) {
	tests := []struct {
		name, base string
		ok         bool
	}{
		{".out.jsonl.123.tmp", "out.jsonl", true},
		{".releases-20240101T000000Z.jsonl.4294967295.tmp", "releases-20240101T000000Z.jsonl", true},
		{".a.1.tmp", "a", true},
		{".out.jsonl.12a.tmp", "", false},
		{".out.jsonl..tmp", "", false},
		{"out.jsonl.123.tmp", "", false},
		{".out.jsonl.123.tmp.bak", "", false},
		{"..123.tmp", "", false},
		{".123.tmp", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base, ok := tempTarget(tc.name)
			if base != tc.base || ok != tc.ok {
				t.Errorf("tempTarget(%q) = %q, %v; want %q, %v", tc.name, base, ok, tc.base, tc.ok)
			}
		})
	}
}
