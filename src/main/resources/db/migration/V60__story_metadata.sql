-- What a wire said of a story besides its copy (story.WireMetadata): subjects with code, name and
-- uri, slugline, urgency, located, places, genres, rights, ednote, version, associations,
-- renditions, and every ninjs member newsrelay does not interpret, as JSON in ninjs 2.x names. One
-- row per story that has any; a newer wire version replaces it. ${text} is text on PostgreSQL and a
-- CLOB on H2.
create table story_metadata (
    story_id uuid primary key,
    ninjs    ${text} not null
);
