-- The search walks the index's rows newest first (story.FoundStories): each row keeps its story's
-- language and version time (story.StoryWords, written with every version of the copy), so that a
-- word in many stories is found by reading this table in time order, word vectors beside their
-- times, and the story table is read only for the stories that match.
alter table story_words add column language varchar(35);
alter table story_words add column version_created timestamp with time zone;
update story_words set
    language = (select s.language from story s where s.id = story_words.story_id),
    version_created = (select s.version_created from story s where s.id = story_words.story_id);
create index story_words_newest on story_words (language, version_created desc, story_id desc);
