package html

import "testing"

// TestHTMLEdgeLabel: each rule of htmlEdgeRules on three wordings of its
// own; names, datelines, list items and sentences are no labels.
func TestHTMLEdgeLabel(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"More on this topic:", "prompt"},
		{"Did you find this article useful?", "prompt"},
		{"Lesen Sie auch:", "prompt"},
		{"print", "action"},
		{"Share this page", "action"},
		{"pdf version", "action"},
		{"© 2024 Example News Ltd. All rights reserved. This article may not be reproduced without permission.", "copyright"},
		{"Copyright 2023 by the Regional Courier; reprints on request", "copyright"},
		{"(c) Beispielverlag GmbH, alle Rechte vorbehalten", "copyright"},
		{"Copyrights of the artists were waived for the exhibition, the curator said.", ""},
		{"Jane Example", ""},
		{"MINISTRY OF EXAMPLE AFFAIRS", ""},
		{"SINGAPORE", ""},
		{"Canberra", ""},
		{"12 March 2024", ""},
		{"Media contact: 020 7946 0000", ""},
		{"- share", ""},
		{"The scheme opens next week.", ""},
		{"The minister asked whether the figures were right and what the councils would do next?", ""},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			if got := htmlEdgeLabel(tc.line); got != tc.want {
				t.Errorf("htmlEdgeLabel(%q) = %q, want %q", tc.line, got, tc.want)
			}
		})
	}
}

// TestHTMLTrimEdgeLabels: trailing labels are cut, at most three and
// never below three lines; a label before the last line stays.
func TestHTMLTrimEdgeLabels(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"two trailing labels", "Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nRelated stories:\n\nshare", "Title\n\nFirst paragraph.\n\nSecond paragraph."},
		{"label inside the text stays", "Title\n\nFirst paragraph.\n\nRead next:\n\nSecond paragraph.", "Title\n\nFirst paragraph.\n\nRead next:\n\nSecond paragraph."},
		{"short text kept whole", "Title\n\nOne line.\n\nprint", "Title\n\nOne line.\n\nprint"},
		{"closing call to action", "Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nAbonnieren Sie unseren Newsletter!", "Title\n\nFirst paragraph.\n\nSecond paragraph."},
		{"call to action before the last paragraph stays", "Title\n\nFirst paragraph.\n\nFollow us for updates.\n\nSecond paragraph.", "Title\n\nFirst paragraph.\n\nFollow us for updates.\n\nSecond paragraph."},
		{"signature and date stay", "Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nJane Example\n\n12 March 2024", "Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nJane Example\n\n12 March 2024"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := readCallCues().trimEdgeLabels(tc.text); got != tc.want {
				t.Errorf("trimEdgeLabels:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestHTMLCallToAction: closing appeals in several languages (sign-up,
// app, follow, support) are calls to action; sentences of the article
// that mention an app or a member, and long paragraphs, are not.
func TestHTMLCallToAction(t *testing.T) {
	c := readCallCues()
	tests := []struct {
		line string
		want bool
	}{
		{"Subscribe to our weekly newsletter for the latest updates", true},
		{"Get our stories delivered to your inbox every morning.", true},
		{"Folgen Sie uns auf Mastodon und Bluesky!", true},
		{"Síguenos en nuestras redes para más noticias", true},
		{"If this report helped you, please consider supporting our reporting.", true},
		{"Download our app and never miss a story", true},
		{"The app for residents opens in May.", false},
		{"Members of the committee will report in June.", false},
		{"Twelve councils follow the new scheme.", false},
		{"The ministry's newsletter, sent to 40,000 schools, will carry the guidance on enrolment, transport, meals, uniforms and the new reading programme from the first week of term.", false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			if got := c.calls(tc.line); got != tc.want {
				t.Errorf("calls(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestHTMLTrimPromptBlock: a trailing prompt followed only by a few short
// titles is cut whole, in three wordings; a contact block, a command, a
// sentence after the prompt, and a text too short to lose them, stay.
func TestHTMLTrimPromptBlock(t *testing.T) {
	const body = "Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph."
	tests := []trimTailCase{
		{"further reading", "\n\nRead more:\n\nBudget talks resume\n\nNew rail link approved", true},
		{"German related posts", "\n\nAuch interessant:\n\nDie besten Radwege im Norden\n\nWie die Stadt Wasser spart\n\nNeue Regeln für Vermieter", true},
		{"Spanish topics", "\n\nTemas relacionados:\n\nEconomía\n\nTransporte público", true},
		{"contact block stays", "\n\nMedia contact:\n\nJane Example\n\n+44 20 7946 0000", false},
		{"command stays", "\n\nTo switch it back on:\n\nnetsh interface set autotuning=normal", false},
		{"sentence stays", "\n\nOne question remains:\n\nWho pays for the new depot?\n\nThe council will decide in May.", false},
	}
	c := readCallCues()
	runTrimTails(t, c, body, tests)
	short := "Title\n\nOne paragraph.\n\nRead more:\n\nBudget talks resume in the capital"
	if got := c.trimEdgeLabels(short); got != short {
		t.Errorf("short text cut to:\n%s", got)
	}
}

// TestHTMLTrimCallBlock: a closing appeal and the few lines it leads to
// are cut, in three languages and shapes; an appeal followed by more than
// a small tail of the text, and one in a text too short to lose it, stay.
func TestHTMLTrimCallBlock(t *testing.T) {
	const body = "Title\n\nThe council approved the new budget for the harbour district on Tuesday after a long debate.\n\n" +
		"Works on the quay walls begin in spring and should end before the next winter storms arrive.\n\n" +
		"Residents may comment on the plans at the town hall until the end of the month.\n\n" +
		"The mayor said the district had waited twenty years for the money and thanked the regional government for its share.\n\n" +
		"Shop owners along the quay asked for the works to pause during the summer market, when most visitors come.\n\n" +
		"The opposition voted against the plan, saying the cost of the new cranes had been set too low."
	tests := []trimTailCase{
		{"appeal with its reason", "\n\nDid this story help you? Please consider supporting our newsroom.\n\nEvery gift keeps it free.", true},
		{"German sign-up and promise", "\n\nNeues direkt in deinen Posteingang:\n\nJeden Freitag die besten Geschichten.", true},
		{"Spanish appeal split over lines", "\n\nSi valoras este trabajo, apoya nuestro\n\nperiodismo.", true},
		{"appeal before a long closing section stays", "\n\nFollow us for updates on the works.\n\n" +
			"The harbour authority said the budget also covers new cranes, a second ferry berth and the repair of the old lighthouse, " +
			"which has been closed to visitors since the flood three years ago and will open again once the stairs are rebuilt.", false},
	}
	c := readCallCues()
	runTrimTails(t, c, body, tests)
	short := "Title\n\nOne paragraph.\n\nSubscribe to our newsletter\n\nEvery Friday."
	if got := c.trimEdgeLabels(short); got != short {
		t.Errorf("short text cut to:\n%s", got)
	}
}

// trimTailCase is a tail added to a body: cut says whether trimEdgeLabels
// should cut it whole.
type trimTailCase struct {
	name, tail string
	cut        bool
}

// runTrimTails runs trimEdgeLabels on body with each case's tail.
func runTrimTails(t *testing.T, c callCues, body string, tests []trimTailCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := body + tc.tail
			if tc.cut {
				want = body
			}
			if got := c.trimEdgeLabels(body + tc.tail); got != want {
				t.Errorf("trimEdgeLabels:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
