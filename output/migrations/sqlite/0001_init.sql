-- 0001_init: the relational form of record schema v1 (SQLite).
--
-- Types differ from PostgreSQL only where SQLite has no such type: dates
-- are TEXT YYYY-MM-DD, timestamps TEXT RFC 3339 UTC (they sort), booleans
-- INTEGER 0/1, raw is TEXT JSON and aliases a TEXT JSON array.
--
-- Canonical entities (people, agencies, places, dates) are one row per
-- identity across all releases; the record_* tables link a record to them
-- with what that record states; the *_mentions tables hold the spans.
-- Spans are character (code point) offsets into records.text, as in JSON.
-- Country is '' when unknown because it is part of the unique keys.

CREATE TABLE records (
    id              TEXT PRIMARY KEY,
    source_identity TEXT NOT NULL,
    source_uri      TEXT,
    source_path     TEXT,
    source_sha256   TEXT,
    content_type    TEXT,
    source_size     INTEGER NOT NULL DEFAULT 0,
    fetched_at      TEXT,
    segment         INTEGER NOT NULL,
    title           TEXT NOT NULL,
    published       TEXT,
    published_start TEXT,
    published_end   TEXT,
    language        TEXT NOT NULL,
    text            TEXT NOT NULL,
    schema_version  TEXT NOT NULL,
    raw             TEXT NOT NULL CHECK (json_valid(raw)),
    raw_sha256      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (source_identity, segment)
) STRICT;
CREATE INDEX records_published ON records (published_start, published_end);

CREATE TABLE people (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    UNIQUE (name, country)
) STRICT;

CREATE TABLE agencies (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    country   TEXT NOT NULL DEFAULT '',
    acronym   TEXT NOT NULL DEFAULT '',
    kind      TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES agencies (id),
    UNIQUE (name, country)
) STRICT;
CREATE INDEX agencies_acronym ON agencies (acronym);

CREATE TABLE places (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    kind    TEXT NOT NULL DEFAULT '',
    UNIQUE (name, country)
) STRICT;

CREATE TABLE dates (
    id         INTEGER PRIMARY KEY,
    value      TEXT NOT NULL UNIQUE,
    start_date TEXT,
    end_date   TEXT
) STRICT;
CREATE INDEX dates_range ON dates (start_date, end_date);

CREATE TABLE record_people (
    record_id      TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    person_id      INTEGER NOT NULL REFERENCES people (id),
    local_id       TEXT NOT NULL,
    title          TEXT NOT NULL,
    affiliation_id INTEGER REFERENCES agencies (id),
    PRIMARY KEY (record_id, ord)
) STRICT;
CREATE INDEX record_people_person ON record_people (person_id);

CREATE TABLE record_agencies (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    local_id  TEXT NOT NULL,
    acronym   TEXT NOT NULL,
    aliases   TEXT NOT NULL CHECK (json_valid(aliases)),
    kind      TEXT NOT NULL,
    parent_id INTEGER REFERENCES agencies (id),
    PRIMARY KEY (record_id, ord)
) STRICT;
CREATE INDEX record_agencies_agency ON record_agencies (agency_id);

CREATE TABLE record_places (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    place_id  INTEGER NOT NULL REFERENCES places (id),
    PRIMARY KEY (record_id, ord)
) STRICT;
CREATE INDEX record_places_place ON record_places (place_id);

CREATE TABLE record_dates (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    date_id   INTEGER NOT NULL REFERENCES dates (id),
    text      TEXT NOT NULL,
    role      TEXT NOT NULL,
    relative  INTEGER NOT NULL,
    PRIMARY KEY (record_id, ord)
) STRICT;
CREATE INDEX record_dates_date ON record_dates (date_id);

CREATE TABLE person_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_people (record_id, ord) ON DELETE CASCADE
) STRICT;

CREATE TABLE agency_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_agencies (record_id, ord) ON DELETE CASCADE
) STRICT;

CREATE TABLE place_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_places (record_id, ord) ON DELETE CASCADE
) STRICT;

CREATE TABLE date_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_dates (record_id, ord) ON DELETE CASCADE
) STRICT;

CREATE TABLE agenda_items (
    record_id  TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    label      TEXT NOT NULL,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL,
    level      INTEGER NOT NULL,
    parent_idx INTEGER,
    inline     INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    PRIMARY KEY (record_id, idx)
) STRICT;

CREATE TABLE errors (
    source_identity TEXT PRIMARY KEY,
    record_id       TEXT NOT NULL,
    source_uri      TEXT,
    source_path     TEXT,
    source_sha256   TEXT,
    content_type    TEXT,
    message         TEXT NOT NULL,
    raw             TEXT NOT NULL CHECK (json_valid(raw)),
    raw_sha256      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
