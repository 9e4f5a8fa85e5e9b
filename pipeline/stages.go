package pipeline

import (
	"fmt"
	"io"

	"github.com/communique/communique/corpus/clean"
	"github.com/communique/communique/corpus/decode"
	"github.com/communique/communique/extract/registry"
)

// StageConfig is what varies between the commands that process documents
// (run, crawl, eval): everything else about the stages is fixed, so that
// every command gives the same records for the same document.
type StageConfig struct {
	// MaxBytes caps the raw size of a document (0: the decoder's default).
	MaxBytes int64
	// Chrome is the chrome model the cleaner drops repeated lines by; nil
	// drops none.
	Chrome *clean.ChromeModel
	// OCRCommand is the tesseract command for image-only PDF pages (""
	// the one on PATH, "-" no OCR); PDFEngines bounds the PDFium instances
	// (one per worker). See decode.Config.
	OCRCommand string
	PDFEngines int
	// Decoder, when set, is used as the stages' decoder instead of a new
	// one (the decoder of the learning pass, whose OCR cache it shares);
	// the caller closes it.
	Decoder *decode.Decoder
}

// NewDecoder returns the decoder of every command's stages.
func NewDecoder(cfg StageConfig) (*decode.Decoder, error) {
	d, err := decode.New(decode.Config{MaxBytes: cfg.MaxBytes, OCRCommand: cfg.OCRCommand, PDFEngines: cfg.PDFEngines})
	if err != nil {
		return nil, fmt.Errorf("decoder: %w", err)
	}
	return d, nil
}

// NewStages builds the decode, clean and extract stages: the one place
// where `run`, `crawl` and `eval --docs` get them. Close the stages after
// the run (the decoder may hold PDF engines).
func NewStages(cfg StageConfig) (Stages, error) {
	decoder := cfg.Decoder
	if decoder == nil {
		var err error
		if decoder, err = NewDecoder(cfg); err != nil {
			return Stages{}, err
		}
	}
	cleaner, err := clean.New(clean.Config{Chrome: cfg.Chrome})
	if err != nil {
		return Stages{}, fmt.Errorf("cleaner: %w", err)
	}
	extractor, err := registry.New()
	if err != nil {
		return Stages{}, fmt.Errorf("extractor: %w", err)
	}
	return Stages{Decoder: decoder, Cleaner: cleaner, Extractor: extractor}, nil
}

// Close releases what the stages hold (the decoder's PDF engines).
func (s Stages) Close() error {
	if c, ok := s.Decoder.(io.Closer); ok {
		return c.Close()
	}
	return nil
}
