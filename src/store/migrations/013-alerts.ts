// Alerts (PostgreSQL 15 SQL): what each event's standing was when alerts were last computed (one row
// per fact: a claimant's latest figure per metric and population, or a check raised), the events
// waiting for their standing to be computed again, the alerts
// raised when it changed (each under a key derived from the change, so a retried ingest never
// raises one twice), the webhooks that receive them, and each alert's delivery to each webhook.
export const alerts = `
CREATE TABLE alert_standing (
  scope   integer NOT NULL,
  fact    text NOT NULL,
  value   jsonb NOT NULL,
  PRIMARY KEY (scope, fact)
);

-- Events whose standing a worker's ingest may have changed, waiting for a sweep: a worker marks
-- them after each job and any worker sweeps them, so a busy event is reconciled once per sweep,
-- not once per report, and a worker that dies mid-sweep leaves the mark for another.
CREATE TABLE alert_pending (
  scope   integer PRIMARY KEY,
  since   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alert (
  id        serial PRIMARY KEY,
  key       text NOT NULL UNIQUE CHECK (key ~ '^[0-9a-f]{64}$'),
  event_id  integer REFERENCES event (id) ON DELETE SET NULL,
  kind      text NOT NULL CHECK (kind IN ('figure_changed', 'new_source', 'check_raised')),
  summary   text NOT NULL,
  payload   jsonb NOT NULL,
  at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_event_idx ON alert (event_id, id);

CREATE TABLE webhook (
  id             serial PRIMARY KEY,
  url            text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
  secret         text NOT NULL CHECK (length(secret) BETWEEN 16 AND 200),
  event_id       integer REFERENCES event (id) ON DELETE CASCADE,
  kinds          text[] NOT NULL DEFAULT '{}',
  allow_private  boolean NOT NULL DEFAULT false,
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_delivery (
  id            serial PRIMARY KEY,
  alert_id      integer NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
  webhook_id    integer NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
  state         text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text,
  delivered_at  timestamptz,
  UNIQUE (alert_id, webhook_id)
);
CREATE INDEX webhook_delivery_pending_idx ON webhook_delivery (state) WHERE state = 'pending'
`;
