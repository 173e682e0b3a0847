-- The wire's urgency (ninjs 1 to 9) beside its metadata, so that the desk's queue can filter on it
-- in the query (console.QueueResource, story.DeskQueue) rather than reading every story's JSON.
-- story.StoryMetadata keeps it with every new version of the metadata. Rows written before this
-- version are filled from their JSON: WireMetadata writes urgency as a bare number, one digit.
alter table story_metadata add column urgency smallint;
update story_metadata set urgency = 1 where ninjs like '%"urgency":1%';
update story_metadata set urgency = 2 where urgency is null and ninjs like '%"urgency":2%';
update story_metadata set urgency = 3 where urgency is null and ninjs like '%"urgency":3%';
update story_metadata set urgency = 4 where urgency is null and ninjs like '%"urgency":4%';
update story_metadata set urgency = 5 where urgency is null and ninjs like '%"urgency":5%';
update story_metadata set urgency = 6 where urgency is null and ninjs like '%"urgency":6%';
update story_metadata set urgency = 7 where urgency is null and ninjs like '%"urgency":7%';
update story_metadata set urgency = 8 where urgency is null and ninjs like '%"urgency":8%';
update story_metadata set urgency = 9 where urgency is null and ninjs like '%"urgency":9%';
create index story_metadata_urgency on story_metadata (urgency, story_id);
