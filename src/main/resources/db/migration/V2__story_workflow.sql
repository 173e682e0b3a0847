-- The wire workflow: embargoes, kills with their reason (for tombstones), subjects, and near-duplicate clusters.
alter table story add column embargoed_until timestamp with time zone;
alter table story add column killed_at timestamp with time zone;
alter table story add column kill_reason varchar(2000);
alter table story add column subjects varchar(4000);
alter table story add column cluster_id uuid;
alter table story add column fingerprint bigint;
create index story_cluster on story (cluster_id);
create index story_killed on story (language, killed_at);
