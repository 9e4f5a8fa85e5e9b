package agenda

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateAgenda = flag.Bool("update", false, "rewrite the golden files in testdata/agenda")

func mustFinder(t testing.TB) *Finder {
	t.Helper()
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// outline renders items as "label|title|parentLabel" lines for comparison.
func outline(items []AgendaItem) []string {
	var out []string
	for _, it := range items {
		p := "-"
		if it.Parent != nil {
			p = items[*it.Parent].Label
		}
		out = append(out, fmt.Sprintf("%s|%s|%s|%d", it.Label, it.Title, p, it.Level))
	}
	return out
}

func TestAgendaLabelStyles(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // label|title|parent|level
	}{
		{"dot", "1. First topic\nBody.\n2. Second topic\nBody.", []string{"1.|First topic|-|1", "2.|Second topic|-|1"}},
		{"dot without space", "1.Major achievements\nText.\n2.Future plans\nText.", []string{"1.|Major achievements|-|1", "2.|Future plans|-|1"}},
		{"paren", "(1) Cloud\nText.\n(2) Security\nText.", []string{"(1)|Cloud|-|1", "(2)|Security|-|1"}},
		{"missing bracket", "(5) Privacy\nText.\n(6Promoting Cloud Computing\nText.\n(7) Open Data\nText.", []string{"(5)|Privacy|-|1", "(6|Promoting Cloud Computing|-|1", "(7)|Open Data|-|1"}},
		{"close paren", "1) Alpha item\n2) Beta item", []string{"1)|Alpha item|-|1", "2)|Beta item|-|1"}},
		{"square", "[1] Alpha item\n[2] Beta item", []string{"[1]|Alpha item|-|1", "[2]|Beta item|-|1"}},
		{"letters", "(a) Alpha\nText.\n(b) Beta\nText.", []string{"(a)|Alpha|-|1", "(b)|Beta|-|1"}},
		{"upper letters", "A. Alpha\nText.\nB. Beta\nText.", []string{"A.|Alpha|-|1", "B.|Beta|-|1"}},
		{"roman dot", "i. Alpha\nText.\nii. Beta\nText.\niii. Gamma\nText.", []string{"i.|Alpha|-|1", "ii.|Beta|-|1", "iii.|Gamma|-|1"}},
		{"upper roman", "I. Alpha\nText.\nII. Beta\nText.\nIII. Gamma\nText.\nIV. Delta\nText.", []string{"I.|Alpha|-|1", "II.|Beta|-|1", "III.|Gamma|-|1", "IV.|Delta|-|1"}},
		{"bulleted roman", "needs:\n\n- (i) Coordination on policy;\n- (ii) Promotion of services; and\n- (iii) Cooperation on research.", []string{"(i)|Coordination on policy|-|1", "(ii)|Promotion of services|-|1", "(iii)|Cooperation on research.|-|1"}},
		{"indented", "Text:\n\n  1. Open Internet;\n  2. Data use\n  3. Others", []string{"1.|Open Internet|-|1", "2.|Data use|-|1", "3.|Others|-|1"}},
		{"decimal", "1. Scope\nText.\n1.1 Purpose\nText.\n1.2 Definitions\nText.\n2. Rules\nText.\n2.1 General\nText.\n2.1.1 Details\nText.",
			[]string{"1.|Scope|-|1", "1.1|Purpose|1.|2", "1.2|Definitions|1.|2", "2.|Rules|-|1", "2.1|General|2.|2", "2.1.1|Details|2.1|3"}},
		{"numbered paragraphs", "1 Bilateral relations between the two countries have grown since 1990. More text.\n\n2 On environmental cooperation, the memorandum has fostered a closer partnership.",
			[]string{"1|Bilateral relations between the two countries have grown since 1990.|-|1", "2|On environmental cooperation, the memorandum has fostered a closer partnership.|-|1"}},
		{"numbered paragraphs from 2", "Singapore, 10 October 2023 – The award was presented today to four recipients at a ceremony.\n\n2 The award is the highest environmental accolade for individuals and organisations.\n\n3 A total of 61 nominations were received this year from all parts of the country.",
			[]string{"2|The award is the highest environmental accolade for individuals and organisations.|-|1", "3|A total of 61 nominations were received this year from all parts of the country.|-|1"}},
		{"gap in a numbered list", "1. Alpha item\n2. Beta item\nClosing our loops 3. Gamma merged into a heading\n4. Delta item\n5. Epsilon item",
			[]string{"1.|Alpha item|-|1", "2.|Beta item|-|1", "4.|Delta item|-|1", "5.|Epsilon item|-|1"}},
		{"numbered paragraphs whose first numbers were lost", "Shoring up coastal protection 3 To protect the coast, the agency has set out adaptation measures.\n\n4 The measures will be designed to enhance our living environment in many ways.\n\n5 Studies of the north-west coast will start this year and run for two years.\n\n6 The agency will consult residents and businesses along the coast on the options.",
			[]string{"4|The measures will be designed to enhance our living environment in many ways.|-|1", "5|Studies of the north-west coast will start this year and run for two years.|-|1", "6|The agency will consult residents and businesses along the coast on the options.|-|1"}},
		{"bold paragraph numbers", "**1 WE,** the Member States of the Association gathered on the occasion of the Summit;\n\n**2** **APPRECIATING** the support for centrality in the evolving regional architecture;\n\n**3 REAFFIRMING** the importance of adhering to key principles and shared values;",
			[]string{"1|WE, the Member States of the Association gathered on the occasion of the Summit|-|1", "2|APPRECIATING the support for centrality in the evolving regional architecture|-|1", "3|REAFFIRMING the importance of adhering to key principles and shared values|-|1"}},
		{"a short numbered paragraph that continues the list", "1 The two Ministers met in the capital and reviewed the progress of joint projects.\n\n2 They agreed to widen cooperation on coastal protection and water research.\n\n3 The next round will be held in 2026.",
			[]string{"1|The two Ministers met in the capital and reviewed the progress of joint projects.|-|1", "2|They agreed to widen cooperation on coastal protection and water research.|-|1", "3|The next round will be held in 2026.|-|1"}},
		{"short numbered paragraphs in a run", "2 The delegation visited the new water reclamation plant on the first day.\n\n3 Both sides signed a memorandum.\n\n4 Thailand will host the next one.",
			[]string{"2|The delegation visited the new water reclamation plant on the first day.|-|1", "3|Both sides signed a memorandum.|-|1", "4|Thailand will host the next one.|-|1"}},
		{"a short numbered closing line after long ones", "1 The Committee reviewed the work of its three working groups over the past year.\n\n2 Members adopted the budget and the work plan for the coming two years.\n\n3 Issued in Geneva.",
			[]string{"1|The Committee reviewed the work of its three working groups over the past year.|-|1", "2|Members adopted the budget and the work plan for the coming two years.|-|1", "3|Issued in Geneva.|-|1"}},
		{"numbered paragraphs with a citation of something else", "See the report [4] of last year.\n\n1 The two Ministers met in the capital and reviewed the progress of joint projects.\n\n2 They agreed to widen cooperation on coastal protection.",
			[]string{"1|The two Ministers met in the capital and reviewed the progress of joint projects.|-|1", "2|They agreed to widen cooperation on coastal protection.|-|1"}},
		{"a short numbered line after a list of another kind", "1. Opening\nText.\n2. Trade\nText.\n\n3 Ministers attended.",
			[]string{"1.|Opening|-|1", "2.|Trade|-|1"}},
		{"markdown bold", "**(I) Strengthening Action**\n\nText of the section follows here.\n\n**(II) Promoting Growth**\n\nMore text.", []string{"(I)|Strengthening Action|-|1", "(II)|Promoting Growth|-|1"}},
		{"title starting with number", "1. 23rd Policy Dialogue\nText.\n2. 6th Strategy Workshop\nText.", []string{"1.|23rd Policy Dialogue|-|1", "2.|6th Strategy Workshop|-|1"}},
	}
	f := mustFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := outline(f.Find(tc.text))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAgendaNotLabels(t *testing.T) {
	cases := []struct{ name, text string }{
		{"inline enumeration", "The sides agreed to collaborate in (1) cloud computing, (2) cyber security and (3) privacy."},
		{"acronym in brackets", "(APEC) Data Privacy Subgroup will meet.\n(OECD) Another line here."},
		{"quantity", "1. 5% of the budget\n2. 000 more"},
		{"initial at line start", "J. Smith said the meeting went well."},
		{"orphan label", "Some text.\n\n7) A stray numbered line with no list.\n\nMore text."},
		{"year", "2014 was a year of progress for the dialogue between both sides."},
		{"abbreviation", "U.S. officials met their counterparts.\nA. Lincoln is not a list."},
		{"quantities at paragraph starts", "2 million people used the service last year, up from 1.5 million the year before.\n\n10 types of appliances qualify for the vouchers under the rules announced today."},
		{"capitalized quantity alone", "Singapore, 1 May 2024 – The meeting opened today in the capital with a welcome address.\n\n5 Ministers attended the meeting, which was held in the capital over two days this week.\n\nThe talks went well."},
		{"a short numbered line that starts no list", "5 Ministers attended.\n\n6 Agencies sent observers."},
		{"a dateline is no numbered paragraph", "1 The two sides met in the capital and reviewed the progress of their joint projects.\n\n2 March 2024 – The talks continued on the second day with a session on trade and water."},
		{"footnotes cited in brackets", "Record of conversation [1]\n\nThe Minister [2] met the Ambassador [3] to discuss trade.\n\n1 Officials of the two departments were present at the talks.\n\n2 Foreign Minister from 1949.\n\n3 Ambassador to Japan from 1955."},
		{"a footnote cited after its full stop", "The Committee met in closed session.[1] Its report follows.\n\n1 The record of the closed session was not published with the report."},
		{"notes cited in running text of a long record", "Lord Chatfield [12] spoke first, then Sir Robert Craigie [13] answered.\n\n12 Minister for the Coordination of Defence at the time.\n\n13 Ambassador in Tokyo."},
		{"capitalized quantities out of sequence", "3 Ministers attended the meeting, which was held in the capital over two days this week.\n\n7 Agencies sent observers to the meeting, which closed with a joint statement on trade."},
	}
	f := mustFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := f.Find(tc.text); len(got) != 0 {
				t.Errorf("got %q, want no items", outline(got))
			}
		})
	}
}

