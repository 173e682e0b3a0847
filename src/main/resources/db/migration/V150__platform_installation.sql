-- What an installation keeps about itself, shared by every node of a cluster (platform owns it):
-- secrets generated on the first start (the feed cursor key) and facts that must hold for ever
-- after (the first admin was created, so a deleted admin is not created again).
create table platform_installation (
    name       varchar(100) primary key,
    content    varchar(500) not null,
    created_at timestamp with time zone not null
);
