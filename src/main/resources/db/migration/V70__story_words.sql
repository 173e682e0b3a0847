-- The search index (story.WordIndex): one row per story with its words folded to one script and
-- segmented (story.CopyWords), the headline's apart so that headline matches rank first, and the
-- wire's urgency for the search's filter. The feeds' ?q= and GET /api/v1/search read it. Rows of
-- stories stored before this migration are written after deployment, in batches
-- (story.WordIndexBackfill). On PostgreSQL, db/postgresql/V71 adds tsvector columns and GIN
-- indexes; H2 reads the words with LIKE. ${text} is text on PostgreSQL and a CLOB on H2.
create table story_words (
    story_id       uuid primary key,
    headline_words ${text} not null,
    words          ${text} not null,
    urgency        integer
);
