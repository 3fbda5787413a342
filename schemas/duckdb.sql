-- NewsFacts output tables for DuckDB, schema version 1.0.
-- Generated from the record model by `newsfacts schemas`; do not edit.
-- Amounts are DOUBLE: exact beyond 15-17 significant digits only in the JSONL and CSV text
-- (and in PostgreSQL's numeric); a value beyond ±1.8e308 loads as ±inf.
-- Load into these tables (their types rule, nothing is guessed):
--   COPY facts FROM 'facts.csv' (FORMAT csv, HEADER true, ALLOW_QUOTED_NULLS false);
--   COPY facts FROM 'facts.jsonl' (FORMAT json);
-- ALLOW_QUOTED_NULLS false keeps "" an empty string; docs/outputs.md has more.

CREATE TABLE "documents" (
    "doc" VARCHAR NOT NULL PRIMARY KEY,
    "path" VARCHAR NOT NULL,
    "bytes" BIGINT,
    "sha256" VARCHAR,
    "encoding" VARCHAR,
    "characters" BIGINT,
    "articles" BIGINT NOT NULL,
    "facts" BIGINT NOT NULL,
    "entities" BIGINT NOT NULL,
    "rejects" BIGINT NOT NULL,
    "date" VARCHAR,
    "status" VARCHAR NOT NULL,
    "message" VARCHAR
);

CREATE TABLE "facts" (
    "id" VARCHAR NOT NULL PRIMARY KEY,
    "doc" VARCHAR NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    "mention" VARCHAR NOT NULL,
    "value" DOUBLE NOT NULL,
    "value_max" DOUBLE,
    "unit" VARCHAR,
    "kind" VARCHAR NOT NULL,
    "qualifier" VARCHAR NOT NULL,
    "per" VARCHAR,
    "change" VARCHAR,
    "subject" VARCHAR,
    "normalized_value" DOUBLE,
    "normalized_unit" VARCHAR,
    "article" BIGINT NOT NULL,
    "headline" VARCHAR,
    "context" VARCHAR NOT NULL,
    "place" VARCHAR,
    "place_source" VARCHAR,
    "date" VARCHAR,
    "date_source" VARCHAR
);

CREATE TABLE "entities" (
    "id" VARCHAR NOT NULL PRIMARY KEY,
    "doc" VARCHAR NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    "mention" VARCHAR NOT NULL,
    "type" VARCHAR NOT NULL,
    "normalized" VARCHAR,
    "role" VARCHAR,
    "adcode" VARCHAR,
    "article" BIGINT NOT NULL
);

CREATE TABLE "rejects" (
    "table" VARCHAR NOT NULL,
    "doc" VARCHAR NOT NULL,
    "stage" VARCHAR NOT NULL,
    "reason" VARCHAR NOT NULL,
    "message" VARCHAR NOT NULL,
    "record" VARCHAR NOT NULL
);
