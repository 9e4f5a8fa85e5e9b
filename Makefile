# communique: build, test, demo and benchmarks. Needs only Go.
GO    ?= go
BIN   := bin/communique

.PHONY: all build test test-race fuzz vet fmt-check demo bench bench-run bench-peers eval-unseen eval-unseen2 clean

all: build

build:
	$(GO) build -buildvcs=auto -o $(BIN) ./cmd/communique

# test: formatting, vet and every package's tests (fuzz targets run their seeds).
test: fmt-check vet
	@if [ -z "$$COMMUNIQUE_TEST_POSTGRES" ]; then echo "COMMUNIQUE_TEST_POSTGRES not set: skipping PostgreSQL integration tests (set it to a DSN, or run .ci/run, which starts a server)"; fi
	$(GO) test -timeout 20m ./...

# test-race: every package's tests under the race detector. -short skips
# only the wall-clock tests that the detector's slowdown would fail (the
# linear-time date scan, the killed-process suites, which exercise a
# binary built without -race anyway).
test-race:
	$(GO) test -race -short -timeout 20m ./...

# fuzz: every fuzz target for FUZZTIME each. A new input is minimized with
# at most 100 runs: Go's default (-fuzzminimizetime 60s, O(n^2) runs for an
# n-byte input) spends a short session minimizing the first new input of
# the PDF and HTML decoders instead of fuzzing.
FUZZTIME ?= 20s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
		for fz in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "== $$pkg $$fz"; \
			$(GO) test -run '^$$' -fuzz "^$$fz\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 100x $$pkg || exit 1; \
		done; \
	done

vet:
	$(GO) vet ./...

fmt-check:
	@out="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# demo: run over the shipped sample folder (txt, HTML, PDF releases) into
# demo/records.jsonl and demo/communique.sqlite, then print one line per
# article (counts from each record's JSON, so events show once extracted).
DEMO_SUMMARY := SELECT COALESCE(published, 'undated') AS published, \
	json_array_length(raw, '$$.people') AS people, json_array_length(raw, '$$.agencies') AS agencies, \
	json_array_length(raw, '$$.dates') AS dates, json_array_length(raw, '$$.agenda') AS agenda, \
	COALESCE(json_array_length(raw, '$$.events'), 0) AS events, title \
	FROM records ORDER BY published_start NULLS LAST, title

demo: build
	@rm -rf demo && mkdir -p demo
	./$(BIN) run --quiet -o demo/records.jsonl --sqlite demo/communique.sqlite testdata/sample
	@echo
	@./$(BIN) export --sqlite demo/communique.sqlite --format text "$(DEMO_SUMMARY)"
	@echo
	@echo "Wrote demo/records.jsonl (one JSON record per article) and demo/communique.sqlite. Next, try:"
	@echo "  ./$(BIN) show testdata/sample/joint-statement-us-japan-rok.html"
	@echo "  ./$(BIN) serve --sqlite demo/communique.sqlite     (then open http://127.0.0.1:8080/)"

# bench: micro-benchmarks of the hot stages, one CPU.
bench:
	$(GO) test -run '^$$' -bench . -benchtime 2s -cpu 1 ./...

# bench-run: the built binary over the dev corpus repeated to >= 50 MB with
# 1 and 2 workers: docs/s, MB/s and peak RSS.
bench-run: build
	scripts/bench-run.sh

# bench-peers: communique beside chrono-node, prose, go-trafilatura and
# pdftotext on the same inputs, with ratios (docs/performance.md).
bench-peers:
	scripts/bench-peers.sh

# eval-unseen: score the pipeline on the set annotated before any run
# (testdata/unseen, see its README and FIRST_RUN.md). The reference scorer
# gives the same figures: bin/communique run testdata/unseen/docs -o FILE,
# then python3 ../shared/eval/score.py --gold testdata/unseen/gold --pred FILE.
eval-unseen: build
	./$(BIN) eval --gold testdata/unseen/gold --docs testdata/unseen/docs

# eval-unseen2: the second set annotated before any run (testdata/unseen2:
# newsletters, concatenated releases, listing pages, site chrome, PDFs; see
# its README and FIRST_RUN.md). Same figures from the reference scorer:
# bin/communique run testdata/unseen2/docs -o FILE, then
# python3 ../shared/eval/score.py --gold testdata/unseen2/gold --pred FILE.
eval-unseen2: build
	./$(BIN) eval --gold testdata/unseen2/gold --docs testdata/unseen2/docs

clean:
	rm -rf bin
