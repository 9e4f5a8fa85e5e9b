// Package present turns a record into what a person reads: the article's
// text cut into segments with every mention marked by its kind, and the
// record's lists (people, agencies, places, dates, agenda, events) in
// display form. It renders them for a terminal (ANSI colours), for plain
// text ([mention:kind] brackets) and as a standalone HTML page; `communique
// show` and the web pages of package web use it.
//
// It reads records in their JSON form (output.Record marshalled), so that
// fields added to the record schema compatibly, such as events, show here
// as soon as they appear.
package present
