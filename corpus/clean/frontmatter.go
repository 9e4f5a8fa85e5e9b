package clean

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

// splitFrontMatter removes a Markdown file's leading metadata block and
// returns its title, release-date and address fields:
//   - YAML between "---" lines (Jekyll, Hugo, Eleventy; closed by "---"
//     or "..."), read by gopkg.in/yaml.v3 (block scalars, quoting and
//     escapes as YAML defines them), or line by line when the parser
//     refuses the block (scanYAMLFrontMatter);
//   - TOML between "+++" lines (Hugo), read by github.com/BurntSushi/toml;
//   - "Key: value" lines opening the file with a Title key and ending at a
//     blank line (Pelican and MultiMarkdown metadata).
//
// Lines without such a block are returned as they are.
func splitFrontMatter(lines []string) (frontMatter, []string) {
	if len(lines) < 3 {
		return frontMatter{}, lines
	}
	switch strings.TrimSpace(lines[0]) {
	case "---":
		body, rest, ok := frontMatterBlock(lines, "---", "...")
		if !ok {
			return frontMatter{}, lines
		}
		var m map[string]any
		if err := yaml.Unmarshal([]byte(strings.Join(body, "\n")), &m); err != nil || m == nil {
			return scanYAMLFrontMatter(lines)
		}
		return parsedFrontMatter(mapFields(m)), rest
	case "+++":
		body, rest, ok := frontMatterBlock(lines, "+++")
		if !ok {
			return frontMatter{}, lines
		}
		var m map[string]any
		if _, err := toml.Decode(strings.Join(body, "\n"), &m); err != nil {
			return frontMatter{}, lines
		}
		return parsedFrontMatter(mapFields(m)), rest
	}
	return metadataHeader(lines)
}

// frontMatterBlock returns the lines between lines[0] and the first line
// that is one of ends, and the lines after it; ok is false when no such
// line closes the block within maxFrontMatterLines lines.
func frontMatterBlock(lines []string, ends ...string) (body, rest []string, ok bool) {
	for i := 1; i < len(lines) && i <= maxFrontMatterLines; i++ {
		t := strings.TrimSpace(lines[i])
		for _, e := range ends {
			if t == e {
				return lines[1:i], lines[i+1:], true
			}
		}
	}
	return nil, lines, false
}

// maxMetadataKeyWords bounds a key of a "Key: value" metadata header
// ("Title", "Base Header Level").
const maxMetadataKeyWords = 3

// metadataHeader reads a Pelican or MultiMarkdown metadata header: "Key:
// value" lines from the first, the first key Title, up to a blank line.
func metadataHeader(lines []string) (frontMatter, []string) {
	key, _, ok := strings.Cut(lines[0], ":")
	if !ok || !strings.EqualFold(strings.TrimSpace(key), "title") {
		return frontMatter{}, lines
	}
	var fields []fmField
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			if i < 2 {
				return frontMatter{}, lines // a title line alone is no header
			}
			return parsedFrontMatter(fields), lines[i+1:]
		}
		k, v, ok := strings.Cut(t, ":")
		if !ok || !metadataKey(k) {
			return frontMatter{}, lines
		}
		fields = append(fields, fmField{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	return frontMatter{}, lines
}

// metadataKey reports whether k is a metadata header's key: one to
// maxMetadataKeyWords words of letters, digits, "_" and "-".
func metadataKey(k string) bool {
	words := strings.Fields(k)
	if len(words) == 0 || len(words) > maxMetadataKeyWords || k != strings.TrimLeft(k, " \t") {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
				return false
			}
		}
	}
	return true
}

// fmField is one key and its value in a front matter.
type fmField struct{ key, val string }

