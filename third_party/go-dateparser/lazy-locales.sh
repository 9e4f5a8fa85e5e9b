#!/usr/bin/env bash
# Communique's patch of internal/data (PATCH.md): every generated locale
# file's `func init()` becomes a named loader, and internal/data/lazy.go
# calls them all once, in file name order, when GetLocaleData first runs.
# Run it here after copying a new release's files over this folder, then
# add the `loadLocales()` call at the top of GetLocaleData again.
set -euo pipefail
cd "$(dirname "$0")/internal/data"
loaders=()
for f in [a-z]*.go; do
	[ "$f" = lazy.go ] && continue
	grep -q '^func init() {' "$f" || continue
	n=load_$(basename "$f" .go | tr -c 'A-Za-z0-9\n' _)
	sed -i "s/^func init() {/func $n() {/" "$f"
	loaders+=("$n")
done
{
	echo '// Patched for communique (see PATCH.md, lazy-locales.sh): the locale'
	echo '// variables are filled on first use, by GetLocaleData, their only reader.'
	echo
	echo 'package data'
	echo
	echo 'import "sync"'
	echo
	echo 'var loadOnce sync.Once'
	echo
	echo '// loadLocales calls the loaders once, in the order Go ran them as init'
	echo '// functions (file name order).'
	echo 'func loadLocales() {'
	echo '	loadOnce.Do(func() {'
	for n in "${loaders[@]}"; do printf '\t\t%s()\n' "$n"; done
	echo '	})'
	echo '}'
} >lazy.go
gofmt -l . || true
