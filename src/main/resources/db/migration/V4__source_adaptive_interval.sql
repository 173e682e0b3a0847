-- How often a source is polled now: its registered interval while it changes, up to eight times
-- slower while it does not.
alter table source add column current_interval_seconds integer;
update source set current_interval_seconds = poll_interval_seconds;
