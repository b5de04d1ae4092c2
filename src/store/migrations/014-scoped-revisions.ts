// Revisions per scope and summaries kept per event (issue 12, summaries that scale).
//
// One store-wide revision row made every write transaction queue on it and every write anywhere
// empty every cache. Each scope now has its own row: an event (its id), the documents in no event
// (0), what every event depends on (-1: events, claimants, curation) and the victims registry (-2).
// A write bumps the rows of the scopes it touched, with values from one sequence, so two writes to
// different events never wait for each other, and a reader drops only what the changed scopes feed.
//
// A claim carries its document's event (kept in step by the store), so that an event's claims are
// paged and counted from one index instead of joining every document.
//
// event_view holds each scope's reconciliation as the dashboard shows it, computed by whoever
// changed the scope or first asked (ingest, a worker's sweep, a server): a server answers an
// event's summary from one row, and never holds the whole store in memory to do it.
export const scopedRevisions = `
CREATE SEQUENCE revision_seq;

CREATE TABLE revision_scope (
  scope       integer PRIMARY KEY,
  revision    bigint NOT NULL,
  changed_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO revision_scope (scope, revision) VALUES (-1, nextval('revision_seq'));
DROP TABLE store_revision;

-- no foreign key: it mirrors document.event_id, which has one (a check per claim would slow every insert)
ALTER TABLE claim ADD COLUMN event_id integer;
UPDATE claim c SET event_id = d.event_id FROM document d WHERE d.id = c.document_id AND d.event_id IS NOT NULL;
-- The columns pages filter on ride in the index, so an event's counts read the index alone (once
-- vacuum has marked the pages all-visible) instead of fetching claims scattered over the table.
CREATE INDEX claim_event_idx ON claim (event_id, id) INCLUDE (review_state, metric, population, status, as_of);

CREATE TABLE event_view (
  scope            integer PRIMARY KEY,
  -- the scope's revision and the revision of what every scope depends on (-1), as read before the
  -- claims were: a write committed meanwhile leaves the row behind, to be computed again
  revision         bigint NOT NULL,
  shared_revision  bigint NOT NULL,
  today            date NOT NULL,
  summary          text NOT NULL,
  view             text NOT NULL,
  computed_at      timestamptz NOT NULL DEFAULT now()
);
`;