func TestAgendaHierarchy(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"nested by first appearance", "1.Major achievements\nIntro.\n(1) Cloud\nText.\n(2) Security\nText.\n2.Future plans\nText.",
			[]string{"1.|Major achievements|-|1", "(1)|Cloud|1.|2", "(2)|Security|1.|2", "2.|Future plans|-|1"}},
		{"three levels", "1. Dialogue\n\n(1) Overview\n\nText here.\n\n(2) Achievements\n\ni. Collaboration\n\nText.\n\nii. Regulation\n\nText.\n\n2. Workshop\n\n(1) Overview\n\nText.",
			[]string{"1.|Dialogue|-|1", "(1)|Overview|1.|2", "(2)|Achievements|1.|2", "i.|Collaboration|(2)|3", "ii.|Regulation|(2)|3", "2.|Workshop|-|1", "(1)|Overview|2.|2"}},
		{"letter i after h", "(g) Seventh item\n(h) Eighth item\n(i) Ninth item\n(j) Tenth item",
			[]string{"(g)|Seventh item|-|1", "(h)|Eighth item|-|1", "(i)|Ninth item|-|1", "(j)|Tenth item|-|1"}},
		{"roman after letters", "(a) Heading A\n\nBody text of heading A is long enough.\n\n(i) First sub\n(ii) Second sub\n\n(b) Heading B\n\nBody.",
			[]string{"(a)|Heading A|-|1", "(i)|First sub|(a)|2", "(ii)|Second sub|(a)|2", "(b)|Heading B|-|1"}},
		{"roman v and x", "(iv) Fourth\n(v) Fifth\n(vi) Sixth\n(vii) Seventh\n(viii) Eighth\n(ix) Ninth\n(x) Tenth",
			[]string{"(iv)|Fourth|-|1", "(v)|Fifth|-|1", "(vi)|Sixth|-|1", "(vii)|Seventh|-|1", "(viii)|Eighth|-|1", "(ix)|Ninth|-|1", "(x)|Tenth|-|1"}},
		{"tight list closes before next list", "Industry asked for:\n\n- (i) Coordination;\n- (ii) Promotion.\n\nTaking account of the statement, participants discussed:\n\n(1) Internet Policy Issues\n\n(a) Participants reaffirmed the principles. They agreed more.\n\n(b) Recognizing concerns, participants shared views.\n\n(2) Cloud Computing\n\nText.",
			[]string{"(i)|Coordination|-|1", "(ii)|Promotion.|-|1", "(1)|Internet Policy Issues|-|1", "(a)|Participants reaffirmed the principles.|(1)|2", "(b)|Recognizing concerns, participants shared views.|(1)|2", "(2)|Cloud Computing|-|1"}},
		{"restart after unnumbered heading", "(1) Growth\n\nText of growth.\n\n(2) Development\n\nText of development.\n\nIndustry Participation\n\nOn March 11, industry representatives submitted a statement addressing the importance of:\n\n  1. Open Internet;\n  2. Data Use\n  3. Others",
			[]string{"(1)|Growth|-|1", "(2)|Development|-|1", "1.|Open Internet|-|1", "2.|Data Use|-|1", "3.|Others|-|1"}},
		{"running header does not break a list", "(1) Overview\n\nSome overview text.\n\n(2) Main achievements\n\niv. Human resources\n\nThe EU side explained the ideal state of development in the society.\n\nResults of the Policy Dialogue and Workshop\n\nv. 5G\n\nThe EU side explained a roadmap for the early realization of networks.",
			[]string{"(1)|Overview|-|1", "(2)|Main achievements|-|1", "iv.|Human resources|(2)|2", "v.|5G|(2)|2"}},
		{"heading list resumes after a paragraph item", "1.Major achievements of the meeting at this time. At this meeting, reports were made on progress.\n(1) Cloud computing service\nText of the cloud.\n(2) Cyber security\nText of security.\n2.Future plans\nThe next meeting will be held in Tokyo.",
			[]string{"1.|Major achievements of the meeting at this time.|-|1", "(1)|Cloud computing service|-|1", "(2)|Cyber security|-|1", "2.|Future plans|-|1"}},
		{"restart of same style is a sibling", "1. Alpha\n\nText.\n\n2. Beta\n\nText.\n\n1. Gamma\n\nText.",
			[]string{"1.|Alpha|-|1", "2.|Beta|-|1", "1.|Gamma|-|1"}},
		{"heading does not nest under paragraph", "1 Bilateral relations between the two countries have grown steadily since 1990, with many visits.\n\n**(I) Strengthening Collective Action**\n\n2 Inclusive and constructive multilateral cooperation is the bedrock of our shared interests.\n\n**(II) Promoting Development**\n\n3 Both countries share a commitment to green growth and sustainable development.",
			[]string{"1|Bilateral relations between the two countries have grown steadily since 1990, with many visits.|-|1", "(I)|Strengthening Collective Action|-|1", "2|Inclusive and constructive multilateral cooperation is the bedrock of our shared interests.|(I)|2", "(II)|Promoting Development|-|1", "3|Both countries share a commitment to green growth and sustainable development.|(II)|2"}},
	}
	f := mustFinder(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := outline(f.Find(tc.text))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestAgendaSpansAndText(t *testing.T) {
	text := "Intro paragraph.\n\n1. Alpha\n\nAlpha body.\n\n(1) Sub one\n\nSub body.\n\n2. Beta\n\nBeta body."
	items := mustFinder(t).Find(text)
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3: %q", len(items), outline(items))
	}
	checks := []struct {
		i          int
		span, body string
	}{
		{0, "1. Alpha\n\nAlpha body.\n\n(1) Sub one\n\nSub body.", "Alpha\n\nAlpha body."},
		{1, "(1) Sub one\n\nSub body.", "Sub one\n\nSub body."},
		{2, "2. Beta\n\nBeta body.", "Beta\n\nBeta body."},
	}
	for _, c := range checks {
		it := items[c.i]
		if got := text[it.Start:it.End]; got != c.span {
			t.Errorf("item %d span %q, want %q", c.i, got, c.span)
		}
		if it.Text != c.body {
			t.Errorf("item %d text %q, want %q", c.i, it.Text, c.body)
		}
	}
}

