-- near-duplicate articles and cross-source event clusters: see docs/STORE.md
ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR;
ALTER TABLE articles ADD COLUMN duplicate_similarity DOUBLE;
ALTER TABLE events ADD COLUMN duplicate_of VARCHAR;
ALTER TABLE events ADD COLUMN cluster VARCHAR;
CREATE TABLE article_signatures (
  article_id VARCHAR PRIMARY KEY,
  signature VARCHAR NOT NULL
);
CREATE TABLE article_buckets (
  bucket BIGINT NOT NULL,
  article_id VARCHAR NOT NULL
);
CREATE INDEX article_buckets_bucket ON article_buckets (bucket);
CREATE TABLE cluster_summaries (
  id VARCHAR PRIMARY KEY,
  type VARCHAR NOT NULL,
  country VARCHAR,
  location VARCHAR,
  lat DOUBLE,
  lon DOUBLE,
  first_date DATE,
  last_date DATE,
  events INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  sources VARCHAR,
  fatalities_low BIGINT,
  fatalities_best BIGINT,
  fatalities_high BIGINT,
  injured_low BIGINT,
  injured_best BIGINT,
  injured_high BIGINT,
  displaced_low BIGINT,
  displaced_best BIGINT,
  displaced_high BIGINT,
  json VARCHAR NOT NULL
);
