-- 0001_init: the relational form of record schema v1 (PostgreSQL).
--
-- Canonical entities (people, agencies, places, dates) are one row per
-- identity across all releases; the record_* tables link a record to them
-- with what that record states; the *_mentions tables hold the spans.
-- Spans are character (code point) offsets into records.text, as in JSON.
-- Country is '' when unknown because it is part of the unique keys.

CREATE TABLE records (
    id              text PRIMARY KEY,
    source_identity text NOT NULL,
    source_uri      text,
    source_path     text,
    source_sha256   text,
    content_type    text,
    source_size     bigint NOT NULL DEFAULT 0,
    fetched_at      timestamptz,
    segment         integer NOT NULL,
    title           text NOT NULL,
    published       text,
    published_start date,
    published_end   date,
    language        text NOT NULL,
    text            text NOT NULL,
    schema_version  text NOT NULL,
    raw             jsonb NOT NULL,
    raw_sha256      text NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (source_identity, segment)
);
CREATE INDEX records_published ON records (published_start, published_end);

CREATE TABLE people (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name    text NOT NULL,
    country text NOT NULL DEFAULT '',
    UNIQUE (name, country)
);

CREATE TABLE agencies (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name      text NOT NULL,
    country   text NOT NULL DEFAULT '',
    acronym   text NOT NULL DEFAULT '',
    kind      text NOT NULL DEFAULT '',
    parent_id bigint REFERENCES agencies (id),
    UNIQUE (name, country)
);
CREATE INDEX agencies_acronym ON agencies (acronym);

CREATE TABLE places (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name    text NOT NULL,
    country text NOT NULL DEFAULT '',
    kind    text NOT NULL DEFAULT '',
    UNIQUE (name, country)
);

CREATE TABLE dates (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    value      text NOT NULL UNIQUE,
    start_date date,
    end_date   date
);
CREATE INDEX dates_range ON dates (start_date, end_date);

CREATE TABLE record_people (
    record_id      text NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord            integer NOT NULL,
    person_id      bigint NOT NULL REFERENCES people (id),
    local_id       text NOT NULL,
    title          text NOT NULL,
    affiliation_id bigint REFERENCES agencies (id),
    PRIMARY KEY (record_id, ord)
);
CREATE INDEX record_people_person ON record_people (person_id);

CREATE TABLE record_agencies (
    record_id text NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       integer NOT NULL,
    agency_id bigint NOT NULL REFERENCES agencies (id),
    local_id  text NOT NULL,
    acronym   text NOT NULL,
    aliases   text[] NOT NULL,
    kind      text NOT NULL,
    parent_id bigint REFERENCES agencies (id),
    PRIMARY KEY (record_id, ord)
);
CREATE INDEX record_agencies_agency ON record_agencies (agency_id);

CREATE TABLE record_places (
    record_id text NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       integer NOT NULL,
    place_id  bigint NOT NULL REFERENCES places (id),
    PRIMARY KEY (record_id, ord)
);
CREATE INDEX record_places_place ON record_places (place_id);

CREATE TABLE record_dates (
    record_id text NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       integer NOT NULL,
    date_id   bigint NOT NULL REFERENCES dates (id),
    text      text NOT NULL,
    role      text NOT NULL,
    relative  boolean NOT NULL,
    PRIMARY KEY (record_id, ord)
);
CREATE INDEX record_dates_date ON record_dates (date_id);

CREATE TABLE person_mentions (
    record_id  text NOT NULL,
    ord        integer NOT NULL,
    idx        integer NOT NULL,
    start_char integer NOT NULL,
    end_char   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_people (record_id, ord) ON DELETE CASCADE
);

CREATE TABLE agency_mentions (
    record_id  text NOT NULL,
    ord        integer NOT NULL,
    idx        integer NOT NULL,
    start_char integer NOT NULL,
    end_char   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_agencies (record_id, ord) ON DELETE CASCADE
);

CREATE TABLE place_mentions (
    record_id  text NOT NULL,
    ord        integer NOT NULL,
    idx        integer NOT NULL,
    start_char integer NOT NULL,
    end_char   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_places (record_id, ord) ON DELETE CASCADE
);

CREATE TABLE date_mentions (
    record_id  text NOT NULL,
    ord        integer NOT NULL,
    idx        integer NOT NULL,
    start_char integer NOT NULL,
    end_char   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_dates (record_id, ord) ON DELETE CASCADE
);

CREATE TABLE agenda_items (
    record_id  text NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    label      text NOT NULL,
    title      text NOT NULL,
    text       text NOT NULL,
    level      integer NOT NULL,
    parent_idx integer,
    inline     boolean NOT NULL,
    start_char integer NOT NULL,
    end_char   integer NOT NULL,
    PRIMARY KEY (record_id, idx)
);

CREATE TABLE errors (
    source_identity text PRIMARY KEY,
    record_id       text NOT NULL,
    source_uri      text,
    source_path     text,
    source_sha256   text,
    content_type    text,
    message         text NOT NULL,
    raw             jsonb NOT NULL,
    raw_sha256      text NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
