-- When the inbox sweep last announced a pending item again (ingest.InboxSweep): each node's sweep claims
-- items that have waited a while and not been announced lately, so an item is announced once per round,
-- whichever node sweeps.
alter table inbox_item add column announced_at timestamp with time zone;
