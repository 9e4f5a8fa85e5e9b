package score

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Records are decoded generically (map[string]any with json.Number) and
// read with the reference scorer's Python semantics: the helpers below are
// Python's truthiness, str(), len() and iteration over decoded JSON values.

// truthy is Python's bool() of a decoded JSON value.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case json.Number:
		f, err := x.Float64()
		return err != nil || f != 0
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

// or returns v when it is truthy, else def: Python's `v or def`.
func or(v, def any) any {
	if truthy(v) {
		return v
	}
	return def
}

// text returns v when it is a string and "" otherwise; the reference fails
// on non-string text (titles, names), this port reads it as empty.
func text(v any) string {
	s, _ := v.(string)
	return s
}

// get is dict.get(key, def) on a decoded object; a non-object has no keys.
func get(v any, key string, def any) any {
	m, ok := v.(map[string]any)
	if !ok {
		return def
	}
	if x, ok := m[key]; ok {
		return x
	}
	return def
}

// isPyInt reports whether a JSON number is an int to Python's json module
// (no fraction, no exponent).
func isPyInt(n json.Number) bool {
	return !strings.ContainsAny(string(n), ".eE")
}

// pyInt returns the value of an integral JSON number or a bool (a Python int
// too), and whether v is one.
func pyInt(v any) (int64, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case json.Number:
		if !isPyInt(x) {
			return 0, false
		}
		i, err := strconv.ParseInt(string(x), 10, 64)
		if err != nil {
			return 0, false // beyond int64: beyond any list index anyway
		}
		return i, true
	}
	return 0, false
}

// pyStr is Python's str() of a decoded JSON value.
func pyStr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return x
	case json.Number:
		return pyNumber(x)
	}
	return pyRepr(v)
}

// pyNumber formats a JSON number as Python prints the int or float that
// json.loads makes of it.
func pyNumber(n json.Number) string {
	s := string(n)
	if isPyInt(n) {
		if strings.TrimLeft(strings.TrimPrefix(s, "-"), "0") == "" {
			return "0"
		}
		return s
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return pyFloat(f)
}

// pyFloat is Python's repr() of a float: the shortest round-tripping
// digits, fixed notation with at least one decimal for exponents -4..15,
// scientific notation otherwise.
func pyFloat(f float64) string {
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, err := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if err == nil && exp >= -4 && exp < 16 {
		s := strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.ContainsAny(s, ".") {
			s += ".0"
		}
		return s
	}
	return e
}

// pyRepr is a best-effort Python repr() of lists and objects (their keys
// sorted: decoding does not keep their order).
func pyRepr(v any) string {
	switch x := v.(type) {
	case string:
		return "'" + x + "'"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = pyRepr(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := sortedKeys(x)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = "'" + k + "': " + pyRepr(x[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return pyStr(v)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// pyIter is Python's iteration over a decoded JSON value: a list's
// elements, a string's characters, an object's keys. Other values (which
// Python cannot iterate) yield nothing.
func pyIter(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case string:
		out := make([]any, 0, len(x))
		for _, r := range x {
			out = append(out, string(r))
		}
		return out
	case map[string]any:
		keys := sortedKeys(x)
		out := make([]any, len(keys))
		for i, k := range keys {
			out[i] = k
		}
		return out
	}
	return nil
}

// pyLen is Python's len() of a decoded JSON value; 0 for values without one.
func pyLen(v any) int {
	switch x := v.(type) {
	case []any:
		return len(x)
	case string:
		return utf8.RuneCountInString(x)
	case map[string]any:
		return len(x)
	}
	return 0
}

// pyEqual is Python's == on decoded JSON values (numbers and bools compare
// by value: 1 == 1.0 == True).
func pyEqual(a, b any) bool {
	if na, ok := pyNum(a); ok {
		nb, ok := pyNum(b)
		return ok && na == nb
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !pyEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, xv := range x {
			yv, ok := y[k]
			if !ok || !pyEqual(xv, yv) {
				return false
			}
		}
		return true
	}
	return false
}

func pyNum(v any) (float64, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	}
	return 0, false
}

// prefix returns the first n characters (code points) of s: Python's s[:n].
func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
