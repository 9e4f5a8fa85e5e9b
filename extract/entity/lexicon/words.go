package lexicon

// WordLists are the word sets the agency and people rules consult, one
// embedded file each under data/words (what each holds and its source in
// the file's header). They are read once by New and read-only afterwards.
type WordLists struct {
	AffiliationTitles  map[string]bool // data/words/affiliation_titles.txt
	AppositivePrefix   map[string]bool // data/words/appositive_prefix.txt
	CaptionWords       map[string]bool // data/words/caption_words.txt
	CorporateTitles    map[string]bool // data/words/corporate_titles.txt
	DateWords          map[string]bool // data/words/date_words.txt
	FacilityHeads      map[string]bool // data/words/facility_heads.txt
	FamilyNameEndings  map[string]bool // data/words/family_name_endings.txt
	ForeignConnectors  map[string]bool // data/words/foreign_name_connectors.txt
	ForeignOrgHeads    map[string]bool // data/words/foreign_org_heads.txt
	GenericModifiers   map[string]bool // data/words/generic_modifiers.txt
	HeadlineVerbs      map[string]bool // data/words/headline_verbs.txt
	InstrumentWords    map[string]bool // data/words/instrument_words.txt
	NameMonths         map[string]bool // data/words/name_months.txt
	NameParticles      map[string]bool // data/words/name_particles.txt
	OccasionWords      map[string]bool // data/words/occasion_words.txt
	OrgAppositiveNouns map[string]bool // data/words/org_appositive_nouns.txt
	OrgClassNouns      map[string]bool // data/words/org_class_nouns.txt
	OrgTailWords       map[string]bool // data/words/org_tail_words.txt
	PersonCues         map[string]bool // data/words/person_cues.txt
	PersonNouns        map[string]bool // data/words/person_nouns.txt
	PostNominals       map[string]bool // data/words/post_nominals.txt
	ProgrammeWords     map[string]bool // data/words/programme_words.txt
	RegionWords        map[string]bool // data/words/region_words.txt
	SentenceAdverbs    map[string]bool // data/words/sentence_adverbs.txt
	SentenceStarters   map[string]bool // data/words/sentence_starters.txt
	SpeechVerbs        map[string]bool // data/words/speech_verbs.txt
	StreetHeads        map[string]bool // data/words/street_heads.txt
	VenueWords         map[string]bool // data/words/venue_words.txt
	WeakModifiers      map[string]bool // data/words/weak_modifiers.txt
	WorkingGroupWords  map[string]bool // data/words/working_group_words.txt
}

// LoadWordLists reads every file of data/words into its set.
func LoadWordLists() (*WordLists, error) {
	w := &WordLists{}
	for _, l := range []struct {
		file string
		set  *map[string]bool
	}{
		{"affiliation_titles", &w.AffiliationTitles},
		{"appositive_prefix", &w.AppositivePrefix},
		{"caption_words", &w.CaptionWords},
		{"corporate_titles", &w.CorporateTitles},
		{"date_words", &w.DateWords},
		{"facility_heads", &w.FacilityHeads},
		{"family_name_endings", &w.FamilyNameEndings},
		{"foreign_name_connectors", &w.ForeignConnectors},
		{"foreign_org_heads", &w.ForeignOrgHeads},
		{"generic_modifiers", &w.GenericModifiers},
		{"headline_verbs", &w.HeadlineVerbs},
		{"instrument_words", &w.InstrumentWords},
		{"name_months", &w.NameMonths},
		{"name_particles", &w.NameParticles},
		{"occasion_words", &w.OccasionWords},
		{"org_appositive_nouns", &w.OrgAppositiveNouns},
		{"org_class_nouns", &w.OrgClassNouns},
		{"org_tail_words", &w.OrgTailWords},
		{"person_cues", &w.PersonCues},
		{"person_nouns", &w.PersonNouns},
		{"post_nominals", &w.PostNominals},
		{"programme_words", &w.ProgrammeWords},
		{"region_words", &w.RegionWords},
		{"sentence_adverbs", &w.SentenceAdverbs},
		{"sentence_starters", &w.SentenceStarters},
		{"speech_verbs", &w.SpeechVerbs},
		{"street_heads", &w.StreetHeads},
		{"venue_words", &w.VenueWords},
		{"weak_modifiers", &w.WeakModifiers},
		{"working_group_words", &w.WorkingGroupWords},
	} {
		set := map[string]bool{}
		err := readLines("data/words/"+l.file+".txt", func(line string) error {
			set[line] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
		*l.set = set
	}
	return w, nil
}
