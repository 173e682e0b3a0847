-- WebSub subscriptions to the hubs that polled feeds advertise: one per source while it has one, and
-- kept a little after the source is deleted, until the hub has confirmed the unsubscription (so no
-- foreign key to source).
create table source_websub (
    id             uuid primary key,
    source_id      uuid not null,
    hub            varchar(2048) not null,
    topic          varchar(2048) not null,
    -- The last path segment of the callback URL: random, so that only the hub knows where to post.
    callback_token varchar(64) not null unique,
    secret         varchar(200) not null,
    state          varchar(20) not null,
    state_reason   varchar(2000),
    lease_seconds  integer,
    expires_at     timestamp with time zone,
    requested_at   timestamp with time zone,
    verified_at    timestamp with time zone,
    -- When the next subscribe (or renewal) may be sent; claimed like a source's next poll.
    next_request_at timestamp with time zone,
    last_push_at   timestamp with time zone,
    pushes         bigint not null,
    last_error_at  timestamp with time zone,
    last_error     varchar(2000),
    created_at     timestamp with time zone not null
);
-- One subscription per source (a second poll racing to create it fails and is retried later).
create unique index source_websub_source on source_websub (source_id);
create index source_websub_due on source_websub (next_request_at);
