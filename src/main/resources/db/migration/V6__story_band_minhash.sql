-- Band keys now come from a MinHash sketch of word pairs (story.MinHash), not from 8-bit slices of the
-- SimHash, whose bands matched thousands of unrelated stories of the same language. Old keys would
-- never meet new ones; stories of the last 72 hours lose their index and can no longer be found as
-- look-alikes, which costs at most a duplicate entry for a story repeated across the upgrade.
delete from story_band;
-- A story's own bands are read after it commits (Clustering.recheck) and replaced when it is revised.
create index story_band_story on story_band (story_id);
