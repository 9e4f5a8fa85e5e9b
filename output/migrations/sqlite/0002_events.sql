-- 0002_events: events (record schema v1 events[], added compatibly; SQLite).
--
-- event_series is one row per series key (the normalized name of a
-- recurring dialogue or body); events is one row per occurrence across all
-- releases: two mentions are one event when they share the series key and
-- the ordinal, or the series key and dates one of which contains the other
-- (a month contains its days); an event without a series is one row per
-- name and date. record_events links a record's events[] entry (ord = its
-- index) to its event and series, with what that record states; a mention
-- with neither ordinal nor date would link to its series only (event_id
-- NULL). Chairs, hosts and participants and the spans hang off the link.
-- Dates are TEXT YYYY-MM-DD as in 0001.

CREATE TABLE event_series (
    id   INTEGER PRIMARY KEY,
    key  TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    series_id  INTEGER REFERENCES event_series (id),
    name       TEXT NOT NULL,
    ordinal    INTEGER,
    dates      TEXT,
    start_date TEXT,
    end_date   TEXT,
    place      TEXT,
    country    TEXT
) STRICT;
CREATE INDEX events_series ON events (series_id, start_date);
CREATE INDEX events_range ON events (start_date, end_date);

CREATE TABLE record_events (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    event_id  INTEGER REFERENCES events (id),
    series_id INTEGER REFERENCES event_series (id),
    name      TEXT NOT NULL,
    ordinal   INTEGER,
    dates     TEXT,
    place     TEXT,
    country   TEXT,
    PRIMARY KEY (record_id, ord)
) STRICT;
CREATE INDEX record_events_event ON record_events (event_id);
CREATE INDEX record_events_series ON record_events (series_id);

CREATE TABLE event_chairs (
    record_id TEXT NOT NULL,
    ord       INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (record_id, ord, person_id),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
) STRICT;
CREATE INDEX event_chairs_person ON event_chairs (person_id);

-- role is 'host' or 'participant'; a party is an agency or a country
-- (agency_id NULL, country its ISO code).
CREATE TABLE event_parties (
    record_id TEXT NOT NULL,
    ord       INTEGER NOT NULL,
    idx       INTEGER NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('host', 'participant')),
    agency_id INTEGER REFERENCES agencies (id),
    country   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
) STRICT;
CREATE INDEX event_parties_agency ON event_parties (agency_id);

CREATE TABLE event_mentions (
    record_id  TEXT NOT NULL,
    ord        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
) STRICT;
