package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/communique/communique/internal/export"
	"github.com/communique/communique/output"
)

const exportUsage = `Usage: communique export --sqlite FILE | --postgres DSN [--format csv|jsonl|text] TABLE|QUERY

Writes a table (every row) or the rows of a SQL query of a database loaded
by "communique run --sqlite/--postgres" to stdout: CSV with a header row,
JSON Lines, or aligned text. The database is opened read-only and the
query runs in a read-only transaction.

Flags:
`

// cmdExport is "communique export".
func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", exportUsage, stderr)
	var db dbFlags
	db.register(fs, "read")
	format := fs.String("format", "csv", "write `FORMAT`: "+strings.Join(export.Formats, ", "))
	rest, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return usageError{err}
	}
	if err := db.validate(); err != nil || len(rest) != 1 {
		fs.Usage()
		return usageError{errors.New("export: give one of --sqlite FILE or --postgres DSN, and one TABLE or QUERY")}
	}
	var conn *sql.DB
	if db.sqlite != "" {
		conn, err = export.OpenSQLite(db.sqlite)
	} else {
		conn, err = export.OpenPostgres(db.postgres)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer conn.Close()
	if _, err := export.Write(ctx, conn, export.Query(rest[0]), *format, stdout); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// newFlagSet is a command's flag set: errors and usage (the text, then
// the flags) go to stderr.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	return fs
}

// dbFlags name one database.
type dbFlags struct{ sqlite, postgres string }

func (f *dbFlags) register(fs *flag.FlagSet, verb string) {
	fs.StringVar(&f.sqlite, "sqlite", "", verb+" the SQLite database `FILE`")
	fs.StringVar(&f.postgres, "postgres", "", verb+" the PostgreSQL database `DSN`")
}

func (f *dbFlags) validate() error {
	if (f.sqlite == "") == (f.postgres == "") {
		return errors.New("give one of --sqlite FILE or --postgres DSN")
	}
	return nil
}

const migrateUsage = `Usage: communique migrate --sqlite FILE | --postgres DSN

Applies the schema migrations this communique knows to a database (as
"run --sqlite/--postgres" does when it opens one), such as the full-text
index "serve" searches with. A new SQLite file is created.

Flags:
`

// cmdMigrate is "communique migrate".
func cmdMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("migrate", migrateUsage, stderr)
	var db dbFlags
	db.register(fs, "migrate")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err}
	}
	if err := db.validate(); err != nil || fs.NArg() > 0 {
		fs.Usage()
		return usageError{errors.New("migrate: give one of --sqlite FILE or --postgres DSN")}
	}
	// Opening a sink applies the pending migrations; closing it writes
	// nothing else.
	var sink output.Sink
	var err error
	if db.sqlite != "" {
		sink, err = output.OpenSQLite(ctx, db.sqlite)
	} else {
		sink, err = output.OpenPostgres(ctx, db.postgres)
	}
	if err != nil {
		return err
	}
	if err := sink.Close(ctx); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "schema up to date")
	return nil
}
