-- NewsFacts output tables for PostgreSQL, schema version 1.0.
-- Generated from the record model by `newsfacts schemas`; do not edit.
-- Load documents first (the other tables reference it); docs/outputs.md shows \copy for CSV and JSONL.

CREATE TABLE "documents" (
    "doc" text NOT NULL PRIMARY KEY CHECK ("doc" <> ''),
    "path" text NOT NULL CHECK ("path" <> ''),
    "bytes" bigint CHECK ("bytes" >= 0),
    "sha256" text CHECK ("sha256" ~ '^([0-9a-f]{64})$'),
    "encoding" text CHECK ("encoding" <> ''),
    "characters" bigint CHECK ("characters" >= 0),
    "articles" bigint NOT NULL CHECK ("articles" >= 0),
    "facts" bigint NOT NULL CHECK ("facts" >= 0),
    "entities" bigint NOT NULL CHECK ("entities" >= 0),
    "rejects" bigint NOT NULL CHECK ("rejects" >= 0),
    "date" text CHECK ("date" ~ '^(([0-9]{4}|XXXX)(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]))?|-W(0[1-9]|[1-4][0-9]|5[0-3]))?(/([0-9]{4}|XXXX)(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]))?|-W(0[1-9]|[1-4][0-9]|5[0-3]))?)?)$'),
    "status" text NOT NULL CHECK ("status" IN ('ok', 'empty', 'error')),
    "message" text CHECK ("message" <> '')
);
COMMENT ON COLUMN "documents"."doc" IS 'input file path relative to the input root';
COMMENT ON COLUMN "documents"."path" IS 'path of the file as read';
COMMENT ON COLUMN "documents"."bytes" IS 'size in bytes';
COMMENT ON COLUMN "documents"."sha256" IS 'SHA-256 of the file, lower-case hex';
COMMENT ON COLUMN "documents"."encoding" IS 'detected encoding';
COMMENT ON COLUMN "documents"."characters" IS 'code points of decoded text, BOM excluded';
COMMENT ON COLUMN "documents"."articles" IS 'articles found';
COMMENT ON COLUMN "documents"."facts" IS 'facts written';
COMMENT ON COLUMN "documents"."entities" IS 'entities written';
COMMENT ON COLUMN "documents"."rejects" IS 'records rejected by validation';
COMMENT ON COLUMN "documents"."date" IS 'the document''s own date, ISO 8601';
COMMENT ON COLUMN "documents"."status" IS 'ok, empty or error';
COMMENT ON COLUMN "documents"."message" IS 'why, for empty and error; warnings otherwise';

CREATE TABLE "facts" (
    "id" text NOT NULL PRIMARY KEY CHECK ("id" <> ''),
    "doc" text NOT NULL REFERENCES "documents" ("doc") CHECK ("doc" <> ''),
    "start" bigint NOT NULL CHECK ("start" >= 0),
    "end" bigint NOT NULL CHECK ("end" >= 1),
    "mention" text NOT NULL CHECK ("mention" <> ''),
    "value" numeric NOT NULL,
    "value_max" numeric,
    "unit" text CHECK ("unit" <> ''),
    "kind" text NOT NULL CHECK ("kind" IN ('count', 'money', 'percent', 'measure', 'age', 'duration')),
    "qualifier" text NOT NULL CHECK ("qualifier" IN ('exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most')),
    "per" text CHECK ("per" <> ''),
    "change" text CHECK ("change" IN ('increase_to', 'increase_by', 'decrease_to', 'decrease_by')),
    "subject" text CHECK ("subject" <> ''),
    "normalized_value" numeric,
    "normalized_unit" text CHECK ("normalized_unit" <> ''),
    "article" bigint NOT NULL CHECK ("article" >= 0),
    "headline" text CHECK ("headline" <> ''),
    "context" text NOT NULL CHECK ("context" <> ''),
    "place" text CHECK ("place" <> ''),
    "place_source" text CHECK ("place_source" IN ('sentence', 'article', 'document')),
    "date" text CHECK ("date" ~ '^(([0-9]{4}|XXXX)(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]))?|-W(0[1-9]|[1-4][0-9]|5[0-3]))?(/([0-9]{4}|XXXX)(-(0[1-9]|1[0-2]|XX)(-(0[1-9]|[12][0-9]|3[01]))?|-W(0[1-9]|[1-4][0-9]|5[0-3]))?)?)$'),
    "date_source" text CHECK ("date_source" IN ('sentence', 'article', 'document'))
);
COMMENT ON COLUMN "facts"."id" IS 'stable identifier: doc#start-end';
COMMENT ON COLUMN "facts"."doc" IS 'input file path relative to the input root';
COMMENT ON COLUMN "facts"."start" IS 'code point offset of the mention in the decoded original text';
COMMENT ON COLUMN "facts"."end" IS 'code point offset one past the mention';
COMMENT ON COLUMN "facts"."mention" IS 'the quantity as written: text[start:end]';
COMMENT ON COLUMN "facts"."value" IS 'the amount with multipliers applied';
COMMENT ON COLUMN "facts"."value_max" IS 'upper end of a range';
COMMENT ON COLUMN "facts"."unit" IS 'unit or classifier as written, without multiplier';
COMMENT ON COLUMN "facts"."kind" IS 'what sort of amount';
COMMENT ON COLUMN "facts"."qualifier" IS 'relation of the stated to the true amount';
COMMENT ON COLUMN "facts"."per" IS 'denominator of a rate or price, as written';
COMMENT ON COLUMN "facts"."change" IS 'change or level after a change';
COMMENT ON COLUMN "facts"."subject" IS 'the thing counted or measured, from the sentence';
COMMENT ON COLUMN "facts"."normalized_value" IS 'value in the canonical unit';
COMMENT ON COLUMN "facts"."normalized_unit" IS 'canonical unit: W, V, VA, Wh, kg, m, m2, m3, s, m/s, μg/m3, CNY, USD, …';
COMMENT ON COLUMN "facts"."article" IS '0-based index of the article within the page';
COMMENT ON COLUMN "facts"."headline" IS 'headline of that article';
COMMENT ON COLUMN "facts"."context" IS 'the sentence holding the fact, layout line breaks removed';
COMMENT ON COLUMN "facts"."place" IS 'normalized place the fact is about';
COMMENT ON COLUMN "facts"."place_source" IS 'where place was found';
COMMENT ON COLUMN "facts"."date" IS 'ISO 8601 period the fact refers to';
COMMENT ON COLUMN "facts"."date_source" IS 'where date was found';

