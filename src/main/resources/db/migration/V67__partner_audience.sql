-- Who took what (GET /api/v1/stories/{id}/audience): the story's version each WebSub delivery
-- announced, and each partner's reads of the content API, by version.
alter table websub_delivery add column story_version integer;
create index websub_delivery_story on websub_delivery (story_id);

create table partner_content_read (
  partner_id uuid not null,
  story_id uuid not null,
  story_version integer not null,
  first_at timestamp with time zone not null,
  last_at timestamp with time zone not null,
  times integer not null,
  primary key (story_id, partner_id, story_version)
);
