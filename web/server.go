package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"
)

//go:embed templates/*.html
var templateFiles embed.FS

// DefaultQueryTimeout bounds the queries of one request.
const DefaultQueryTimeout = 5 * time.Second

// Config configures a Server.
type Config struct {
	// Store is the database the pages read.
	Store *Store
	// Logger logs failed requests (nil: none).
	Logger *zap.Logger
	// QueryTimeout bounds each request's queries (0: DefaultQueryTimeout).
	QueryTimeout time.Duration
}

// Server is the web application, an http.Handler. It only reads.
type Server struct {
	store   *Store
	log     *zap.Logger
	timeout time.Duration
	pages   map[string]*template.Template
	mux     *http.ServeMux
}

// pageNames are the page templates, each parsed with the layout.
var pageNames = []string{"list", "release", "entity", "entities", "serieslist", "series", "error"}

// New returns the server over cfg.Store.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	s := &Server{store: cfg.Store, log: cfg.Logger, timeout: cfg.QueryTimeout, pages: map[string]*template.Template{}}
	if s.log == nil {
		s.log = zap.NewNop()
	}
	if s.timeout <= 0 {
		s.timeout = DefaultQueryTimeout
	}
	funcs := template.FuncMap{"inc": func(i int) int { return i + 1 }}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleList)
	mux.HandleFunc("GET /release/{id}", s.handleRelease)
	mux.HandleFunc("GET /series", s.handleSeriesList)
	mux.HandleFunc("GET /series/{id}", s.handleSeries)
	mux.HandleFunc("GET /api/releases", s.handleList)
	mux.HandleFunc("GET /api/release/{id}", s.handleReleaseJSON)
	mux.HandleFunc("GET /api/series", s.handleSeriesList)
	for kind, plural := range map[string]string{"person": "people", "agency": "agencies", "place": "places"} {
		mux.HandleFunc("GET /"+kind+"/{id}", s.entityHandler(kind))
		mux.HandleFunc("GET /"+plural, s.entitiesHandler(kind, plural))
		mux.HandleFunc("GET /api/"+plural, s.entitiesHandler(kind, plural))
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, ErrNotFound)
	})
	s.mux = mux
	return s, nil
}

// ServeHTTP serves GET and HEAD requests, each with its query deadline
// and headers that forbid scripts, framing and content sniffing.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "read-only: GET and HEAD only", http.StatusMethodNotAllowed)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.timeout)
	defer cancel()
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// pageData is what the layout reads of every page.
type pageData struct {
	Title  string
	Events bool
}

// render writes the page template name with data (a struct embedding
// pageData), buffered so that a template error is a clean 500.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	var b bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&b, "layout", data); err != nil {
		s.fail(w, r, http.StatusInternalServerError, fmt.Errorf("render %s: %w", name, err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes()) //nolint:errcheck // the client went away
}

// fail answers with an error page; server errors are logged, their
// details are not shown.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, code int, err error) {
	msg := "There is no such page."
	switch {
	case errors.Is(err, ErrNotFound):
		code = http.StatusNotFound
	case errors.Is(err, context.DeadlineExceeded):
		code, msg = http.StatusServiceUnavailable, "The query took too long; narrow the filters."
	case code >= 500:
		msg = "Something went wrong reading the database."
	default:
		msg = err.Error()
	}
	if code >= 500 {
		s.log.Error("request failed", zap.String("path", r.URL.Path), zap.Error(err))
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, code, map[string]string{"error": msg})
		return
	}
	var b bytes.Buffer
	data := struct {
		pageData
		Message string
	}{pageData{Title: http.StatusText(code), Events: s.store.HasEvents()}, msg}
	if terr := s.pages["error"].ExecuteTemplate(&b, "layout", data); terr != nil {
		http.Error(w, msg, code)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes()) //nolint:errcheck // the client went away
}

// badRequest is an error in the request's parameters (400, shown).
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

// pager is the page links of a list.
type pager struct {
	Page, Pages, Total int
	// AtLeast: the count stopped at Total (countCap); there may be more.
	AtLeast    bool
	Prev, Next string
	CSV, JSON  string
}

// newPager links the pages of a list of total items at u (its query
// keeps the filters); api is the list's JSON path.
func newPager(u *url.URL, api string, page, size, total int, atLeast bool) *pager {
	limit, _ := pageBounds(page, size)
	p := &pager{Page: max(page, 1), Total: total, Pages: max((total+limit-1)/limit, 1), AtLeast: atLeast}
	link := func(path string, set map[string]string) string {
		q := u.Query()
		if p, extra, ok := strings.Cut(path, "?"); ok { // the target's own filters win
			path = p
			ev, _ := url.ParseQuery(extra)
			for k, v := range ev {
				q[k] = v
			}
		}
		for k, v := range set {
			if v == "" {
				q.Del(k)
			} else {
				q.Set(k, v)
			}
		}
		if enc := q.Encode(); enc != "" {
			return path + "?" + enc
		}
		return path
	}
	if p.Page > 1 {
		p.Prev = link(u.Path, map[string]string{"page": strconv.Itoa(p.Page - 1)})
	}
	if p.Page < p.Pages || p.AtLeast {
		p.Next = link(u.Path, map[string]string{"page": strconv.Itoa(p.Page + 1)})
	}
	if api != "" {
		p.JSON = link(api, nil)
		p.CSV = link(api, map[string]string{"format": "csv"})
	}
	return p
}

