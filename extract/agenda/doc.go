// Package agenda owns an article's numbered items: the labels that start a
// line or paragraph ("1.", "(a)", "iv.", "2.3.1"), each item's title and
// body, and the outline they form. Its result is Part.
package agenda
