// Command peerbench runs the Go ports of the peers (go-trafilatura for main
// text, go-htmldate for the publication date) and prose v2 (named entities
// of plain text, for scripts/bench-peers.sh) over the files of a
// benchmark and writes one JSON object mapping each file name to the
// peer's result, for scripts/peer_score.py to score beside communique's.
// It is a separate module so that the peers' dependencies stay out of
// communique's own module.
//
//	go run . -mode text -dir DIR < names > traf.json
//	go run . -mode date -dir DIR < names > date.json
//	go run . -mode ner -dir DIR < names > ner.json
//
// Names are read from standard input, one per line; a name missing under
// DIR is looked up under the -alt folders in order.
package main