// intParam reads a positive integer parameter; absent is 0.
func intParam(q url.Values, name string) (int64, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return 0, badRequest{fmt.Sprintf("%s: want a number, got %q", name, v)}
	}
	return n, nil
}

// dateParam reads a YYYY-MM-DD parameter; absent is "".
func dateParam(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		return "", badRequest{fmt.Sprintf("%s: want a date YYYY-MM-DD, got %q", name, v)}
	}
	return v, nil
}

// pageParams reads page and size (size defaults to def).
func pageParams(q url.Values, def int) (page, size int, err error) {
	p, err := intParam(q, "page")
	if err != nil {
		return 0, 0, err
	}
	z, err := intParam(q, "size")
	if err != nil {
		return 0, 0, err
	}
	if z == 0 {
		z = int64(def)
	}
	if p > 1_000_000 {
		p = 1_000_000
	}
	return max(int(p), 1), min(int(z), MaxPageSize), nil
}

// filterOf reads a releases filter from the query.
func filterOf(q url.Values) (Filter, error) {
	var f Filter
	var err error
	if f.From, err = dateParam(q, "from"); err != nil {
		return f, err
	}
	if f.To, err = dateParam(q, "to"); err != nil {
		return f, err
	}
	for name, into := range map[string]*int64{"agency": &f.Agency, "person": &f.Person, "place": &f.Place} {
		if *into, err = intParam(q, name); err != nil {
			return f, err
		}
	}
	f.Country = strings.ToUpper(strings.TrimSpace(q.Get("country")))
	if len(f.Country) > 3 {
		return f, badRequest{fmt.Sprintf("country: want an ISO code such as JP, got %q", f.Country)}
	}
	f.Query = strings.TrimSpace(q.Get("q"))
	if len(f.Query) > 500 {
		f.Query = f.Query[:500]
	}
	f.Page, f.Size, err = pageParams(q, DefaultPageSize)
	return f, err
}

// isAPI reports a request for the JSON or CSV form of a list.
func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// link is a named link to an entity page.
type link struct {
	Name, Href string
}

// countLink is a Count with its page's address.
type countLink struct {
	Count
	Href string
}

func countLinks(kind string, cs []Count) []countLink {
	out := make([]countLink, len(cs))
	for i, c := range cs {
		out[i] = countLink{c, "/" + kind + "/" + strconv.FormatInt(c.ID, 10)}
	}
	return out
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	f, err := filterOf(r.URL.Query())
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	ctx := r.Context()
	rels, err := s.store.Releases(ctx, f)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if isAPI(r) {
		writeList(w, r, rels.Total, rels.Items, []string{"id", "title", "published", "source", "people", "agencies", "places"},
			func(x Release) []string {
				return []string{x.ID, x.Title, x.Published, x.Source, strconv.Itoa(x.People), strconv.Itoa(x.Agencies), strconv.Itoa(x.Places)}
			})
		return
	}
	agencies, err := s.store.FilterAgencies(ctx)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	var named []link
	for _, e := range []struct {
		kind string
		id   int64
	}{{"agency", f.Agency}, {"person", f.Person}, {"place", f.Place}} {
		if e.id == 0 {
			continue
		}
		ent, err := s.store.Entity(ctx, e.kind, e.id)
		if err != nil && !errors.Is(err, ErrNotFound) {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		if err == nil {
			named = append(named, link{ent.Name, "/" + e.kind + "/" + strconv.FormatInt(e.id, 10)})
		}
	}
	s.render(w, r, "list", struct {
		pageData
		Filter   Filter
		Agencies []Count
		Named    []link
		Releases []Release
		Pager    *pager
	}{pageData{"Releases", s.store.HasEvents()}, f, agencies, named, rels.Items, newPager(r.URL, "/api/releases", f.Page, f.Size, rels.Total, rels.AtLeast)})
}

// writeList writes a list as JSON ({"total", "items"}) or, with
// format=csv, as CSV with a header row.
func writeList[T any](w http.ResponseWriter, r *http.Request, total int, items []T, header []string, row func(T) []string) {
	if r.URL.Query().Get("format") != "csv" {
		if items == nil {
			items = []T{}
		}
		writeJSON(w, http.StatusOK, map[string]any{"total": total, "items": items})
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+strings.TrimPrefix(r.URL.Path, "/api/")+`.csv"`)
	cw := csv.NewWriter(w)
	cw.Write(header) //nolint:errcheck // Flush reports it
	for _, it := range items {
		cells := row(it)
		for i, c := range cells {
			cells[i] = csvSafe(c)
		}
		cw.Write(cells) //nolint:errcheck // Flush reports it
	}
	cw.Flush()
}

// csvSafe keeps a spreadsheet from reading an untrusted cell as a formula.
func csvSafe(c string) string {
	if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
		return "'" + c
	}
	return c
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.Encode(v) //nolint:errcheck // the client went away
}
