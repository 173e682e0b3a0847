-- Feeds: one keyset range scan per stored language over public stories, newest first, starting at
-- the cursor (status in the index, so held and killed stories cost nothing to skip).
create index story_public_feed on story (language, status, version_created desc, id desc);
-- The next embargo to lift, which bounds how long a rendered feed may be served.
create index story_embargo on story (embargoed_until);
