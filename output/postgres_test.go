package output

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // "pgx" database/sql driver for test queries
)

// postgresEnv names the DSN of a PostgreSQL database the tests may use.
const postgresEnv = "COMMUNIQUE_TEST_POSTGRES"

// postgresBackend returns a backend on a fresh schema of the database named
// by COMMUNIQUE_TEST_POSTGRES (dropped after the test), or nil after saying
// so when it is not set.
func postgresBackend(t *testing.T) *backend {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		return nil
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open %s: %v", postgresEnv, err)
	}
	t.Cleanup(func() { admin.Close() })
	schema := "test_" + randomHex(t, 6)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	dsn := withSearchPath(t, base, schema)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	b := &backend{name: "postgres", db: db, childEnv: []string{"COMMUNIQUE_KILL_POSTGRES=" + dsn}}
	b.open = func(t testing.TB, opts ...DBOption) dbSinkT {
		t.Helper()
		s, err := OpenPostgres(context.Background(), dsn, opts...)
		if err != nil {
			t.Fatalf("open postgres: %v", err)
		}
		return s
	}
	b.openErr = func() error {
		s, err := OpenPostgres(context.Background(), dsn)
		if err == nil {
			s.Close(context.Background())
		}
		return err
	}
	b.reset = func(t testing.TB) {
		b.open(t).Close(context.Background())
		resetTables(t, db)
	}
	b.refuseTitle = func(t testing.TB, title string) {
		b.open(t).Close(context.Background())
		q := `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				IF NEW.title = ` + quoteLiteral(title) + ` THEN RAISE EXCEPTION 'refused by test trigger'; END IF;
				RETURN NEW;
			END $$;
			CREATE TRIGGER refuse BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION refuse();`
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func randomHex(t testing.TB, n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// withSearchPath adds search_path to dsn (a URL or key=value pairs); pgx
// sends unknown parameters to the server as settings.
func withSearchPath(t testing.TB, dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatalf("%s is not a URL", postgresEnv) // not the DSN: it may hold a password
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}

func requirePostgres(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		t.Skip(postgresEnv + " not set: skipping PostgreSQL integration tests")
	}
	return dsn
}

// TestPostgresAvailable makes the skip visible in `go test -v` output when
// no server is configured.
func TestPostgresAvailable(t *testing.T) {
	dsn := requirePostgres(t)
	s, err := OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatalf("open %s: %v", postgresEnv, err)
	}
	if err := s.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestPostgresWrongPassword(t *testing.T) {
	dsn := requirePostgres(t)
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		t.Skipf("%s is not a postgres:// URL with a user", postgresEnv)
	}
	const secret = "n0t-The-Passw0rd-7f3a"
	u.User = url.UserPassword(u.User.Username(), secret)
	bad := u.String()
	_, err = OpenPostgres(context.Background(), bad)
	if err == nil {
		t.Fatal("open with a wrong password: got no error")
	}
	msg := err.Error()
	want := fmt.Sprintf("postgres: authentication failed for user %q", u.User.Username())
	if !strings.HasPrefix(msg, want) {
		t.Errorf("got %q, want it to start with %q", msg, want)
	}
	for _, leak := range []string{secret, bad, dsn} {
		if strings.Contains(msg, leak) {
			t.Errorf("error %q echoes %q", msg, leak)
		}
	}
}

// TestPostgresErrorsHideDSN needs no server: a DSN that does not parse and
// a server that does not answer both give errors without the password.
func TestPostgresErrorsHideDSN(t *testing.T) {
	const secret = "s3cr3t-pa55"
	notPG := notPostgresServer(t)
	for _, tc := range []struct{ name, dsn, want string }{
		{"not a PostgreSQL server", "postgres://alice:" + secret + "@" + notPG + "/db?connect_timeout=5", "postgres: connect to alice@" + notPG + "/db: "},
		{"bad port", "postgres://alice:" + secret + "@127.0.0.1:notaport/db", "postgres: invalid DSN"},
		{"bad key", "host=127.0.0.1 password=" + secret + " bogus", "postgres: invalid DSN"},
		{"nobody listening", "postgres://alice:" + secret + "@127.0.0.1:1/db?connect_timeout=5&sslmode=disable", "postgres: connect to alice@127.0.0.1:1/db"},
		{"key=value nobody listening", "host=127.0.0.1 port=1 user=alice password=" + secret + " dbname=db sslmode=disable connect_timeout=5", "postgres: connect to alice@127.0.0.1:1/db"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := OpenPostgres(context.Background(), tc.dsn)
			if err == nil {
				t.Fatal("got no error")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tc.want) {
				t.Errorf("got %q, want it to start with %q", msg, tc.want)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error %q is not one line", msg)
			}
			if strings.Contains(msg, secret) || strings.Contains(msg, tc.dsn) {
				t.Errorf("error %q echoes the DSN or its password", msg)
			}
		})
	}
}

// notPostgresServer listens on loopback and answers every connection like
// a web server would; it returns its address.
func notPostgresServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.SetDeadline(time.Now().Add(5 * time.Second))
			c.Read(make([]byte, 1024))
			c.Write([]byte("HTTP/1.1 400 Bad Request\r\n\r\n"))
			c.Close()
		}
	}()
	return ln.Addr().String()
}

func BenchmarkPostgresSink(b *testing.B) {
	base := os.Getenv(postgresEnv)
	if base == "" {
		b.Skip(postgresEnv + " not set: skipping PostgreSQL benchmark")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	schema := "bench_" + randomHex(b, 6)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		b.Fatal(err)
	}
	defer admin.Exec("DROP SCHEMA " + schema + " CASCADE")
	dsn := withSearchPath(b, base, schema)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	open := func(b *testing.B) Sink {
		s, err := OpenPostgres(context.Background(), dsn)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	benchmarkSink(b, open, func(b *testing.B) {
		open(b).Close(context.Background())
		resetTables(b, db)
	})
}
