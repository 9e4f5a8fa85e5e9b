package main

import (
	"context"
	"errors"
	"flag"
	"io"

	"github.com/communique/communique/output"
)

// sinkFlags are the output flags shared by run and crawl. Any number of
// sinks can be named together; every record goes to each of them.
type sinkFlags struct {
	out      string
	sqlite   string
	postgres string
}

func (f *sinkFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.out, "o", "", "write JSON Lines records to `FILE` (atomically: temp file, then rename) instead of stdout")
	fs.StringVar(&f.sqlite, "sqlite", "", "also write records into the SQLite database `FILE` (created and migrated as needed)")
	fs.StringVar(&f.postgres, "postgres", "", "also write records into the PostgreSQL database `DSN` (postgres://user@host/db or key=value pairs; PGPASSWORD and ~/.pgpass work too)")
}

// named reports whether any sink flag was given.
func (f *sinkFlags) named() bool {
	return f.out != "" || f.sqlite != "" || f.postgres != ""
}

// open returns the sinks the flags name, several at once as an
// output.Multi. Records go to stdout as JSON Lines only when no sink flag
// is given. Databases are opened first: they are the ones likely to fail
// (a server down, a wrong password), and a JSON Lines file opened before
// them would be left behind empty.
func (f *sinkFlags) open(ctx context.Context, stdout io.Writer) (output.Sink, error) {
	if !f.named() {
		return output.NewJSONL(stdout), nil
	}
	var sinks output.Multi
	fail := func(err error) (output.Sink, error) {
		// Nothing was written: closing only releases the databases.
		return nil, errors.Join(err, sinks.Close(context.WithoutCancel(ctx)))
	}
	if f.sqlite != "" {
		s, err := output.OpenSQLite(ctx, f.sqlite)
		if err != nil {
			return fail(err)
		}
		sinks = append(sinks, s)
	}
	if f.postgres != "" {
		s, err := output.OpenPostgres(ctx, f.postgres)
		if err != nil {
			return fail(err)
		}
		sinks = append(sinks, s)
	}
	if f.out != "" {
		s, err := output.CreateJSONL(f.out)
		if err != nil {
			return fail(err)
		}
		sinks = append(sinks, s)
	}
	if len(sinks) == 1 {
		return sinks[0], nil
	}
	return sinks, nil
}
