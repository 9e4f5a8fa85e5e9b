-- 0002_events: events (record schema v1 events[], added compatibly; PostgreSQL).
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
-- start_date and end_date are date columns.

CREATE TABLE event_series (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key  text NOT NULL UNIQUE,
    name text NOT NULL
);

CREATE TABLE events (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id  bigint REFERENCES event_series (id),
    name       text NOT NULL,
    ordinal    integer,
    dates      text,
    start_date date,
    end_date   date,
    place      text,
    country    text
);
CREATE INDEX events_series ON events (series_id, start_date);
CREATE INDEX events_range ON events (start_date, end_date);

CREATE TABLE record_events (
    record_id text NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    ord       integer NOT NULL,
    event_id  bigint REFERENCES events (id),
    series_id bigint REFERENCES event_series (id),
    name      text NOT NULL,
    ordinal   integer,
    dates     text,
    place     text,
    country   text,
    PRIMARY KEY (record_id, ord)
);
CREATE INDEX record_events_event ON record_events (event_id);
CREATE INDEX record_events_series ON record_events (series_id);

CREATE TABLE event_chairs (
    record_id text NOT NULL,
    ord       integer NOT NULL,
    person_id bigint NOT NULL REFERENCES people (id),
    PRIMARY KEY (record_id, ord, person_id),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
);
CREATE INDEX event_chairs_person ON event_chairs (person_id);

-- role is 'host' or 'participant'; a party is an agency or a country
-- (agency_id NULL, country its ISO code).
CREATE TABLE event_parties (
    record_id text NOT NULL,
    ord       integer NOT NULL,
    idx       integer NOT NULL,
    role      text NOT NULL CHECK (role IN ('host', 'participant')),
    agency_id bigint REFERENCES agencies (id),
    country   text NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
);
CREATE INDEX event_parties_agency ON event_parties (agency_id);

CREATE TABLE event_mentions (
    record_id  text NOT NULL,
    ord        integer NOT NULL,
    idx        integer NOT NULL,
    start_char integer NOT NULL,
    end_char   integer NOT NULL,
    text       text NOT NULL,
    PRIMARY KEY (record_id, ord, idx),
    FOREIGN KEY (record_id, ord) REFERENCES record_events (record_id, ord) ON DELETE CASCADE
);
