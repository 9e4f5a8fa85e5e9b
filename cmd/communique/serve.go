package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/communique/communique/web"
)

const serveUsage = `Usage: communique serve --sqlite FILE | --postgres DSN [--addr 127.0.0.1:8080]

Serves a read-only web application over a database loaded by
"communique run --sqlite/--postgres": releases with filters and full-text
search, each release with its mentions highlighted, person, agency and
place pages, meeting series when the database has events, and JSON and CSV
forms of every list under /api/. It listens on the loopback interface
unless --addr names another.

Flags:
`

// cmdServe is "communique serve".
func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", serveUsage, stderr)
	sqlitePath := fs.String("sqlite", "", "read the SQLite database `FILE`")
	dsn := fs.String("postgres", "", "read the PostgreSQL database `DSN`")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT` (a non-loopback host exposes the pages to the network)")
	timeout := fs.Duration("query-timeout", web.DefaultQueryTimeout, "give up on a page's queries after `DURATION`")
	var logf logFlags
	logf.register(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err}
	}
	if (*sqlitePath == "") == (*dsn == "") || fs.NArg() > 0 {
		fs.Usage()
		return usageError{errors.New("serve: give one of --sqlite FILE or --postgres DSN")}
	}
	if err := logf.validate(); err != nil {
		return usageError{fmt.Errorf("serve: %w", err)}
	}
	log := logf.logger(stderr)
	defer log.Sync() //nolint:errcheck // stderr may not support sync

	store, err := openStore(ctx, *sqlitePath, *dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := web.New(web.Config{Store: store, Logger: log, QueryTimeout: *timeout})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if host, _, _ := net.SplitHostPort(*addr); !isLoopback(host) {
		log.Warn("listening beyond this machine: anyone who reaches it can read the database", zap.String("addr", *addr))
	}
	fmt.Fprintf(stdout, "serving on http://%s/ (Ctrl-C stops)\n", ln.Addr())
	return serveUntilDone(ctx, &http.Server{Handler: srv, ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: time.Minute}, ln)
}

// openStore opens the database one of the flags names.
func openStore(ctx context.Context, sqlitePath, dsn string) (*web.Store, error) {
	if sqlitePath != "" {
		return web.OpenSQLite(ctx, sqlitePath)
	}
	return web.OpenPostgres(ctx, dsn)
}

// isLoopback reports a host that only this machine reaches.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// serveUntilDone serves on ln until ctx is done, then shuts down,
// letting requests in flight finish for a few seconds.
func serveUntilDone(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1) // buffered: Serve's result is read once, or never after a shutdown error
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
