// Package lexicon owns the word knowledge and the tokenizer behind
// package entity: the embedded gazetteer of agencies, countries and cities
// (Gazetteer), the names lexicon of given names, family names, honorifics
// and titles (NameLexicon), the organization head nouns and company forms
// (OrgLexicon), the word lists of data/words (WordLists), their loaders,
// and the entity tokenizer and its key folding (Tokenize, FoldKey). The
// files and their public sources are described in data/README.md. Every
// value is read-only once loaded; the package uses no rule of entity.
package lexicon
