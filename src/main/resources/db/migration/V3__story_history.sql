-- Who did what to a story, and when: every version, hold, kill and lifted embargo.
create table story_history (
    id       uuid primary key,
    story_id uuid not null,
    at       timestamp with time zone not null,
    actor    varchar(300) not null,
    action   varchar(50) not null,
    note     varchar(2000),
    version  integer not null
);
create index story_history_story on story_history (story_id, at);
