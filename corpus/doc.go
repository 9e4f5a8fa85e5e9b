// Package corpus owns the document model (Input, Doc, Article) and turning
// raw bytes into clean articles: content sniffing, text/HTML/PDF decoding,
// boilerplate removal and segmentation into articles. It imports none of
// communique's other packages.
package corpus
