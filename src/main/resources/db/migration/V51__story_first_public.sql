-- When a story was first public (story.Readership): a kill leaves a tombstone only if it was.
alter table story add column first_public_at timestamp with time zone;

-- Stories stored before the column: published ones were public from their embargo or arrival; a
-- killed one is taken as public if its embargo had passed when it was killed (the old rule).
update story set first_public_at = coalesce(embargoed_until, received_at)
 where status = 'published' and (embargoed_until is null or embargoed_until <= current_timestamp);
update story set first_public_at = coalesce(embargoed_until, received_at)
 where killed_at is not null and (embargoed_until is null or embargoed_until <= killed_at);
