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
		{"anchor before heading", `## <a href="" id="uefi"></a>Register today for the summit`, true, "Register today for the summit"},
		{"named anchor before heading", `### <a name="s2"></a>Second session`, true, "Second session"},
		{"span in text", `Ministers met <span class="x">in Hanoi</span> on Monday.`, true, "Ministers met in Hanoi on Monday."},
		{"line break tag", "First line<br/>second line", true, "First line second line"},
		{"footnote mark dropped", "the Committee on Climate Change<sup>1</sup>), and", true, "the Committee on Climate Change), and"},
		{"footnote mark at line start", "<sup>2</sup>More details are online.", true, "More details are online."},
		{"starred footnote mark", "Growth of 3.1%<sup>*</sup> was recorded", true, "Growth of 3.1% was recorded"},
		{"superscript word kept", "the 1<sup>st</sup> meeting", true, "the 1st meeting"},
		{"email autolink kept", "Write to <press@example.org> today", true, "Write to <press@example.org> today"},
		{"web autolink kept", "See <https://example.org/a> now", true, "See <https://example.org/a> now"},
		{"angle words kept", "the <Company Name> field", true, "the <Company Name> field"},
		{"html outside markdown kept", `## <a id="x"></a>Title`, false, `## <a id="x"></a>Title`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripMarkdownInline(tt.in, tt.markdown); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