func TestAgendaFirstSentenceTitle(t *testing.T) {
	cases := []struct{ text, want string }{
		{"(a) Participants reaffirmed the importance of the principles, including:", "Participants reaffirmed the importance of the principles, including:"},
		{"1. The United States and Japan held talks. They agreed to meet again.", "The United States and Japan held talks."},
		{"1. Mr. J. Smith of the U.S. Department met Dr. Lee. They spoke.", "Mr. J. Smith of the U.S. Department met Dr. Lee."},
		{"1. *United Nations Framework Convention (UNFCCC).* China and Singapore will continue.", "United Nations Framework Convention (UNFCCC)."},
	}
	f := mustFinder(t)
	for _, tc := range cases {
		items := f.Find(tc.text + "\n2. Next item")
		if len(items) == 0 {
			t.Errorf("%q: no items", tc.text)
			continue
		}
		if items[0].Title != tc.want {
			t.Errorf("got %q, want %q", items[0].Title, tc.want)
		}
	}
}

// TestAgendaGolden runs the finder over testdata/agenda/*.txt and compares
// with the .golden.json beside each (go test -update rewrites them).
func TestAgendaGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "agenda", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no agenda test documents: %v", err)
	}
	f := mustFinder(t)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.MarshalIndent(f.Find(string(raw)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
			if *updateAgenda {
				if err := os.WriteFile(golden, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(b) != string(want) {
				t.Errorf("%s differs from %s:\n%s", file, golden, b)
			}
		})
	}
}

