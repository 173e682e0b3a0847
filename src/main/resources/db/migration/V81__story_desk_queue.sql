-- The desk's queue (story.DeskQueue) reads the newest stories of any language, polled every few
-- seconds by each open console: without this index each poll sorts the whole table. With a language
-- filter, story_feed (language, version_created, id) serves it instead.
create index story_desk_queue on story (version_created desc, id desc);
