// Package layers holds no code: its test checks that the project's
// packages import each other only downward, as docs/architecture.md
// draws them (corpus below its decoders and the cleaner, extract below
// its extractors, the extractors below the registry, output below the
// pipeline, the pipeline below the commands).
package layers
