// Package goldguard measures the pipeline on a gold set: it runs the
// stages over a folder of documents, collects the records in memory and
// scores them with package score; and it checks a report against floors,
// the lowest scores the project accepts (testdata/gold/floors.json). The
// guard test in this package fails `make test` when a change lowers any
// score below its floor.
package goldguard
