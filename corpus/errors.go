package corpus

import (
	"errors"
	"fmt"
)

// Errors the decoder returns, matched with errors.Is. Each document-level
// failure wraps one of them; the message says what was found.
var (
	// ErrEmpty is returned for inputs with no bytes or no visible text.
	ErrEmpty = errors.New("empty document")
	// ErrBinary is returned for content that is not text, HTML or PDF
	// (images, archives, executables, random bytes); see *BinaryError.
	ErrBinary = errors.New("unsupported binary content")
	// ErrUnsupported is returned for text formats the decoders do not
	// read, such as RSS or Atom feeds and other non-HTML XML.
	ErrUnsupported = errors.New("unsupported content")
	// ErrTooLarge is returned for inputs over DecoderConfig.MaxBytes; see
	// *TooLargeError.
	ErrTooLarge = errors.New("document too large")
	// ErrEncryptedPDF is returned for PDFs that need a password to read.
	ErrEncryptedPDF = errors.New("encrypted PDF")
	// ErrMalformedPDF is returned for truncated or corrupt PDFs.
	ErrMalformedPDF = errors.New("malformed PDF")
	// ErrNoTextLayer is returned for PDFs whose pages carry (almost) no
	// text, typically scans; see *NoTextLayerError.
	ErrNoTextLayer = errors.New("no text layer (scanned PDF?)")
	// ErrUnreadablePDF is returned for PDFs whose text layer stays
	// garbage after both PDF engines: fonts whose codes map to no Unicode
	// text.
	ErrUnreadablePDF = errors.New("unreadable text layer (custom font encoding)")
	// ErrImageOnlyPDF is returned for PDFs whose pages are images without
	// a text layer when they cannot be read by OCR.
	ErrImageOnlyPDF = errors.New("image-only page")
)

// BinaryError reports content that is not a document the decoders read.
type BinaryError struct {
	// Kind is the MIME type the bytes look like, such as image/png, or
	// application/octet-stream when unknown.
	Kind string
}

func (e *BinaryError) Error() string {
	return fmt.Sprintf("%s (looks like %s)", ErrBinary, e.Kind)
}

// Is makes errors.Is(err, ErrBinary) true.
func (e *BinaryError) Is(target error) bool { return target == ErrBinary }

// TooLargeError reports an input over the configured size limit.
type TooLargeError struct {
	Size, Max int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: %d bytes, limit %d", ErrTooLarge, e.Size, e.Max)
}

// Is makes errors.Is(err, ErrTooLarge) true.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// NoTextLayerError reports a PDF with too little text to be anything but a
// scan or an image-only document.
type NoTextLayerError struct {
	Pages, Words int
}

func (e *NoTextLayerError) Error() string {
	pages := "pages"
	if e.Pages == 1 {
		pages = "page"
	}
	return fmt.Sprintf("%s: %d words on %d %s", ErrNoTextLayer, e.Words, e.Pages, pages)
}

// Is makes errors.Is(err, ErrNoTextLayer) true.
func (e *NoTextLayerError) Is(target error) bool { return target == ErrNoTextLayer }