CREATE TABLE "entities" (
    "id" text NOT NULL PRIMARY KEY CHECK ("id" <> ''),
    "doc" text NOT NULL REFERENCES "documents" ("doc") CHECK ("doc" <> ''),
    "start" bigint NOT NULL CHECK ("start" >= 0),
    "end" bigint NOT NULL CHECK ("end" >= 1),
    "mention" text NOT NULL CHECK ("mention" <> ''),
    "type" text NOT NULL CHECK ("type" IN ('person', 'place', 'organization', 'date')),
    "normalized" text CHECK ("normalized" <> ''),
    "role" text CHECK ("role" <> ''),
    "adcode" text CHECK ("adcode" ~ '^([0-9]{6}([0-9]{3}([0-9]{3})?)?)$'),
    "article" bigint NOT NULL CHECK ("article" >= 0)
);
COMMENT ON COLUMN "entities"."id" IS 'stable identifier: doc#type:start-end';
COMMENT ON COLUMN "entities"."doc" IS 'input file path relative to the input root';
COMMENT ON COLUMN "entities"."start" IS 'code point offset of the mention in the decoded original text';
COMMENT ON COLUMN "entities"."end" IS 'code point offset one past the mention';
COMMENT ON COLUMN "entities"."mention" IS 'the entity as written: text[start:end]';
COMMENT ON COLUMN "entities"."type" IS 'entity type';
COMMENT ON COLUMN "entities"."normalized" IS 'ISO 8601 date, or full administrative path of a place';
COMMENT ON COLUMN "entities"."role" IS 'a person''s role as stated';
COMMENT ON COLUMN "entities"."adcode" IS 'PRC administrative division code of a place';
COMMENT ON COLUMN "entities"."article" IS '0-based index of the article within the page';

CREATE TABLE "rejects" (
    "table" text NOT NULL CHECK ("table" IN ('facts', 'entities', 'documents')),
    "doc" text NOT NULL REFERENCES "documents" ("doc") CHECK ("doc" <> ''),
    "stage" text NOT NULL CHECK ("stage" IN ('decode', 'normalize', 'segment', 'extract', 'resolve', 'validate', 'write')),
    "reason" text NOT NULL CHECK ("reason" IN ('field.type', 'field.null', 'field.enum', 'field.pattern', 'field.minimum', 'field.empty', 'field.nul', 'field.not-applicable', 'number.non-finite', 'number.malformed', 'doc.mismatch', 'id.malformed', 'id.duplicate', 'span.out-of-range', 'span.mismatch', 'value.range', 'normalized.incomplete', 'normalized.unexpected', 'normalized.unit', 'normalized.malformed', 'attribution.incomplete', 'article.out-of-range')),
    "message" text NOT NULL CHECK ("message" <> ''),
    "record" text NOT NULL CHECK ("record" <> '')
);
COMMENT ON COLUMN "rejects"."table" IS 'table the record was meant for';
COMMENT ON COLUMN "rejects"."doc" IS 'input file path relative to the input root';
COMMENT ON COLUMN "rejects"."stage" IS 'stage that produced the record';
COMMENT ON COLUMN "rejects"."reason" IS 'reason code (docs/outputs.md lists them)';
COMMENT ON COLUMN "rejects"."message" IS 'why it was rejected';
COMMENT ON COLUMN "rejects"."record" IS 'the rejected record as JSON text';
