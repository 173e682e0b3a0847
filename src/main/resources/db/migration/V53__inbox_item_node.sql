-- The node whose ingest queue holds a pending item: the one that accepted it, or the one whose sweep
-- announced it last. A node's queue is its own (docs/cluster.md), so when that node leaves the
-- cluster its pending items are announced again by a node still in it, without waiting for their age.
alter table inbox_item add column node varchar(200);
