package main

import "testing"

func TestGCSettings(t *testing.T) {
	env := func(kv map[string]string) func(string) string {
		return func(k string) string { return kv[k] }
	}
	tests := []struct {
		name        string
		env         map[string]string
		workers     int
		maxBytes    int64
		wantPercent int
		wantLimit   int64
	}{
		{"nothing set: both", nil, 2, 50 << 20, gcPercent, 2*10*(50<<20) + memoryHeadroom},
		{"one worker, small documents", nil, 1, 1 << 20, gcPercent, 10<<20 + memoryHeadroom},
		{"GOGC set: the user's percent stands", map[string]string{"GOGC": "50"}, 4, 1 << 20, 0, 4*10<<20 + memoryHeadroom},
		{"GOGC off stands too", map[string]string{"GOGC": "off"}, 1, 1 << 20, 0, 10<<20 + memoryHeadroom},
		{"GOMEMLIMIT set: the user's limit stands", map[string]string{"GOMEMLIMIT": "2GiB"}, 2, 50 << 20, gcPercent, 0},
		{"both set: nothing changed", map[string]string{"GOGC": "100", "GOMEMLIMIT": "1GiB"}, 2, 50 << 20, 0, 0},
		{"no size bound: no limit", nil, 2, 0, gcPercent, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, l := gcSettings(env(tt.env), tt.workers, tt.maxBytes)
			if p != tt.wantPercent || l != tt.wantLimit {
				t.Errorf("gcSettings = %d, %d; want %d, %d", p, l, tt.wantPercent, tt.wantLimit)
			}
		})
	}
}
