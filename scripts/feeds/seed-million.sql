-- A million stories for the feed benchmark (scripts/feeds/benchmark.sh), in a database of its own:
-- psql -h 127.0.0.1 -U postgres -d feeds_bench -f scripts/feeds/seed-million.sql
-- Four in ten English, six in ten Chinese across the four stored variants, one a minute over two
-- years; about one in a hundred held or killed; one in four a second wire's copy of an earlier story. Run once after the server has migrated the schema.
insert into story (id, origin, uri, language, headline, summary, body_text, version_created,
                   received_at, updated_at, status, version, killed_at, kill_reason, cluster_id,
                   first_public_at)
select gen_random_uuid(),
       'bench',
       'urn:newsrelay:bench:' || g,
       (array['en', 'zh-Hans', 'en', 'zh-Hant-TW', 'zh-Hans', 'en', 'zh-Hant-HK', 'zh-Hant', 'en', 'zh-Hans'])[1 + g % 10],
       case when g % 10 in (0, 2, 5, 8)
            then 'Harbour story ' || g || ': ships queue after the storm'
            else '人工智能软件新闻第' || g || '号：网络安全与信息技术' end,
       case when g % 10 in (0, 2, 5, 8)
            then 'The harbour reopened after the storm; story ' || g || '.'
            else '港口在风暴后重新开放，这是第' || g || '篇报道。' end,
       case when g % 10 in (0, 2, 5, 8)
            then repeat('The harbour reopened on Tuesday after the storm, and ships queued to enter. ', 25) || g
            else repeat('这是一个关于人工智能软件、网络安全和信息技术的新闻报道，记者在现场采访了多位专家。', 25) || g end,
       timestamptz '2026-11-28 00:00:00+00' - g * interval '1 minute',
       timestamptz '2026-11-28 00:00:00+00' - g * interval '1 minute',
       timestamptz '2026-11-28 00:00:00+00' - g * interval '1 minute',
       case when g % 101 = 0 then 'held' when g % 103 = 0 then 'killed' else 'published' end,
       1,
       case when g % 103 = 0 then timestamptz '2026-11-28 00:00:00+00' - g * interval '1 minute' + interval '1 hour' end,
       case when g % 103 = 0 then 'Withdrawn for the benchmark' end,
       -- Clusters: one story in four repeats the one told ten minutes earlier (same language), so
       -- feeds collapse it; the rest stand alone.
       case when g % 4 = 0 then md5('cluster' || (g + 10))::uuid else md5('cluster' || g)::uuid end,
       -- Public from arrival, killed ones included (so that they leave tombstones); held ones never.
       case when g % 101 = 0 then null else timestamptz '2026-11-28 00:00:00+00' - g * interval '1 minute' end
from generate_series(1, 1000000) g;
analyze story;
