//go:build !unix

package output

import "os"

// lockTemp is a no-op where flock(2) is missing: every temporary file
// counts as held, so none is ever removed by another run.
func lockTemp(*os.File) (bool, error) { return true, nil }

// canLockTemps reports whether lockTemp tells live temporary files from
// abandoned ones on this system.
const canLockTemps = false
