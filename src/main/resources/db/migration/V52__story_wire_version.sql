-- A wire's newer version of a story the desk has corrected: kept here for an editor to accept or
-- dismiss, instead of silently replacing the correction (docs/console.md, "Wire versions").
create table story_wire_version (
    story_id        uuid primary key,
    version_created timestamp with time zone not null,
    received_at     timestamp with time zone not null,
    copy            ${text} not null
);
