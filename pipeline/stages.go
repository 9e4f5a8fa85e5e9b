package pipeline

import (
	"fmt"

	"github.com/communique/communique/corpus"
	"github.com/communique/communique/extract"
)

// StageConfig is what varies between the commands that process documents
// (run, crawl, eval): everything else about the stages is fixed, so that
// every command gives the same records for the same document.
type StageConfig struct {
	// MaxBytes caps the raw size of a document (0: the decoder's default).
	MaxBytes int64
	// Chrome is the chrome model the cleaner drops repeated lines by; nil
	// drops none.
	Chrome *corpus.ChromeModel
}

// NewDecoder returns the decoder of every command's stages.
func NewDecoder(cfg StageConfig) (*corpus.Decoder, error) {
	d, err := corpus.NewDecoder(corpus.DecoderConfig{MaxBytes: cfg.MaxBytes})
	if err != nil {
		return nil, fmt.Errorf("decoder: %w", err)
	}
	return d, nil
}

// NewStages builds the decode, clean and extract stages: the one place
// where `run`, `crawl` and `eval --docs` get them.
func NewStages(cfg StageConfig) (Stages, error) {
	decoder, err := NewDecoder(cfg)
	if err != nil {
		return Stages{}, err
	}
	cleaner, err := corpus.NewCleaner(corpus.CleanerConfig{Chrome: cfg.Chrome})
	if err != nil {
		return Stages{}, fmt.Errorf("cleaner: %w", err)
	}
	extractor, err := extract.New()
	if err != nil {
		return Stages{}, fmt.Errorf("extractor: %w", err)
	}
	return Stages{Decoder: decoder, Cleaner: cleaner, Extractor: extractor}, nil
}
