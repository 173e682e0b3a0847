-- Corrections partners can read, and advisories (docs/feeds.md, "Corrections and advisories").
-- The editor's note of the correction in force, shown in every entry of the story: on the story
-- for a correction of the original, on the variant for a variant corrected by hand.
alter table story add column correction_note varchar(2000);
alter table story_rendition add column note varchar(2000);

-- A line of the history that partners were told of: a hold, release, kill or correction of a story
-- that was public at the time. The desk's note stays the desk's; what the advisory says is notice.
alter table story_history add column advisory varchar(20);
alter table story_history add column notice varchar(2000);
-- The rendition a correction changed (the original's language: every variant).
alter table story_history add column rendition varchar(35);
create index story_history_advisory on story_history (advisory, at);
