package web

import (
	"context"

	"encoding/csv"
	"encoding/json"
	"github.com/communique/communique/output"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// newTestServer serves the SQLite database at path.
func newTestServer(t testing.TB, path string) (*Store, *httptest.Server) {
	t.Helper()
	store, err := OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	srv, err := New(Config{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return store, ts
}

// get fetches path and returns the status and body.
func get(t testing.TB, ts *httptest.Server, path string) (int, string) {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// smallDB is four releases: two naming the Foreign Ministry (one also
// Ada Lovelace), two the Trade Bureau, one undated.
func smallDB(t testing.TB) string {
	return writeRecords(t, []output.Record{
		newRecord(1, "Ministers discuss fisheries", "2021-03-04", []string{"Ada Lovelace"}, []string{"Foreign Ministry"}, []string{"Lyon"}),
		newRecord(2, "Trade talks resume", "2022-07-01", nil, []string{"Trade Bureau"}, nil),
		newRecord(3, "Statement on rivers", "2023-01-15", []string{"Grace Hopper"}, []string{"Foreign Ministry", "Trade Bureau"}, nil),
		newRecord(4, "Undated note on energy", "", nil, nil, []string{"Nice"}),
	})
}

// idOf is the database id of the entity of kind named name.
func idOf(t testing.TB, s *Store, kind, name string) string {
	t.Helper()
	var id string
	if err := s.db.QueryRow(s.q("SELECT CAST(id AS TEXT) FROM "+entityKinds[kind].table+" WHERE name = ?"), name).Scan(&id); err != nil {
		t.Fatalf("%s %q: %v", kind, name, err)
	}
	return id
}

// titles are the release titles of a list page, in order.
func titles(page string) []string {
	var out []string
	for _, part := range strings.Split(page, `<a href="/release/`)[1:] {
		_, after, _ := strings.Cut(part, `">`)
		title, _, _ := strings.Cut(after, "</a>")
		out = append(out, title)
	}
	return out
}

func TestReleasesList(t *testing.T) {
	store, ts := newTestServer(t, smallDB(t))
	ministry, bureau := idOf(t, store, "agency", "Foreign Ministry"), idOf(t, store, "agency", "Trade Bureau")
	ada, lyon := idOf(t, store, "person", "Ada Lovelace"), idOf(t, store, "place", "Lyon")
	for _, tc := range []struct {
		name, query string
		want        []string
	}{
		{"all, newest first, undated last", "", []string{"Statement on rivers", "Trade talks resume", "Ministers discuss fisheries", "Undated note on energy"}},
		{"one agency", "agency=" + ministry, []string{"Statement on rivers", "Ministers discuss fisheries"}},
		{"another agency", "agency=" + bureau, []string{"Statement on rivers", "Trade talks resume"}},
		{"a person", "person=" + ada, []string{"Ministers discuss fisheries"}},
		{"a place", "place=" + lyon, []string{"Ministers discuss fisheries"}},
		{"from a date", "from=2022-01-01", []string{"Statement on rivers", "Trade talks resume"}},
		{"up to a date", "to=2021-12-31", []string{"Ministers discuss fisheries"}},
		{"date range and agency", "from=2022-01-01&to=2022-12-31&agency=" + bureau, []string{"Trade talks resume"}},
		{"country of an entity", "country=fr", []string{"Ministers discuss fisheries", "Undated note on energy"}},
		{"full-text word", "q=rivers", []string{"Statement on rivers"}},
		{"full-text stem-free words, all required", "q=delegations+Lyon", []string{"Ministers discuss fisheries"}},
		{"full-text with FTS syntax typed by a person", "q=%22energy+OR+(", nil},
		{"second page of one", "size=1&page=2", []string{"Trade talks resume"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := get(t, ts, "/?"+tc.query)
			if code != http.StatusOK {
				t.Fatalf("status %d: %.300s", code, body)
			}
			if got := titles(body); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBadRequests(t *testing.T) {
	_, ts := newTestServer(t, smallDB(t))
	for _, tc := range []struct {
		path string
		want int
	}{
		{"/?from=yesterday", http.StatusBadRequest},
		{"/?agency=ministry", http.StatusBadRequest},
		{"/?country=France", http.StatusBadRequest},
		{"/release/nosuchid", http.StatusNotFound},
		{"/person/999999", http.StatusNotFound},
		{"/agency/x", http.StatusNotFound},
		{"/series/999999", http.StatusNotFound},
		{"/api/release/nosuchid", http.StatusNotFound},
		{"/nowhere", http.StatusNotFound},
	} {
		if code, body := get(t, ts, tc.path); code != tc.want {
			t.Errorf("%s: status %d, want %d: %.200s", tc.path, code, tc.want, body)
		}
	}
	resp, err := ts.Client().Post(ts.URL+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", resp.StatusCode)
	}
}

func TestAPIAndCSV(t *testing.T) {
	store, ts := newTestServer(t, smallDB(t))
	bureau := idOf(t, store, "agency", "Trade Bureau")
	code, body := get(t, ts, "/api/releases?agency="+bureau)
	var list struct {
		Total int       `json:"total"`
		Items []Release `json:"items"`
	}
	if err := json.Unmarshal([]byte(body), &list); code != 200 || err != nil || list.Total != 2 || len(list.Items) != 2 || list.Items[0].Agencies != 2 {
		t.Errorf("api releases: %d %v %+v", code, err, list)
	}
	code, body = get(t, ts, "/api/agencies?format=csv")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if code != 200 || err != nil || len(rows) != 3 || strings.Join(rows[0], ",") != "id,name,country,releases" || rows[1][1] != "Foreign Ministry" || rows[1][3] != "2" {
		t.Errorf("csv agencies: %d %v %q", code, err, rows)
	}
	code, body = get(t, ts, "/api/people?q=ada")
	if code != 200 || !strings.Contains(body, `"Ada Lovelace"`) || strings.Contains(body, "Grace") {
		t.Errorf("api people: %d %s", code, body)
	}
}

func TestEntityPage(t *testing.T) {
	store, ts := newTestServer(t, smallDB(t))
	ministry := idOf(t, store, "agency", "Foreign Ministry")
	code, body := get(t, ts, "/agency/"+ministry)
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	if got := titles(body); strings.Join(got, "|") != "Ministers discuss fisheries|Statement on rivers" {
		t.Errorf("releases oldest first: %q", got)
	}
	for _, want := range []string{"Trade Bureau", "Ada Lovelace", "Grace Hopper", "<svg", "<rect", "2021-03: 1"} {
		if !strings.Contains(body, want) {
			t.Errorf("agency page lacks %q", want)
		}
	}
}

func TestCSVSafe(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"+1 555", "'+1 555"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"Ministry of Defence", "Ministry of Defence"},
		{"", ""},
	} {
		if got := csvSafe(tc.in); got != tc.want {
			t.Errorf("csvSafe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestEscaped: a release whose texts carry markup shows it as text on
// every page, and the pages forbid scripts.
func TestEscaped(t *testing.T) {
	evil := `<script>alert(1)</script> "><img src=x onerror=alert(2)>`
	rec := newRecord(1, "Release "+evil, "2024-05-06", []string{"Ada " + evil}, []string{"Agency " + evil}, []string{"Lyon"})
	path := writeRecords(t, []output.Record{rec})
	store, ts := newTestServer(t, path)
	pages := []string{"/", "/release/" + rec.ID, "/person/" + idOf(t, store, "person", "Ada "+evil),
		"/agency/" + idOf(t, store, "agency", "Agency "+evil), "/people", "/agencies", "/?q=script"}
	for _, p := range pages {
		code, body := get(t, ts, p)
		if code != 200 {
			t.Fatalf("%s: status %d", p, code)
		}
		for _, bad := range []string{"<script", "<img", "onerror=alert(2)>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: page contains %q", p, bad)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(body, "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;") {
			t.Errorf("%s: the escaped text is missing", p)
		}
	}
	resp, err := ts.Client().Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("CSP %q", csp)
	}
}
