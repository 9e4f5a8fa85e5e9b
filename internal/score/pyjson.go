package score

import (
	"encoding/json"
	"fmt"
)

// The --json summary and the --detail lines are written exactly as the
// reference writes them with json.dumps(..., ensure_ascii=False): ", " and
// ": " separators, keys in insertion order, floats as Python's repr, only
// control characters escaped. Byte-identical output lets a test diff the
// two scorers.

// member is one key of an ordered JSON object.
type member struct {
	key string
	val any
}

// object is a JSON object whose keys keep their order.
type object []member

// appendPyJSON appends the Python json.dumps form of v to b.
func appendPyJSON(b []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...)
	case bool:
		if x {
			return append(b, "true"...)
		}
		return append(b, "false"...)
	case string:
		return appendPyString(b, x)
	case int:
		return fmt.Appendf(b, "%d", x)
	case float64:
		return append(b, pyFloat(x)...)
	case json.Number:
		return append(b, pyNumber(x)...)
	case object:
		b = append(b, '{')
		for i, m := range x {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendPyString(b, m.key)
			b = append(b, ": "...)
			b = appendPyJSON(b, m.val)
		}
		return append(b, '}')
	case map[string]any:
		keys := sortedKeys(x)
		o := make(object, len(keys))
		for i, k := range keys {
			o[i] = member{k, x[k]}
		}
		return appendPyJSON(b, o)
	case []any:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendPyJSON(b, e)
		}
		return append(b, ']')
	case []string:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendPyString(b, e)
		}
		return append(b, ']')
	}
	return appendPyString(b, fmt.Sprint(v))
}

const hexDigits = "0123456789abcdef"

// appendPyString quotes s as json.dumps(ensure_ascii=False) does.
func appendPyString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		case '\b':
			b = append(b, `\b`...)
		case '\f':
			b = append(b, `\f`...)
		default:
			b = append(b, `\u00`...)
			b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// pyJSON returns the json.dumps form of v.
func pyJSON(v any) string {
	return string(appendPyJSON(nil, v))
}
