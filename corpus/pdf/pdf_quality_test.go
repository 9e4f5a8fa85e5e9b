package pdf

import (
	"strings"
	"testing"
)

func TestPDFTextQuality(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       pdfQuality
	}{
		{"release", "The Minister for Sustainability and the Environment met her counterparts on Tuesday to discuss cooperation in coastal protection, flood resilience and the circular economy, and the two sides agreed to meet again next year.", pdfTextGood},
		{"notice", "Notice of Meeting: the Advisory Commission on Public Diplomacy will hold its quarterly meeting on February 14, 2022. The meeting is open to the public and the press; members of the public may attend online.", pdfTextGood},
		{"statement with names and acronyms", "Singapore's Senior Minister Teo Chee Hean attended the UN 2023 Water Conference in New York, where PUB and NEA officials presented the nation's approach to water security and desalination to delegates from ASEAN.", pdfTextGood},
		{"French", "Le ministre des Affaires étrangères a rencontré hier son homologue allemand pour discuter de la coopération régionale et des questions de sécurité commune en Europe, puis a présenté le programme.", pdfTextGood},
		{"German", "Der Bundesminister für Umwelt hat heute in Berlin die neuen Maßnahmen zum Klimaschutz vorgestellt, die ab dem kommenden Jahr gelten sollen und viele Bürger und Unternehmen betreffen werden.", pdfTextGood},
		{"Japanese", "外務省は本日、日米サイバー対話の第八回会合を東京で開催したと発表した。両国は重要インフラの防護と情報共有の強化について協議し、次回会合を来年ワシントンで開催することで一致した。会合には両国の関係省庁から多数の代表が参加した。", pdfTextGood},
		{"dropped glyphs", "DITAL TRDETR T A ERHI nic l of Lg of of or by: Aoe tr ccn ofl pc tc rcodl, lg ecrr Tt mnistr ot SpP ec ts ersorc ti nt oft he", pdfTextGarbage},
		{"shifted codes", "Wkh Plqlvwhu iru Vxvwdlqdelolwb dqg wkh Hqylurqphqw phw khu frxqwhusduwv rq Wxhvgdb wr glvfxvv frrshudwlrq lq frdvwdo surwhfwlrq dqg iorrg uhvlolhqfh iru wkh fdslwdo.", pdfTextGarbage},
		{"private-use codes", strings.Repeat("\ue041\ue042\ue043 \ue044\ue045 ", 30), pdfTextGarbage},
		{"replacement characters", strings.Repeat("Mi\ufffd\ufffdster o\ufffd\ufffd ", 30), pdfTextGarbage},
		{"cid escapes", strings.Repeat("(cid:12)(cid:33)(cid:7) and (cid:9)(cid:41) ", 20), pdfTextGarbage},
		{"a caption", "Photo: the harbour at dawn", pdfTextSparse},
		{"a page number", "- 7 -", pdfTextSparse},
		{"nothing", "", pdfTextSparse},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := pdfMeasureText(tc.text)
			if got, why := s.verdict(); got != tc.want {
				t.Errorf("got %v (%s), want %v; stats %+v", got, why, tc.want, s)
			}
		})
	}
}

func TestPDFOCRNoise(t *testing.T) {
	for _, tc := range []struct {
		line  string
		noise bool
	}{
		{"> bi Bi ih i\" . :", true},
		{"=p", true},
		{"SMa ks 5", true},
		{"E WY advance both countries' biodiversity and nature", false},
		{"Meeting with France Ambassador to Singapore", false},
		{"On 16 January, Minister Fu met Ms Minh-di Tang,", false},
	} {
		t.Run(tc.line, func(t *testing.T) {
			if got := pdfOCRNoise(tc.line); got != tc.noise {
				t.Errorf("pdfOCRNoise(%q) = %v, want %v", tc.line, got, tc.noise)
			}
		})
	}
}
