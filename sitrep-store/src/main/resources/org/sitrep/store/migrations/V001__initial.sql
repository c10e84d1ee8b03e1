-- the first schema: see docs/STORE.md
CREATE TABLE articles (
  id VARCHAR PRIMARY KEY,
  url VARCHAR,
  title VARCHAR,
  published DATE,
  source VARCHAR,
  origin VARCHAR,
  content_hash VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE places (
  id VARCHAR PRIMARY KEY,
  name VARCHAR,
  geonameid BIGINT,
  country VARCHAR,
  admin1 VARCHAR,
  lat DOUBLE,
  lon DOUBLE,
  precision VARCHAR
);
CREATE TABLE actors (
  id VARCHAR PRIMARY KEY,
  name VARCHAR,
  actor_id VARCHAR,
  kind VARCHAR,
  country VARCHAR
);
CREATE TABLE events (
  id VARCHAR PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  type VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  acled_event_type VARCHAR,
  acled_sub_event_type VARCHAR,
  trigger VARCHAR,
  date DATE,
  date_precision VARCHAR,
  country VARCHAR,
  admin1 VARCHAR,
  location VARCHAR,
  place_id VARCHAR,
  lat DOUBLE,
  lon DOUBLE,
  geo_precision VARCHAR,
  actor VARCHAR,
  actor_kind VARCHAR,
  actor_key VARCHAR,
  target VARCHAR,
  target_kind VARCHAR,
  target_key VARCHAR,
  fatalities BIGINT,
  injured BIGINT,
  displaced BIGINT,
  confidence DOUBLE,
  evidence VARCHAR,
  json VARCHAR NOT NULL
);
CREATE TABLE relations (
  id VARCHAR PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  relation VARCHAR NOT NULL,
  subject VARCHAR,
  subject_key VARCHAR,
  object VARCHAR,
  object_key VARCHAR,
  former BOOLEAN,
  evidence VARCHAR,
  json VARCHAR NOT NULL
);
CREATE TABLE failures (
  input VARCHAR NOT NULL,
  record INTEGER NOT NULL,
  code VARCHAR NOT NULL,
  message VARCHAR,
  failed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (input, record, code)
);
CREATE TABLE clusters (
  id VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL,
  PRIMARY KEY (id, event_id)
);
