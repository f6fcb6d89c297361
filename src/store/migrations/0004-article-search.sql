-- Search that finds: each article keeps its title and text folded as the pipeline folds text for matching
-- (search.ts fills it when an article is saved, and for articles stored before this migration when the store
-- opens), and event text search matches there instead of in the evidence sentence alone, which the article
-- text holds anyway. The trigram index moves from the quotes to the folded articles (when pg_trgm is available).

ALTER TABLE articles ADD COLUMN IF NOT EXISTS search text;
CREATE INDEX IF NOT EXISTS articles_search_pending_idx ON articles (id) WHERE search IS NULL;
DROP INDEX IF EXISTS events_quote_trgm_idx;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX IF NOT EXISTS articles_search_trgm_idx ON articles USING gin (search gin_trgm_ops)';
  END IF;
END
$$;