// checkAgendaInvariants fails t when items break the AgendaItem contract.
func checkAgendaInvariants(t *testing.T, text string, items []AgendaItem) {
	t.Helper()
	for i, it := range items {
		if it.Start < 0 || it.Start > it.End || it.End > len(text) {
			t.Fatalf("item %d span [%d,%d) outside text of %d bytes", i, it.Start, it.End, len(text))
		}
		if it.Label == "" || !strings.HasPrefix(text[it.Start:], it.Label) {
			t.Fatalf("item %d label %q not at its start %q", i, it.Label, text[it.Start:min(it.Start+10, len(text))])
		}
		if it.Parent != nil {
			p := *it.Parent
			if p < 0 || p >= i {
				t.Fatalf("item %d parent %d does not point backwards", i, p)
			}
			if items[p].Level != it.Level-1 {
				t.Fatalf("item %d level %d under parent level %d", i, it.Level, items[p].Level)
			}
			if items[p].Start > it.Start || items[p].End < it.End {
				t.Fatalf("item %d span not inside its parent's", i)
			}
		} else if it.Level != 1 {
			t.Fatalf("item %d at level %d without parent", i, it.Level)
		}
		if i > 0 && items[i-1].Start >= it.Start {
			t.Fatalf("items %d and %d out of order", i-1, i)
		}
	}
}

