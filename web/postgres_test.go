package web

import (
	"context"
	"database/sql"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/communique/communique/output"
)

// postgresEnv names the PostgreSQL server of the integration tests (the
// output package's variable; .ci/run starts one).
const postgresEnv = "COMMUNIQUE_TEST_POSTGRES"

// postgresDB loads records into a fresh schema of the test server and
// returns a DSN whose search_path is that schema, or skips.
func postgresDB(t *testing.T, recs []output.Record) string {
	t.Helper()
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		t.Skip(postgresEnv + " not set: skipping the PostgreSQL pages test")
	}
	schema := fmt.Sprintf("web_test_%d", time.Now().UnixNano())
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", dsn); err == nil {
			db.Exec("DROP SCHEMA " + schema + " CASCADE") //nolint:errcheck // best effort
			db.Close()
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s is not a URL DSN: %v", postgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	ctx := context.Background()
	sink, err := output.OpenPostgres(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := sink.Write(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := sink.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return u.String()
}

// TestPostgresPages: the same pages and filters over PostgreSQL.
func TestPostgresPages(t *testing.T) {
	evil := `<script>alert(1)</script>`
	recs := []output.Record{
		newRecord(1, "Ministers discuss fisheries", "2021-03-04", []string{"Ada Lovelace"}, []string{"Foreign Ministry"}, []string{"Lyon"}),
		newRecord(2, "Trade talks resume "+evil, "2022-07-01", nil, []string{"Trade Bureau"}, nil),
		newRecord(3, "Statement on rivers", "2023-01-15", []string{"Grace Hopper"}, []string{"Foreign Ministry", "Trade Bureau"}, nil),
		newRecord(4, "Undated note on energy", "", nil, nil, []string{"Nice"}),
	}
	dsn := postgresDB(t, recs)
	store, err := OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if !store.fullText {
		t.Error("full-text index not found")
	}
	srv, err := New(Config{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	ministry := idOf(t, store, "agency", "Foreign Ministry")
	for _, tc := range []struct {
		name, query string
		want        []string
	}{
		{"all", "", []string{"Statement on rivers", "Trade talks resume &lt;script&gt;alert(1)&lt;/script&gt;", "Ministers discuss fisheries", "Undated note on energy"}},
		{"agency, oldest last", "agency=" + ministry, []string{"Statement on rivers", "Ministers discuss fisheries"}},
		{"dates", "from=2022-01-01&to=2022-12-31", []string{"Trade talks resume &lt;script&gt;alert(1)&lt;/script&gt;"}},
		{"country", "country=FR", []string{"Ministers discuss fisheries", "Undated note on energy"}},
		{"full text, stemmed", "q=river", []string{"Statement on rivers"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := get(t, ts, "/?"+tc.query)
			if got := titles(body); code != 200 || strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("status %d, got %q, want %q", code, got, tc.want)
			}
		})
	}
	for _, p := range []string{"/release/" + recs[2].ID, "/agency/" + ministry, "/people", "/api/agencies?format=csv", "/api/releases"} {
		if code, body := get(t, ts, p); code != 200 || strings.Contains(body, "<script>") {
			t.Errorf("%s: status %d or unescaped: %.300s", p, code, body)
		}
	}
	if _, body := get(t, ts, "/agency/"+ministry); !strings.Contains(body, "2021-03: 1") || !strings.Contains(body, "Grace Hopper") {
		t.Errorf("agency page lacks its chart or co-occurring people")
	}
	// Read-only: the session refuses writes.
	if _, err := store.db.Exec("DELETE FROM records"); err == nil {
		t.Error("a write succeeded")
	}
}
