-- The planner's picture of the words (story.FoundStories): with the default statistics target it
-- keeps about a thousand of the most common words per column, and guesses that any other word is
-- in about half as many stories as the least common of them; for the search's order that guess
-- made a walk in time order look cheap for a word in no story at all, which then read every row.
-- Ten times the target keeps ten thousand words, and rare or absent words are guessed rare.
alter table story_words alter column words_vector set statistics 1000;
alter table story_words alter column headline_vector set statistics 1000;
analyze story_words;
