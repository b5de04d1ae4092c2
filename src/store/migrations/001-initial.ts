// The first schema: documents, claimants, claims, events and the audit trail (PostgreSQL 15 SQL).
export const initial = `
CREATE TABLE event (
  id          serial PRIMARY KEY,
  name        text NOT NULL UNIQUE,
  region      text,
  since       date NOT NULL,
  match       text[] NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE document (
  id                 serial PRIMARY KEY,
  sha256             text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  url                text,
  outlet             text,
  title              text,
  published          date,
  language           text NOT NULL DEFAULT 'en',
  text               text NOT NULL,
  source             text NOT NULL CHECK (source IN ('file', 'url', 'feed')),
  fetched_at         timestamptz NOT NULL DEFAULT now(),
  event_id           integer REFERENCES event (id) ON DELETE SET NULL,
  extractor_version  text NOT NULL,
  generation         integer NOT NULL DEFAULT 1
);
CREATE INDEX document_event_idx ON document (event_id);

CREATE TABLE claimant (
  id       serial PRIMARY KEY,
  name     text NOT NULL UNIQUE,
  kind     text,
  aliases  text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE claim (
  id                 serial PRIMARY KEY,
  document_id        integer NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  generation         integer NOT NULL,
  extractor_version  text NOT NULL,
  -- What the extractor found, never changed by a correction: lets a re-extraction recognise a reviewed claim.
  extracted_key      text NOT NULL,
  metric             text NOT NULL,
  population         text NOT NULL,
  min                bigint,
  max                bigint,
  qualifier          text NOT NULL,
  claimant           text,
  claimant_kind      text,
  claimant_id        integer REFERENCES claimant (id),
  status             text NOT NULL,
  as_of              date,
  main_event         boolean NOT NULL,
  evidence_text      text NOT NULL,
  evidence_start     integer NOT NULL,
  evidence_end       integer NOT NULL,
  review_state       text NOT NULL DEFAULT 'auto' CHECK (review_state IN ('auto', 'accepted', 'corrected', 'rejected'))
);
CREATE INDEX claim_document_idx ON claim (document_id);
CREATE INDEX claim_metric_idx ON claim (metric, as_of);

CREATE TABLE audit (
  id         serial PRIMARY KEY,
  actor      text NOT NULL,
  action     text NOT NULL,
  entity     text NOT NULL,
  entity_id  integer NOT NULL,
  before     jsonb,
  after      jsonb,
  at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_entity_idx ON audit (entity, entity_id);
`;
