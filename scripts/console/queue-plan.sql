-- The desk queue's queries on a seeded table: psql -h 127.0.0.1 -U postgres -d <a scratch database
-- with newsrelay's schema, such as the integration tests' newsrelay_it_console after a run> -f this.
-- Seeds 200,000 stories over 60 days (every 50th incoming, every 40th held, every 30th killed; four
-- languages; 2% with urgency 1 or 2), then times the queue's first page, its page with a language,
-- its urgency filter, a later page and the origins list, with and without story_desk_queue (V81).
\timing off
begin;
insert into story (id, origin, uri, language, headline, body_text, version_created, received_at,
                   updated_at, status, version)
select gen_random_uuid(), 'source:seed-' || (n % 40), 'urn:seed:' || n,
       (array['en', 'zh-Hans', 'zh-Hant-TW', 'zh-Hant-HK'])[1 + n % 4],
       'Seeded headline ' || n, 'Seeded copy ' || n,
       now() - (n * interval '26 seconds'), now() - (n * interval '26 seconds'),
       now() - (n * interval '26 seconds'),
       case when n % 30 = 0 then 'killed' when n % 40 = 0 then 'held'
            when n % 50 = 0 then 'incoming' else 'published' end, 1
from generate_series(1, 200000) n;
insert into story_metadata (story_id, ninjs, urgency)
select id, '{"urgency":' || (1 + (hashtext(id::text) & 1)) || '}', 1 + (hashtext(id::text) & 1)
from story where uri like 'urn:seed:%' and hashtext(uri) % 50 = 0;
commit;
analyze story;
analyze story_metadata;

\echo '--- first page, every actionable status'
explain (analyze, costs off, timing on, summary on)
select * from story s where s.status in ('incoming', 'published', 'held')
order by s.version_created desc, s.id desc limit 51;

\echo '--- first page, one language'
explain (analyze, costs off, timing on, summary on)
select * from story s where s.status in ('incoming', 'published', 'held') and s.language = 'zh-Hant-TW'
order by s.version_created desc, s.id desc limit 51;

\echo '--- first page, urgency at most 2'
explain (analyze, costs off, timing on, summary on)
select * from story s where s.status in ('incoming', 'published', 'held')
and exists (select 1 from story_metadata m where m.story_id = s.id and m.urgency <= 2)
order by s.version_created desc, s.id desc limit 51;

\echo '--- the 40th page (a cursor 2,000 stories down)'
explain (analyze, costs off, timing on, summary on)
select * from story s where s.status in ('incoming', 'published', 'held')
and s.version_created <= now() - interval '52000 seconds'
and (s.version_created < now() - interval '52000 seconds' or s.id < 'ffffffff-ffff-ffff-ffff-ffffffffffff')
order by s.version_created desc, s.id desc limit 51;

\echo '--- origins of the last 30 days'
explain (analyze, costs off, timing on, summary on)
select distinct s.origin from story s where s.version_created >= now() - interval '30 days'
order by s.origin limit 500;

\echo '--- first page without story_desk_queue'
begin;
drop index story_desk_queue;
explain (analyze, costs off, timing on, summary on)
select * from story s where s.status in ('incoming', 'published', 'held')
order by s.version_created desc, s.id desc limit 51;
rollback;