func FuzzAgendaFind(f *testing.F) {
	seeds := []string{
		"1. A\n(1) B\n(a) C\ni. D\n2. E",
		"(6Promoting Cloud\n(7) Open Data",
		"- (i) One;\n- (ii) Two\n\nPara.\n\n(1) Three",
		"1.1 X\n1.2 Y\n2.3.1 Z",
		"(h) H\n(i) I\n(j) J",
		"I. A\nII. B\n\nHeading Here\n\nLong enough body paragraph to count as the body of a heading.\n\n1. C",
		"**(I) Bold**\n\n1 Numbered paragraph that is long enough to be one, really it is.",
		"1.\n(\n[1\n1.1.\n(ii\nv. 5G",
	}
	if files, _ := filepath.Glob(filepath.Join("testdata", "agenda", "*.txt")); len(files) > 0 {
		for _, file := range files {
			if b, err := os.ReadFile(file); err == nil {
				seeds = append(seeds, string(b))
			}
		}
	}
	for _, s := range seeds {
		f.Add(s)
	}
	finder, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkAgendaInvariants(t, text, finder.Find(text))
	})
}

func BenchmarkAgendaFind(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "agenda", "*.txt"))
	var texts []string
	size := 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	if len(texts) == 0 {
		b.Skip("no agenda test documents")
	}
	f := mustFinder(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			f.Find(t)
		}
	}
}
