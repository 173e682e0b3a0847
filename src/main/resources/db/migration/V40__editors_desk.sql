-- The editors' desk: topics and their stories, pins, corrections with every version, renditions an
-- editor corrected, translation links, the newsroom's own conversion terms, trusted origins, and
-- console sessions. ${text} is text on PostgreSQL and a CLOB on H2.

-- Rules are kept as the editor wrote them (JSON) and compiled in memory; rules_version tells every
-- node when its compiled copy is stale.
create table topic (
    id            uuid primary key,
    slug          varchar(100) not null unique,
    names         varchar(4000) not null,
    description   varchar(4000),
    visibility    varchar(20) not null,
    rules         ${text} not null,
    rules_version integer not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(300) not null
);

-- Which stories are in which topic, and why: 'rule' (the rules matched), 'manual' (an editor added
-- it) or 'removed' (an editor took it out; rules never bring it back).
create table topic_story (
    topic_id uuid not null,
    story_id uuid not null,
    reason   varchar(10) not null,
    at       timestamp with time zone not null,
    actor    varchar(300) not null,
    primary key (topic_id, story_id)
);
create index topic_story_story on topic_story (story_id);

-- A story pinned to the top of a topic's feed until a given time.
create table topic_pin (
    topic_id  uuid not null,
    story_id  uuid not null,
    until     timestamp with time zone not null,
    pinned_by varchar(300) not null,
    pinned_at timestamp with time zone not null,
    primary key (topic_id, story_id)
);

-- Re-evaluating recent stories after a topic's rules changed, with its progress.
create table topic_reevaluation (
    id            uuid primary key,
    topic_id      uuid not null,
    rules_version integer not null,
    status        varchar(20) not null,
    total         integer not null,
    done          integer not null,
    matched       integer not null,
    requested_at  timestamp with time zone not null,
    finished_at   timestamp with time zone,
    error         varchar(2000)
);
create index topic_reevaluation_topic on topic_reevaluation (topic_id, requested_at);

-- Every version of a story's copy an editor corrected, per rendition (its original language or one
-- Chinese variant), with the note that explains it. Version 0 rows keep the copy before the first
-- correction.
create table story_version (
    id        uuid primary key,
    story_id  uuid not null,
    rendition varchar(35) not null,
    seq       integer not null,
    headline  varchar(1000) not null,
    body_text ${text},
    body_html ${text},
    note      varchar(2000),
    actor     varchar(300) not null,
    at        timestamp with time zone not null
);
create index story_version_story on story_version (story_id, rendition, seq);

-- A Chinese variant an editor corrected by hand; other variants are converted from the original.
create table story_rendition (
    story_id     uuid not null,
    language     varchar(35) not null,
    headline     varchar(1000) not null,
    body_text    ${text},
    body_html    ${text},
    corrected_at timestamp with time zone not null,
    corrected_by varchar(300) not null,
    primary key (story_id, language)
);

-- A story and its translation point at each other: one row each way.
create table story_translation (
    story_id       uuid not null,
    translation_id uuid not null,
    linked_by      varchar(300) not null,
    linked_at      timestamp with time zone not null,
    primary key (story_id, translation_id)
);

-- The newsroom's own conversion terms, added from the console; applied over the engine's tables and
-- exported in the format of translations/terms/ so that they can be committed there.
create table newsroom_term (
    id        uuid primary key,
    target    varchar(35) not null,
    source    varchar(200) not null,
    term      varchar(200) not null,
    note      varchar(500),
    added_by  varchar(300) not null,
    added_at  timestamp with time zone not null,
    constraint newsroom_term_target_source unique (target, source)
);

-- Origins (polled sources "source:<id>", pushing accounts "push:<name>") whose stories wait for an
-- editor. Absent means trusted: stories are published as they arrive.
create table origin_trust (
    origin     varchar(300) primary key,
    trusted    boolean not null,
    changed_by varchar(300) not null,
    changed_at timestamp with time zone not null
);

-- Console sessions: only a hash of the cookie's token is kept, so a leaked table logs nobody in.
create table console_session (
    token_hash   varchar(64) primary key,
    username     varchar(100) not null,
    csrf_token   varchar(64) not null,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null
);
create index console_session_user on console_session (username);
