package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/communique/communique/output"
)

// postgresEnv is the environment variable that gives --postgres its
// default, so that a DSN with a password stays out of command lines (and
// process listings) and crontabs.
const postgresEnv = "COMMUNIQUE_POSTGRES"

// stdoutName as the -o file is standard output, as in learn-chrome's -o
// (beside --sqlite or --postgres, say).
const stdoutName = "-"

// sinkFlags are the output flags shared by run and crawl. Any number of
// sinks can be named together; every record goes to each of them.
type sinkFlags struct {
	out      string
	sqlite   string
	postgres string
	// appendOut appends to -o (crawl) instead of replacing it (run).
	appendOut bool
}

func (f *sinkFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.out, "o", "", "write JSON Lines records to `FILE` (atomically: temp file, then rename) instead of stdout; - is stdout")
	fs.StringVar(&f.sqlite, "sqlite", "", "also write records into the SQLite database `FILE` (created and migrated as needed)")
	fs.StringVar(&f.postgres, "postgres", os.Getenv(postgresEnv), "also write records into the PostgreSQL database `DSN` (postgres://user@host/db or key=value pairs; PGPASSWORD and ~/.pgpass work too; default $"+postgresEnv+")")
}

// named reports whether any sink flag was given.
func (f *sinkFlags) named() bool {
	return f.out != "" || f.sqlite != "" || f.postgres != ""
}

// check fails fast, before any document is read, on an output that cannot
// be written: the folder of -o or --sqlite missing or not writable, an
// --sqlite path that is a folder, a PostgreSQL server that refuses the
// connection or the credentials. The error names the flag.
func (f *sinkFlags) check(ctx context.Context) error {
	for _, o := range []struct{ flag, path string }{{"-o", f.out}, {"--sqlite", f.sqlite}} {
		if o.path == "" || o.flag == "-o" && o.path == stdoutName {
			continue
		}
		if err := checkWritable(o.path); err != nil {
			return fmt.Errorf("%s %s: %w", o.flag, o.path, err)
		}
	}
	if f.postgres != "" {
		cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		s, err := output.OpenPostgres(cctx, f.postgres)
		if err != nil {
			return fmt.Errorf("--postgres: %w", err)
		}
		if err := s.Close(context.WithoutCancel(ctx)); err != nil {
			return fmt.Errorf("--postgres: %w", err)
		}
	}
	return nil
}

// checkWritable reports why a file cannot be created or replaced at path.
func checkWritable(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return errors.New("is a folder")
	} else if err == nil && !fi.Mode().IsRegular() {
		// A device or FIFO (/dev/null) is written in place.
		f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return err
		}
		return f.Close()
	}
	dir := filepath.Dir(path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("folder %s does not exist", dir)
	case err != nil:
		return err
	case !fi.IsDir():
		return fmt.Errorf("%s is not a folder", dir)
	}
	tmp, err := os.CreateTemp(dir, ".communique-check-*")
	if err != nil {
		return fmt.Errorf("folder %s is not writable: %w", dir, errors.Unwrap(err))
	}
	name := tmp.Name()
	tmp.Close()
	return os.Remove(name)
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
	if f.out == stdoutName {
		sinks = append(sinks, output.NewJSONL(stdout))
	} else if f.out != "" {
		create := output.CreateJSONL
		if f.appendOut {
			create = output.AppendJSONL
		}
		s, err := create(f.out)
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
