package lexicon

import "sync"

// gazetteerOnce is the gazetteer read once per process: extract/dates and
// extract/entity both load it, and reading it is a third of what building
// the extractors costs (issue 21: 0.03 CPU-s of every run). It is an
// immutable table once read.
var gazetteerOnce = sync.OnceValues(loadGazetteer)

// LoadGazetteer returns the agencies, countries and cities of data/, read
// on the first call. The value is shared by every caller: read-only.
func LoadGazetteer() (*Gazetteer, error) {
	return gazetteerOnce()
}
