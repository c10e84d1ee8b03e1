-- lookups that ingest makes for every article (is it stored already?) and the usual event filters
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_date ON events (date);
