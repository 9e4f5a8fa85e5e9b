package entity

import "testing"

func TestZZScratch(t *testing.T) {
	f := finderForTest(t)
	for _, s := range []string{
		"Talks between Hikmat Hajiyev and Armen Grigoryan focused on the border.",
		"Zuhura Yunus, who directs communications, briefed reporters.",
		"The delegation included Stergomena Tax, Mwigulu Nchemba and Ummy Mwalimu.",
		"Ana Ferreira and Tomasz Wiśniewski signed the agreement.",
		"Attending were Kwabena Mensah-Bonsu, Efua Sutherland and Kofi Boateng.",
		"Issued by:\nZuhura Yunus\nDirector of Communications",
		"From left: Aigerim Nurlanovna, Bolat Zhaksylykov and Dana Abenova.",
		"Thanks to Wanjiru Kamau for hosting.",
		"Wanjiru Kamau welcomed the guests.",
		"Photo: Tavita Leaupepe/Ministry of Works",
		"Speakers included Nguyen Thi Lan and Tran Van Minh.",
		"Hikmat Hajiyev told reporters the talks went well.",
		"According to Hikmat Hajiyev, the talks went well.",
		"The award went to Olusegun Adeyemi and Chidinma Okafor.",
		"Mwigulu Nchemba presented the budget on Thursday.",
		"Sources: Zuhura Yunus (State House), Hikmat Hajiyev (Presidency)",
		"Present were Doug Emhoff and Stergomena Tax.",
	} {
		var got []string
		for _, pc := range scanForTest(f, s).findPeople() {
			got = append(got, pc.name+" ("+pc.rule+")")
		}
		t.Logf("%-60s %q", s, got)
	}
}
