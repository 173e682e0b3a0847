-- Near-duplicate look-up: each story's 64-bit fingerprint cut into 8 bands of 8 bits. Two stories within
-- 8 bits of each other share a band but for a 0.24% chance (all eight differing bits in different bands).
create table story_band (
    band_key    integer not null,
    story_id    uuid not null,
    received_at timestamp with time zone not null,
    primary key (band_key, story_id)
);
create index story_band_recent on story_band (band_key, received_at);
