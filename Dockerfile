# communique as a container: a static binary on a small Debian base with
# Tesseract for OCR of image-only PDF pages, run as a non-root user.
#
#   docker build -t communique .
#   docker run --rm -v "$PWD/releases:/data:ro" communique run /data > records.jsonl
#   docker run --rm -v crawl-state:/state communique crawl --state /state --seed https://... --sqlite /state/releases.db --once
#
# (Built from the repository root; needs a container registry for the base
# images.)

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
COPY third_party ./third_party
RUN go mod download
COPY . .
# CGO off: the SQLite driver is pure Go, so the binary is static.
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags "-s -w" -o /out/communique ./cmd/communique

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tesseract-ocr tesseract-ocr-eng \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /state --create-home communique
COPY --from=build /out/communique /usr/local/bin/communique
USER communique
WORKDIR /state
ENTRYPOINT ["communique"]
CMD ["--help"]