// frontMatterFrom keeps the fields of a front matter the cleaner reads, in
// the order given: the title, the address (the first address key) and the
// release-date keys (never a modification date: "lastmod", "updated").
func frontMatterFrom(fields []fmField) frontMatter {
	var fm frontMatter
	for _, f := range fields {
		if f.val == "" {
			continue
		}
		switch k := strings.ToLower(strings.TrimSpace(f.key)); k {
		case "title":
			fm.title = f.val
		case "permalink", "url", "source_url", "canonical_url":
			if fm.url == "" {
				fm.url = f.val
			}
		case "date", "published":
			fm.dates = append(fm.dates, k+": "+f.val)
		case "published_time", "pubdate", "release_date", "publishdate", "publish_date", "date_published", "datepublished", "published_at", "published_date":
			// Named as the date finder's release-date label reads it.
			fm.dates = append(fm.dates, "published: "+f.val)
		}
	}
	return fm
}

// parsedFrontMatter is frontMatterFrom for the fields of a parsed block:
// the title's white space collapsed (a YAML block scalar keeps its line
// breaks) and the date lines in a fixed order ("date:" lines first, then
// by their text), so that a parser's map order never decides.
func parsedFrontMatter(fields []fmField) frontMatter {
	fm := frontMatterFrom(fields)
	fm.title = strings.Join(strings.Fields(fm.title), " ")
	slices.SortStableFunc(fm.dates, func(a, b string) int {
		da, db := strings.HasPrefix(a, "date:"), strings.HasPrefix(b, "date:")
		switch {
		case da && !db:
			return -1
		case db && !da:
			return 1
		}
		return strings.Compare(a, b)
	})
	return fm
}

// mapFields returns the scalar fields of a parsed front matter: the
// permalink first (the page's own address), then the others by key, so
// that the address is chosen the same way on every run.
func mapFields(m map[string]any) []fmField {
	fields := make([]fmField, 0, len(m))
	for k, raw := range m {
		if v := frontMatterValue(raw); v != "" {
			fields = append(fields, fmField{k, v})
		}
	}
	slices.SortFunc(fields, func(a, b fmField) int {
		pa, pb := strings.EqualFold(a.key, "permalink"), strings.EqualFold(b.key, "permalink")
		switch {
		case pa && !pb:
			return -1
		case pb && !pa:
			return 1
		}
		return strings.Compare(a.key, b.key)
	})
	return fields
}

// frontMatterValue renders a parsed scalar as text: strings as they are,
// times as the date finder reads them (a date alone at midnight UTC,
// which is how the parsers give a date without a time, date, time and
// offset otherwise), other scalars by fmt;
// lists and tables are no field value.
func frontMatterValue(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case time.Time:
		if _, off := x.Zone(); x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && off == 0 {
			return x.Format(time.DateOnly)
		}
		return x.Format("2006-01-02 15:04:05-07:00")
	case int, int64, float64, bool:
		return fmt.Sprint(x)
	}
	return ""
}

// scanYAMLFrontMatter reads a leading "---" ... "---" block line by line,
// "key: value" at a time: the reading of front matter the YAML parser
// refuses (an unquoted colon in a title, a tab), which static-site
// generators often accept.
func scanYAMLFrontMatter(lines []string) (frontMatter, []string) {
	var fields []fmField
	if len(lines) < 3 || strings.TrimSpace(lines[0]) != "---" {
		return frontMatter{}, lines
	}
	for i := 1; i < len(lines) && i < maxFrontMatterLines; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "---" || t == "..." {
			return frontMatterFrom(fields), lines[i+1:]
		}
		key, val, ok := strings.Cut(t, ":")
		// A double-quoted value may go on over indented lines.
		if v := strings.TrimSpace(val); ok && strings.HasPrefix(v, `"`) {
			for !closedYAMLQuote(val) && i+1 < len(lines) && strings.HasPrefix(lines[i+1], " ") {
				i++
				next := strings.TrimSpace(lines[i])
				if strings.HasSuffix(val, `\`) {
					val = val[:len(val)-1] + next
				} else {
					val += " " + next
				}
			}
		}
		if !ok {
			if t == "" || strings.HasPrefix(lines[i], " ") || strings.HasPrefix(t, "- ") {
				continue // blank or a nested value
			}
			return frontMatter{}, lines // not front matter after all
		}
		fields = append(fields, fmField{key, unquoteYAML(strings.TrimSpace(val))})
	}
	return frontMatter{}, lines
}
