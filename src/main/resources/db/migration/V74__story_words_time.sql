-- The search's one walk over several stored languages (story.FoundStories): a Chinese search reads
-- every Chinese variant, newest first, in one pass over the index rows in time order, the language
-- a filter beside it. story_words_newest (V72) leads with the language, so it serves a walk of one
-- language only, and a walk per language misjudged a word common in one variant and absent from
-- another (statistics are the column's): it read all of the other's rows.
create index story_words_time on story_words (version_created desc, story_id desc);
