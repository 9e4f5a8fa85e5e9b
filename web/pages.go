package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/communique/communique/internal/present"
)

// textSegment is a run of a release's text; Href links a mention to its
// entity's page.
type textSegment struct {
	Text, Kind, Href string
}

// listItem is a line of a release's entity lists or agenda outline.
type listItem struct {
	Name    string
	Details []string
	Indent  int
	Href    string
}

type listSection struct {
	Title string
	Items []listItem
}

// hrefOf is the page of the entity at index of the release's list of
// kind, or "" when it has none.
func hrefOf(d ReleaseDetail, kind present.Kind, index int) string {
	var ids map[int]int64
	var path string
	switch kind {
	case present.KindPerson:
		ids, path = d.People, "/person/"
	case present.KindAgency:
		ids, path = d.Agencies, "/agency/"
	case present.KindPlace:
		ids, path = d.Places, "/place/"
	case present.KindEvent:
		ids, path = d.EventSets, "/series/"
	default:
		return ""
	}
	id, ok := ids[index]
	if !ok {
		return ""
	}
	return path + strconv.FormatInt(id, 10)
}

// webURL is u when it is an http(s) address, else "" (file paths and
// other schemes are shown, not linked).
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func (s *Server) handleRelease(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Release(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	rec, err := present.Decode(d.Raw)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	var segs []textSegment
	for _, sg := range present.Segments(rec.Text, rec.Spans()) {
		segs = append(segs, textSegment{Text: sg.Text, Kind: string(sg.Kind), Href: hrefOf(d, sg.Kind, sg.Index)})
	}
	var secs []listSection
	for _, sec := range rec.Sections() {
		ls := listSection{Title: sec.Title}
		for _, it := range sec.Items {
			ls.Items = append(ls.Items, listItem{Name: it.Name, Details: it.Details, Indent: it.Level - 1, Href: hrefOf(d, it.Kind, it.Index)})
		}
		secs = append(secs, ls)
	}
	title := rec.Title
	if title == "" {
		title = "Untitled release"
	}
	s.render(w, r, "release", struct {
		pageData
		Record    present.Record
		Kinds     []present.Kind
		Segments  []textSegment
		Sections  []listSection
		Source    string
		SourceURL string
	}{pageData{title, s.store.HasEvents()}, rec, present.Kinds, segs, secs, rec.SourceName(), webURL(rec.Source.URI)})
}

func (s *Server) handleReleaseJSON(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Release(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(d.Raw) //nolint:errcheck // the client went away
}

// pathID reads the {id} of an entity path.
func pathID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}

// coLimit is how many co-occurring agencies and people an entity page lists.
const coLimit = 15

func (s *Server) entityHandler(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, ok := pathID(r)
		if !ok {
			s.fail(w, r, http.StatusNotFound, ErrNotFound)
			return
		}
		q := r.URL.Query()
		page, size, err := pageParams(q, 50)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		ctx := r.Context()
		ent, err := s.store.Entity(ctx, kind, id)
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		f := Filter{Oldest: true, Page: page, Size: size}
		switch kind {
		case "person":
			f.Person = id
		case "agency":
			f.Agency = id
		case "place":
			f.Place = id
		}
		rels, err := s.store.Releases(ctx, f)
		var agencies, people []Count
		var months []Month
		if err == nil {
			agencies, err = s.store.CoOccurring(ctx, kind, id, "agency", coLimit)
		}
		if err == nil {
			people, err = s.store.CoOccurring(ctx, kind, id, "person", coLimit)
		}
		if err == nil {
			months, err = s.store.Monthly(ctx, kind, id)
		}
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		filter := "/?" + url.Values{kind: {strconv.FormatInt(id, 10)}}.Encode()
		s.render(w, r, "entity", struct {
			pageData
			Entity    Entity
			Releases  []Release
			Pager     *pager
			Agencies  []countLink
			People    []countLink
			Chart     *Chart
			FilterURL string
		}{pageData{ent.Name, s.store.HasEvents()}, ent, rels.Items, newPager(r.URL, "/api/releases?"+filter[2:], page, size, rels.Total, rels.AtLeast),
			countLinks("agency", agencies), countLinks("person", people),
			monthChart("Releases naming "+ent.Name+" per month", months), filter})
	}
}

func (s *Server) entitiesHandler(kind, plural string) http.HandlerFunc {
	title := strings.ToUpper(plural[:1]) + plural[1:]
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		page, size, err := pageParams(q, 50)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		match := q.Get("q")
		if len(match) > 200 {
			match = match[:200]
		}
		items, total, err := s.store.Entities(r.Context(), kind, match, page, size)
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		if isAPI(r) {
			writeList(w, r, total, items, []string{"id", "name", "country", "releases"}, func(c Count) []string {
				return []string{strconv.FormatInt(c.ID, 10), c.Name, c.Country, strconv.Itoa(c.Releases)}
			})
			return
		}
		s.render(w, r, "entities", struct {
			pageData
			Query string
			Items []countLink
			Pager *pager
		}{pageData{title, s.store.HasEvents()}, match, countLinks(kind, items), newPager(r.URL, "/api/"+plural, page, size, total, false)})
	}
}

func (s *Server) handleSeriesList(w http.ResponseWriter, r *http.Request) {
	page, size, err := pageParams(r.URL.Query(), 50)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	items, total, err := s.store.SeriesList(r.Context(), page, size)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if isAPI(r) {
		writeList(w, r, total, items, []string{"id", "name", "rounds", "first", "last"}, func(x Series) []string {
			return []string{strconv.FormatInt(x.ID, 10), x.Name, strconv.Itoa(x.Rounds), x.First, x.Last}
		})
		return
	}
	s.render(w, r, "serieslist", struct {
		pageData
		Items []Series
		Pager *pager
	}{pageData{"Meeting series", true}, items, newPager(r.URL, "/api/series", page, size, total, false)})
}

func (s *Server) handleSeries(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r)
	if !ok {
		s.fail(w, r, http.StatusNotFound, ErrNotFound)
		return
	}
	page, size, err := pageParams(r.URL.Query(), 50)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	series, rounds, err := s.store.SeriesRounds(r.Context(), id)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	rels, err := s.store.SeriesReleases(r.Context(), id, page, size)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	s.render(w, r, "series", struct {
		pageData
		Series   Series
		Rounds   []Round
		Chart    *Chart
		Releases []Release
		Pager    *pager
	}{pageData{series.Name, true}, series, rounds, timelineChart("Rounds of "+series.Name, rounds), rels.Items, newPager(r.URL, "", page, size, rels.Total, rels.AtLeast)})
}
