-- The foundation: people, polled sources, the ingest inbox and stories.
-- ${text} is text on PostgreSQL and a CLOB on H2 (SchemaMigration sets it).

create table app_user (
    username      varchar(100) primary key,
    password_hash varchar(512) not null,
    roles         varchar(200) not null,
    created_at    timestamp with time zone not null
);

create table source (
    id                    uuid primary key,
    url                   varchar(2048) not null unique,
    language              varchar(35),
    title                 varchar(1000),
    poll_interval_seconds integer not null,
    next_poll_at          timestamp with time zone not null,
    last_attempt_at       timestamp with time zone,
    last_success_at       timestamp with time zone,
    last_error_at         timestamp with time zone,
    last_error            varchar(2000),
    consecutive_failures  integer not null,
    etag                  varchar(1000),
    last_modified         varchar(200),
    items_seen            bigint not null,
    created_at            timestamp with time zone not null
);
create index source_due on source (next_poll_at);

-- Every story as it arrived, committed before anyone is told it was accepted.
create table inbox_item (
    id           uuid primary key,
    origin       varchar(300) not null,
    guid         varchar(2048) not null,
    story_id     uuid not null,
    content_type varchar(200) not null,
    payload      ${text} not null,
    ninjs        ${text} not null,
    received_at  timestamp with time zone not null,
    status       varchar(20) not null,
    attempts     integer not null,
    error        varchar(2000),
    processed_at timestamp with time zone,
    constraint inbox_item_origin_guid unique (origin, guid)
);
create index inbox_item_status on inbox_item (status, received_at);

create table story (
    id              uuid primary key,
    origin          varchar(300) not null,
    uri             varchar(2048) not null,
    source_id       uuid,
    language        varchar(35) not null,
    headline        varchar(1000) not null,
    summary         varchar(4000),
    body_text       ${text},
    body_html       ${text},
    link            varchar(2048),
    byline          varchar(500),
    version_created timestamp with time zone not null,
    received_at     timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    status          varchar(20) not null,
    version         integer not null,
    constraint story_origin_uri unique (origin, uri)
);
-- Feeds read the newest stories of one language: one index scan.
create index story_feed on story (language, version_created desc, id desc);
