// Package export writes the rows of a table or query of a communique
// database as CSV, JSON Lines or aligned text, for `communique export`.
// Queries run in a read-only transaction of a database opened read-only:
// an export never changes the database.
package export

import (
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Formats are the output formats.
var Formats = []string{"csv", "jsonl", "text"}

// OpenSQLite opens the SQLite database at path read-only.
func OpenSQLite(path string) (*sql.DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: no database file given")
	}
	esc := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(path)
	db, err := sql.Open("sqlite", "file:"+esc+"?mode=ro&_pragma=query_only(1)&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	return db, nil
}

// OpenPostgres opens the PostgreSQL database at dsn with read-only
// sessions.
func OpenPostgres(dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, errors.New("postgres: cannot parse the DSN")
	}
	cfg.RuntimeParams["default_transaction_read_only"] = "on"
	return stdlib.OpenDB(*cfg), nil
}

// identifier is a bare table name; anything else is a query.
var identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// Query is the SQL of what names: SELECT * FROM the table when names is a
// bare identifier, else names itself.
func Query(names string) string {
	if identifier.MatchString(strings.TrimSpace(names)) {
		return `SELECT * FROM "` + strings.TrimSpace(names) + `"`
	}
	return names
}

// Write runs query in a read-only transaction of db and writes its rows to
// w in format (csv with a header row, jsonl one object per row with the
// columns in order, text aligned columns); it returns the number of rows.
func Write(ctx context.Context, db *sql.DB, query, format string, w io.Writer) (int, error) {
	var out rowWriter
	switch format {
	case "csv":
		out = &csvWriter{w: csv.NewWriter(w)}
	case "jsonl":
		out = &jsonlWriter{w: w}
	case "text":
		out = &textWriter{w: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	default:
		return 0, fmt.Errorf("format %q: want one of %s", format, strings.Join(Formats, ", "))
	}
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return 0, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only: nothing to keep
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return 0, fmt.Errorf("query: %w", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return 0, fmt.Errorf("query: %w", err)
	}
	if err := out.header(cols); err != nil {
		return 0, err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return n, fmt.Errorf("read row %d: %w", n+1, err)
		}
		if err := out.row(cols, vals); err != nil {
			return n, err
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("query: %w", err)
	}
	return n, out.flush()
}

// rowWriter writes rows in one format.
type rowWriter interface {
	header(cols []string) error
	row(cols []string, vals []any) error
	flush() error
}

// text is the text of a value: NULL is "", bytes their UTF-8 (or hex when
// not text), times RFC 3339.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case []byte:
		if utf8.Valid(x) {
			return string(x)
		}
		return fmt.Sprintf("%x", x)
	case string:
		return x
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	return fmt.Sprint(v)
}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) header(cols []string) error { return c.w.Write(cols) }

func (c *csvWriter) row(_ []string, vals []any) error {
	rec := make([]string, len(vals))
	for i, v := range vals {
		rec[i] = text(v)
	}
	return c.w.Write(rec)
}

func (c *csvWriter) flush() error {
	c.w.Flush()
	return c.w.Error()
}

type jsonlWriter struct{ w io.Writer }

func (j *jsonlWriter) header([]string) error { return nil }

func (j *jsonlWriter) row(cols []string, vals []any) error {
	var b strings.Builder
	b.WriteByte('{')
	for i, c := range cols {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(c)
		b.Write(k)
		b.WriteByte(':')
		var v any
		switch x := vals[i].(type) {
		case nil, int64, float64, bool:
			v = x
		default:
			v = text(x)
		}
		enc, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("encode %s: %w", c, err)
		}
		b.Write(enc)
	}
	b.WriteString("}\n")
	_, err := io.WriteString(j.w, b.String())
	return err
}

func (j *jsonlWriter) flush() error { return nil }

// textCell is how wide a text cell may get before it is cut.
const textCell = 72

type textWriter struct{ w *tabwriter.Writer }

func (t *textWriter) header(cols []string) error {
	_, err := io.WriteString(t.w, strings.Join(cols, "\t")+"\n")
	return err
}

func (t *textWriter) row(_ []string, vals []any) error {
	cells := make([]string, len(vals))
	for i, v := range vals {
		s := strings.Join(strings.Fields(text(v)), " ")
		if r := []rune(s); len(r) > textCell {
			s = string(r[:textCell-1]) + "…"
		}
		cells[i] = s
	}
	_, err := io.WriteString(t.w, strings.Join(cells, "\t")+"\n")
	return err
}

func (t *textWriter) flush() error { return t.w.Flush() }
