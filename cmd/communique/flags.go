package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/communique/communique/internal/suggest"
)

// byteSize is a flag value for sizes written as a number of bytes or with
// a unit: decimal KB, MB, GB (10MB = 10,000,000) or binary KiB, MiB, GiB
// (50MiB = 52,428,800); the unit's case and a space before it do not
// matter.
type byteSize int64

var sizeUnits = map[string]float64{
	"": 1, "b": 1,
	"k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
}

func (s *byteSize) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *byteSize) Set(v string) error {
	v = strings.TrimSpace(v)
	i := strings.IndexFunc(v, func(r rune) bool { return unicode.IsLetter(r) })
	num, unit := v, ""
	if i >= 0 {
		num, unit = strings.TrimSpace(v[:i]), strings.ToLower(v[i:])
	}
	mult, ok := sizeUnits[unit]
	if !ok {
		return fmt.Errorf("unknown unit %q (use bytes, KB, MB, GB, KiB, MiB or GiB)", v[i:])
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f < 0 || math.IsNaN(f) || math.IsInf(f, 0) || f*mult > math.MaxInt64 {
		return fmt.Errorf("%q is not a size (write 52428800, 50MB or 50MiB)", v)
	}
	*s = byteSize(f * mult)
	return nil
}

// duration is a flag value for durations with a unit (5s, 2m, 1h30m); a
// bare number is refused with a hint rather than read as nanoseconds.
type duration time.Duration

func (d *duration) String() string { return time.Duration(*d).String() }

func (d *duration) Set(v string) error {
	v = strings.TrimSpace(v)
	if _, err := strconv.ParseFloat(v, 64); err == nil && v != "0" {
		return fmt.Errorf("%q has no unit (write %ss or %sm)", v, v, v)
	}
	t, err := time.ParseDuration(v)
	if err != nil {
		return fmt.Errorf("%q is not a duration (write 30s, 5m or 1h30m)", v)
	}
	*d = duration(t)
	return nil
}

// parseFlags parses args with fs, printing nothing itself: -h prints the
// usage to stderr and returns flag.ErrHelp; an unknown flag is one line
// that suggests the nearest defined flag; other errors name the flag.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	if err == nil {
		return nil
	}
	if errors.Is(err, flag.ErrHelp) {
		fs.SetOutput(stderr)
		fs.Usage()
		return err
	}
	const undefined = "flag provided but not defined: -"
	if name, ok := strings.CutPrefix(err.Error(), undefined); ok {
		msg := fmt.Sprintf("unknown flag --%s", name)
		if near := nearestFlag(fs, name); near != "" {
			msg += fmt.Sprintf(" (did you mean --%s?)", near)
		}
		return fmt.Errorf("%s; see %s -h", msg, fs.Name())
	}
	return err
}

// nearestFlag is the defined flag closest to name (suggest.Nearest); "".
func nearestFlag(fs *flag.FlagSet, name string) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return suggest.Nearest(name, names)
}

// versionString is the module version and VCS revision the binary was
// built from (go install or go build in a checkout), with the Go version.
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "communique (no build information)"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, when, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = " (modified)"
			}
		}
	}
	out := "communique " + version
	if rev != "" {
		out += " " + rev[:min(12, len(rev))] + dirty
	}
	if when != "" {
		out += " " + when
	}
	return out + " " + info.GoVersion
}
