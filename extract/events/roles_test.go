package events

import "testing"

// TestRoleRules checks every rule of roleRules in three wordings: who the
// cue makes chair (p ids), host or participant (a ids) of the one event.
func TestRoleRules(t *testing.T) {
	const ev = "the 3rd Danube Flood Dialogue"
	people := []string{"Mira Holt", "Tomas Vey"}
	bodies := []string{"River Agency", "Flood Office"}
	cases := map[string][3]struct {
		text string
		want brief
	}{
		"chair-by": {
			{"The 3rd Danube Flood Dialogue, chaired by Mira Holt, took place on 5 May 2021.", brief{chairs: "p1"}},
			{"The 3rd Danube Flood Dialogue was co-chaired by Mira Holt and Tomas Vey on 5 May 2021.", brief{chairs: "p1,p2"}},
			{"On 5 May 2021 the 3rd Danube Flood Dialogue, led by Tomas Vey, opened.", brief{chairs: "p2"}},
		},
		"host-by": {
			{"The 3rd Danube Flood Dialogue was hosted by the River Agency on 5 May 2021.", brief{hosts: "a1"}},
			{"The 3rd Danube Flood Dialogue, organised by the Flood Office, met on 5 May 2021.", brief{hosts: "a2"}},
			{"The 3rd Danube Flood Dialogue was co-hosted by the River Agency and the Flood Office on 5 May 2021.", brief{hosts: "a1,a2"}},
		},
		"chair-verb": {
			{"Mira Holt and Tomas Vey co-chaired " + ev + " on 5 May 2021.", brief{chairs: "p1,p2"}},
			{"Mira Holt chaired " + ev + " on 5 May 2021.", brief{chairs: "p1"}},
			{"Tomas Vey headed " + ev + " on 5 May 2021.", brief{chairs: "p2"}},
		},
		"host-verb": {
			{"The River Agency hosted " + ev + " on 5 May 2021.", brief{hosts: "a1"}},
			{"The Flood Office will host " + ev + " on 5 May 2021.", brief{hosts: "a2"}},
			{"The River Agency and the Flood Office held " + ev + " on 5 May 2021.", brief{hosts: "a1,a2"}},
		},
		"attend-verb": {
			{"The 3rd Danube Flood Dialogue took place on 5 May 2021. The River Agency participated.", brief{parts: "a1"}},
			{"The 3rd Danube Flood Dialogue took place on 5 May 2021. The Flood Office attended.", brief{parts: "a2"}},
			{"The 3rd Danube Flood Dialogue took place on 5 May 2021. The River Agency and the Flood Office took part.", brief{parts: "a1,a2"}},
		},
		"chair-after": {
			{"The 3rd Danube Flood Dialogue met on 5 May 2021, convened by co-chairs Mira Holt and Tomas Vey.", brief{chairs: "p1,p2"}},
			{"The 3rd Danube Flood Dialogue took place on 5 May 2021 under the leadership of Tomas Vey.", brief{chairs: "p2"}},
			{"The 3rd Danube Flood Dialogue opened on 5 May 2021 under the chairmanship of Mira Holt.", brief{chairs: "p1"}},
		},
		"chair-open": {
			{"Mira Holt opened " + ev + " on 5 May 2021.", brief{chairs: "p1"}},
			{"The 3rd Danube Flood Dialogue was opened by Tomas Vey on 5 May 2021.", brief{chairs: "p2"}},
			{"Mira Holt and Tomas Vey officially opened " + ev + " on 5 May 2021.", brief{chairs: "p1,p2"}},
		},
		"chair-label": {
			{"The 3rd Danube Flood Dialogue was held on 5 May 2021.\nCo-chairs: Mira Holt and Tomas Vey", brief{chairs: "p1,p2"}},
			{"The 3rd Danube Flood Dialogue was held on 5 May 2021.\nChair: Tomas Vey", brief{chairs: "p2"}},
			{"The 3rd Danube Flood Dialogue was held on 5 May 2021.\nChairperson: Mira Holt", brief{chairs: "p1"}},
		},
	}
	for role := range roleRules {
		if _, ok := cases[role]; !ok {
			t.Errorf("role rule %q has no cases", role)
		}
	}
	f := newFinder(t)
	for role, cs := range cases {
		for _, c := range cs {
			t.Run(role+"/"+c.text, func(t *testing.T) {
				fx := fixture{text: c.text, dates: map[string]string{"5 May 2021": "2021-05-05"}, people: people, agency: bodies}
				got := f.Find(fx.input())
				if len(got) != 1 {
					t.Fatalf("got %d events, want 1: %+v", len(got), got)
				}
				if b := briefOf(got[0]); !match(b, c.want) {
					t.Errorf("got %+v, want %+v", b, c.want)
				}
			})
		}
	}
}
