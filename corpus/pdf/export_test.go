package pdf

// Hooks for the decoder-driven tests of package pdf_test, which decode
// through corpus/decode (an import this package's own tests cannot make).

// OCRAvailable reports whether the OCR command (as in Config.OCRCommand)
// can be run.
func OCRAvailable(command string) bool {
	return newTesseractOCR(command).Available()
}

// PageGarbage reports whether one page's text reads as garbage, and why.
func PageGarbage(text string) (bool, string) {
	q, why := pdfMeasureText(text).verdict()
	return q == pdfTextGarbage, why
}
