-- A re-evaluation is held by the node running it until claimed_until, renewed with each batch: a
-- node that dies mid-job lets go of it, and another node's sweep finishes it (ReevaluationSweep).
alter table topic_reevaluation add column claimed_until timestamp with time zone;
