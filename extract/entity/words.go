package entity

// wordLists are the word sets the agency and people rules consult, one
// embedded file each under data/words (what each holds and its source in
// the file's header). They are read once by New and read-only afterwards.
type wordLists struct {
	affiliationTitles  map[string]bool // data/words/affiliation_titles.txt
	appositivePrefix   map[string]bool // data/words/appositive_prefix.txt
	captionWords       map[string]bool // data/words/caption_words.txt
	corporateTitles    map[string]bool // data/words/corporate_titles.txt
	dateWords          map[string]bool // data/words/date_words.txt
	facilityHeads      map[string]bool // data/words/facility_heads.txt
	foreignConnectors  map[string]bool // data/words/foreign_name_connectors.txt
	foreignOrgHeads    map[string]bool // data/words/foreign_org_heads.txt
	genericModifiers   map[string]bool // data/words/generic_modifiers.txt
	headlineVerbs      map[string]bool // data/words/headline_verbs.txt
	instrumentWords    map[string]bool // data/words/instrument_words.txt
	nameMonths         map[string]bool // data/words/name_months.txt
	nameParticles      map[string]bool // data/words/name_particles.txt
	occasionWords      map[string]bool // data/words/occasion_words.txt
	orgAppositiveNouns map[string]bool // data/words/org_appositive_nouns.txt
	orgClassNouns      map[string]bool // data/words/org_class_nouns.txt
	orgTailWords       map[string]bool // data/words/org_tail_words.txt
	postNominals       map[string]bool // data/words/post_nominals.txt
	programmeWords     map[string]bool // data/words/programme_words.txt
	regionWords        map[string]bool // data/words/region_words.txt
	sentenceStarters   map[string]bool // data/words/sentence_starters.txt
	speechVerbs        map[string]bool // data/words/speech_verbs.txt
	venueWords         map[string]bool // data/words/venue_words.txt
	weakModifiers      map[string]bool // data/words/weak_modifiers.txt
	workingGroupWords  map[string]bool // data/words/working_group_words.txt
}

// loadWordLists reads every file of data/words into its set.
func loadWordLists() (*wordLists, error) {
	w := &wordLists{}
	for _, l := range []struct {
		file string
		set  *map[string]bool
	}{
		{"affiliation_titles", &w.affiliationTitles},
		{"appositive_prefix", &w.appositivePrefix},
		{"caption_words", &w.captionWords},
		{"corporate_titles", &w.corporateTitles},
		{"date_words", &w.dateWords},
		{"facility_heads", &w.facilityHeads},
		{"foreign_name_connectors", &w.foreignConnectors},
		{"foreign_org_heads", &w.foreignOrgHeads},
		{"generic_modifiers", &w.genericModifiers},
		{"headline_verbs", &w.headlineVerbs},
		{"instrument_words", &w.instrumentWords},
		{"name_months", &w.nameMonths},
		{"name_particles", &w.nameParticles},
		{"occasion_words", &w.occasionWords},
		{"org_appositive_nouns", &w.orgAppositiveNouns},
		{"org_class_nouns", &w.orgClassNouns},
		{"org_tail_words", &w.orgTailWords},
		{"post_nominals", &w.postNominals},
		{"programme_words", &w.programmeWords},
		{"region_words", &w.regionWords},
		{"sentence_starters", &w.sentenceStarters},
		{"speech_verbs", &w.speechVerbs},
		{"venue_words", &w.venueWords},
		{"weak_modifiers", &w.weakModifiers},
		{"working_group_words", &w.workingGroupWords},
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
