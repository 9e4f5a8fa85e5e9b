package timezone

import (
	"sync"

	"github.com/markusmobius/go-dateparser/internal/regexp"
)

// tzTables are the package's tables, built on first use instead of in
// package init (communique's patch, ../../PATCH.md): the timezone list's
// map literals and the offsets built from them cost every process that
// links the package thousands of allocations at start.
type tzTables struct {
	infos                                         []Info
	words                                         map[string]struct{}
	offsets                                       []OffsetData
	rxSearch, rxSearchIgnoreCase, rxTimezoneToken *regexp.Regexp
}

// tables returns the tables, built once.
var tables = sync.OnceValue(func() *tzTables {
	t := &tzTables{infos: newTimezoneInfoList()}
	t.words = timezoneWordsOf(t.infos)
	t.offsets, t.rxSearch, t.rxSearchIgnoreCase, t.rxTimezoneToken = offsetTables(t.infos)
	return t
})
