package export

import (
	"bytes"
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

func testDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.sqlite")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`CREATE TABLE records (id TEXT, title TEXT, n INTEGER, published TEXT)`,
		`INSERT INTO records VALUES ('a', 'Talks, "quoted"', 3, '2024-01-02'), ('b', 'Second
line', 0, NULL)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestWrite(t *testing.T) {
	db, err := OpenSQLite(testDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tc := range []struct{ name, what, format, want string }{
		{"table as csv", "records", "csv", "id,title,n,published\na,\"Talks, \"\"quoted\"\"\",3,2024-01-02\nb,\"Second\nline\",0,\n"},
		{"query as jsonl", "SELECT id, n, published FROM records ORDER BY id", "jsonl", "{\"id\":\"a\",\"n\":3,\"published\":\"2024-01-02\"}\n{\"id\":\"b\",\"n\":0,\"published\":null}\n"},
		{"query as text", "SELECT id, title FROM records", "text", "id  title\na   Talks, \"quoted\"\nb   Second line\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if _, err := Write(context.Background(), db, Query(tc.what), tc.format, &b); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("got %q, want %q", b.String(), tc.want)
			}
		})
	}
}

// TestReadOnly: a query that writes fails, and the table is unchanged.
func TestReadOnly(t *testing.T) {
	path := testDB(t)
	db, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"DELETE FROM records", "INSERT INTO records (id) VALUES ('c') RETURNING id", "DROP TABLE records"} {
		if _, err := Write(context.Background(), db, q, "csv", &bytes.Buffer{}); err == nil {
			t.Errorf("%s: no error", q)
		}
	}
	var b bytes.Buffer
	if n, err := Write(context.Background(), db, Query("records"), "csv", &b); err != nil || n != 2 {
		t.Errorf("after the writes: %d rows, %v", n, err)
	}
	if _, err := Write(context.Background(), db, "SELECT 1", "xml", &b); err == nil || !strings.Contains(err.Error(), "csv") {
		t.Errorf("unknown format: %v", err)
	}
}
