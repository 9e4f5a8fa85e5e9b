package clean

import "testing"

func TestStripMarkdownInline(t *testing.T) {
	tests := []struct {
		name, in string
		markdown bool
		want     string
	}{
		{"bold dateline", "**Singapore, 4 August 2022** – The Fifteenth meeting", false, "Singapore, 4 August 2022 – The Fifteenth meeting"},
		{"two bold spans", "**Ms Grace Fu** met **Mr Loh**.", false, "Ms Grace Fu met Mr Loh."},
		{"lone stars kept", "Footnote ** see below", false, "Footnote ** see below"},
		{"identifier kept", "call __init__ twice", false, "call __init__ twice"},
		{"heading in markdown", "## Background", true, "Background"},
		{"heading outside markdown kept", "## Background", false, "## Background"},
		{"separator kept", "###", true, "###"},
		{"escaped hashes", `\###`, true, "###"},
		{"hashtag kept", "#climate action", true, "#climate action"},
		{"escaped paragraph number", `2\.         Hosted by the agency`, true, "2.         Hosted by the agency"},
		{"escaped brackets and stars", `\[Annex\] costs \*estimated\*`, true, "[Annex] costs *estimated*"},
		{"escaped backslash and a path kept", `C:\\Users and C:\data`, true, `C:\Users and C:\data`},
		{"escapes kept outside markdown", `2\. Next steps`, false, `2\. Next steps`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripMarkdownInline(tt.in, tt.markdown); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
