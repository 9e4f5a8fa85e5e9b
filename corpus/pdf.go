package corpus

import "context"

func (d *Decoder) decodePDF(ctx context.Context, body []byte, doc *Doc) error {
	return ErrMalformedPDF
}
