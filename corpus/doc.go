// Package corpus owns the document model every stage shares (Input,
// Source, Doc, Meta, Article), the decoders' error types, content
// sniffing, plain-text decoding (charsets, byte-order marks, UTF-16) and a
// few small word tests the cleaner and the PDF decoder both use. It is the
// lowest of communique's packages and imports none of them; the parts
// above it are corpus/html and corpus/pdf (decoding), corpus/decode (the
// dispatch over them) and corpus/clean (boilerplate, chrome models,
// segmentation, titles).
package corpus
