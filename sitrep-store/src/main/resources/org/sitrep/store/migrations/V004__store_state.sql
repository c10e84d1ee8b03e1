-- Small counters the store keeps about itself. events_unsorted: events appended since the events
-- table was last rewritten in (country, date) order (EventOrder), so ingest re-sorts only when the
-- unsorted tail is large enough to slow queries.
CREATE TABLE store_state (
  key VARCHAR PRIMARY KEY,
  value BIGINT NOT NULL
);
