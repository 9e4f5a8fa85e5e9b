-- 0003_fulltext: a full-text index over records' titles and texts (SQLite
-- FTS5), for `communique serve`'s text search. (Version 3: version 2 is the
-- events tables.)
--
-- records_fts is an external-content table: it indexes records.title and
-- records.text by records.rowid without storing them again, and the
-- triggers keep it in step with every insert, upsert and delete of the
-- sink. Search with
--   SELECT r.id FROM records_fts JOIN records r ON r.rowid = records_fts.rowid
--   WHERE records_fts MATCH ?
-- VACUUM may renumber records' rowids (the table has no INTEGER PRIMARY
-- KEY); rebuild the index after one with
--   INSERT INTO records_fts (records_fts) VALUES ('rebuild').

CREATE VIRTUAL TABLE records_fts USING fts5 (
    title,
    text,
    content = 'records',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
    INSERT INTO records_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
    INSERT INTO records_fts (records_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TRIGGER records_fts_update AFTER UPDATE OF title, text ON records BEGIN
    INSERT INTO records_fts (records_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO records_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

INSERT INTO records_fts (records_fts) VALUES ('rebuild');
