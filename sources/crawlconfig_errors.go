package sources

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/communique/communique/internal/suggest"
)

// YAML decoding errors name Go types ("field max_deph not found in type
// sources.ScopeConfig", "cannot unmarshal !!str `x` into int"); the
// configuration's users know keys and lines. configErrors rewrites each
// message in those terms, suggesting the nearest key for a misspelt one.

// configSections are the configuration's structs by their Go type name,
// with the key path a user writes them under.
var configSections = map[string]struct {
	path string
	typ  reflect.Type
}{
	"CrawlConfig":  {"", reflect.TypeFor[CrawlConfig]()},
	"ScopeConfig":  {"scope", reflect.TypeFor[ScopeConfig]()},
	"RetryConfig":  {"retry", reflect.TypeFor[RetryConfig]()},
	"OutputConfig": {"output", reflect.TypeFor[OutputConfig]()},
	"SiteConfig":   {"sites", reflect.TypeFor[SiteConfig]()},
}

var (
	unknownFieldRE = regexp.MustCompile(`^line (\d+): field (\S+) not found in type \S*?\.?(\w+)$`)
	cannotDecodeRE = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+) `(.*)` into (\\S+)$")
)

// goTypeWords says what a Go type expects, in a user's words.
var goTypeWords = map[string]string{
	"int": "a whole number", "int64": "a whole number", "float64": "a number", "bool": "true or false",
	"string": "text", "[]string": "a list", "*int": "a whole number", "*bool": "true or false",
}

// configErrors rewrites a YAML decoding error in the configuration's terms.
func configErrors(err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return fmt.Errorf("not valid YAML: %w", err)
	}
	msgs := make([]string, len(te.Errors))
	for i, m := range te.Errors {
		msgs[i] = configMessage(m)
	}
	return errors.New(strings.Join(msgs, "; "))
}

func configMessage(m string) string {
	if g := unknownFieldRE.FindStringSubmatch(m); g != nil {
		sec, ok := configSections[g[3]]
		if !ok {
			return m
		}
		where := ""
		if sec.path != "" {
			where = " in " + sec.path
		}
		msg := fmt.Sprintf("line %s: unknown key %q%s", g[1], g[2], where)
		if near := nearestKey(sec.typ, g[2]); near != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", near)
		}
		return msg
	}
	if g := cannotDecodeRE.FindStringSubmatch(m); g != nil {
		want, ok := goTypeWords[g[4]]
		if !ok {
			want = "a value of another kind"
		}
		return fmt.Sprintf("line %s: %q is not %s", g[1], g[3], want)
	}
	return m
}

// nearestKey is the yaml key of t closest to name (suggest.Nearest); "".
func nearestKey(t reflect.Type, name string) string {
	var keys []string
	for i := range t.NumField() {
		key, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if key != "" && key != "-" {
			keys = append(keys, key)
		}
	}
	return suggest.Nearest(name, keys)
}
