-- Partners: outlets with API keys, entitlements and rate limits; usage per day for billing.

create table partner (
    id                 uuid primary key,
    name               varchar(200) not null,
    contact            varchar(500),
    -- Comma-separated: subscriber, wire.
    roles              varchar(100) not null,
    -- Comma-separated topic slugs and BCP 47 tags the partner may read.
    entitled_topics    varchar(4000) not null,
    entitled_languages varchar(200) not null,
    reads_per_minute   integer not null,
    pushes_per_minute  integer not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    constraint partner_name unique (name)
);

-- Only a SHA-256 of each key is kept; the prefix is what people see to tell keys apart.
create table partner_key (
    id           uuid primary key,
    partner_id   uuid not null references partner (id),
    prefix       varchar(20) not null,
    key_hash     varchar(64) not null,
    label        varchar(200),
    created_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    constraint partner_key_hash unique (key_hash)
);
create index partner_key_partner on partner_key (partner_id);

create table partner_usage (
    partner_id        uuid not null references partner (id),
    usage_day         date not null,
    requests          bigint not null,
    pushes            bigint not null,
    bytes_sent        bigint not null,
    bytes_received    bigint not null,
    deliveries        bigint not null,
    delivery_failures bigint not null,
    primary key (partner_id, usage_day)
);
