-- 0003_fulltext: a full-text index over records' titles and texts
-- (PostgreSQL tsvector), for `communique serve`'s text search. (Version 3:
-- version 2 is the events tables.)
--
-- An expression index rather than a stored column, so that the records
-- table keeps its columns. A query uses it when it repeats the expression:
--   WHERE to_tsvector('english', title || ' ' || text)
--         @@ websearch_to_tsquery('english', $1)

CREATE INDEX records_fulltext ON records
    USING gin (to_tsvector('english', title || ' ' || text));
