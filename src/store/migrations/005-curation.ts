// Curation an analyst does on the dashboard (PostgreSQL 15 SQL): checks dismissed with a reason, and
// claimant edits (merge, rename, not a source) keyed by the claimant as the reconciler resolves it.
// Rows are never deleted: an undo or a later edit marks the row undone, so the history stays whole.
export const curation = `
CREATE TABLE check_dismissal (
  id           serial PRIMARY KEY,
  check_key    text NOT NULL CHECK (length(check_key) BETWEEN 1 AND 200),
  event_id     integer REFERENCES event (id) ON DELETE SET NULL,
  kind         text NOT NULL,
  metric       text NOT NULL,
  explanation  text NOT NULL,
  reason       text NOT NULL CHECK (length(btrim(reason)) > 0 AND length(reason) <= 500),
  actor        text NOT NULL,
  at           timestamptz NOT NULL DEFAULT now(),
  undone_by    text,
  undone_at    timestamptz,
  undo_reason  text CHECK (length(undo_reason) <= 500),
  CHECK ((undone_by IS NULL) = (undone_at IS NULL))
);
CREATE UNIQUE INDEX check_dismissal_active_idx ON check_dismissal (check_key) WHERE undone_at IS NULL;

CREATE TABLE claimant_edit (
  id             serial PRIMARY KEY,
  claimant_key   text NOT NULL CHECK (length(claimant_key) BETWEEN 1 AND 400),
  claimant_name  text NOT NULL,
  action         text NOT NULL CHECK (action IN ('merge', 'rename', 'not_a_source')),
  into_key       text,
  into_name      text,
  into_kind      text,
  new_name       text CHECK (length(btrim(new_name)) > 0 AND length(new_name) <= 200),
  reason         text NOT NULL CHECK (length(btrim(reason)) > 0 AND length(reason) <= 500),
  actor          text NOT NULL,
  at             timestamptz NOT NULL DEFAULT now(),
  undone_by      text,
  undone_at      timestamptz,
  undo_reason    text CHECK (length(undo_reason) <= 500),
  CHECK ((action = 'merge') = (into_key IS NOT NULL)),
  CHECK ((action = 'rename') = (new_name IS NOT NULL)),
  CHECK (into_key IS DISTINCT FROM claimant_key),
  CHECK ((undone_by IS NULL) = (undone_at IS NULL))
);
CREATE UNIQUE INDEX claimant_edit_active_idx ON claimant_edit (claimant_key) WHERE undone_at IS NULL;
CREATE INDEX claimant_edit_into_idx ON claimant_edit (into_key)
`;
