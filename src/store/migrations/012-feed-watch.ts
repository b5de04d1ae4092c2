// Feeds watched by the workers (issue 12): each feed's schedule, the validators of its last answer
// (ETag, Last-Modified) for conditional requests, how its last poll went, and the items already
// queued, so a poll queues only new ones.
export const feedWatch = `
CREATE TABLE feed_watch (
  id              serial PRIMARY KEY,
  url             text NOT NULL UNIQUE,
  every_seconds   integer NOT NULL CHECK (every_seconds > 0),
  -- The ingest settings its items are queued with (event, limits, private addresses), as a job carries them.
  settings        jsonb NOT NULL DEFAULT '{}',
  etag            text,
  last_modified   text,
  added_at        timestamptz NOT NULL DEFAULT now(),
  last_polled_at  timestamptz,
  next_poll_at    timestamptz,
  last_status     text,
  last_error      text,
  failures        integer NOT NULL DEFAULT 0,
  items_queued    integer NOT NULL DEFAULT 0
);
CREATE TABLE feed_watch_item (
  feed_id     integer NOT NULL REFERENCES feed_watch (id) ON DELETE CASCADE,
  -- The item's link, or a hash of its title and content when it has none.
  item_key    text NOT NULL,
  first_seen  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (feed_id, item_key)
);
`;
