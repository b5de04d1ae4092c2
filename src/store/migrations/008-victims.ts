// The victims registry (PostgreSQL 15 SQL): one row per list record, keyed by list and the list's own
// id so a re-import updates it; the review queue of the last link run; and reviewers' decisions,
// keyed by the two records' list ids so they outlive re-imports and every later link run respects them.
export const victims = `
CREATE TABLE victim_record (
  id            serial PRIMARY KEY,
  list          text NOT NULL CHECK (length(list) BETWEEN 1 AND 200),
  record_id     text NOT NULL CHECK (length(record_id) BETWEEN 1 AND 200),
  event_id      integer REFERENCES event (id) ON DELETE SET NULL,
  given_name    text,
  surname       text,
  full_name     text,
  script        text NOT NULL CHECK (script IN ('latin', 'persian', 'arabic')),
  sex           text CHECK (sex IN ('female', 'male')),
  age           integer CHECK (age BETWEEN 0 AND 130),
  fate          text CHECK (fate IN ('killed', 'executed', 'detained', 'sentenced_to_death', 'missing')),
  day           date,
  place         text,
  evidence      jsonb NOT NULL,
  private       jsonb NOT NULL DEFAULT '{}',
  person_id     text,
  imported_at   timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (list, record_id)
);
CREATE INDEX victim_record_person_idx ON victim_record (person_id);

CREATE TABLE victim_review_pair (
  record_a     text NOT NULL,
  record_b     text NOT NULL,
  probability  double precision NOT NULL,
  weight       double precision NOT NULL,
  PRIMARY KEY (record_a, record_b),
  CHECK (record_a < record_b)
);

CREATE TABLE victim_link_decision (
  id          serial PRIMARY KEY,
  record_a    text NOT NULL,
  record_b    text NOT NULL,
  decision    text NOT NULL CHECK (decision IN ('match', 'not_match')),
  reason      text CHECK (length(reason) <= 500),
  actor       text NOT NULL,
  at          timestamptz NOT NULL DEFAULT now(),
  undone_at   timestamptz,
  CHECK (record_a < record_b)
);
CREATE UNIQUE INDEX victim_link_decision_active_idx ON victim_link_decision (record_a, record_b) WHERE undone_at IS NULL
`;
