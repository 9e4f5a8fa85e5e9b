// Package web is `communique serve`: a read-only web application over a
// database the SQL sinks loaded (SQLite or PostgreSQL). It owns the
// queries of the pages (store.go), the HTTP handlers and their
// server-rendered html/template pages embedded in the binary (server.go,
// templates/), the small SVG charts (chart.go), and the JSON and CSV forms
// of every list.
//
// Pages: the releases list with filters (date range, agency, person,
// place, country, full-text search) and pages; a release with its text,
// mentions highlighted and linked, its entities and agenda outline;
// person, agency and place pages with every release in date order, the
// agencies and people that appear with them, and releases per month; and
// meeting series pages when the database has the events tables. Every
// text comes from documents and is untrusted: templates escape it, pages
// carry no script and a Content-Security-Policy that allows none, queries
// have a deadline and lists a bounded page size.
package web
