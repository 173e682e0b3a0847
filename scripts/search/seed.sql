-- Stories for the search benchmark (scripts/search/benchmark.sh), in a database of its own whose
-- schema the server migrated, from the repository's root (benchmark.sh runs it):
--   psql -v n=1000000 -d nr_search_bench -f scripts/search/seed.sql
-- Half English, half Chinese across the four stored variants, one every 30 s; about one in a
-- hundred held, killed or under embargo. Words are drawn from a 10,000-word vocabulary per language
-- with a log-uniform (Zipf-like) law, 8 in a headline and 80 in a body, so a few words are in most
-- stories and most words in few (word 1 in nearly all, words 1000 to 1099 each in about 1%).
-- English word n is "v" and n's digits as letters a-j; the Chinese words are OpenCC phrases that
-- the search index keeps as one word whichever script writes them (target/search-bench/
-- vocabulary.tsv, written by the test class org.newsrelay.story.SearchVocabulary), spelled in
-- Traditional in Traditional stories. Besides: "semiconductor" in 1 English story in 100 (its
-- headline in 1 in 500), and in 1 Chinese story in 25 each 半导体 (its headline in 1 in 250) and 软件,
-- written in the story's variant (半導體; 軟體 in Taiwan's copy, 軟件 in Hong Kong's and zh-Hant's). The search
-- index's rows (story_words) are written here as story.CopyWords writes them: distinct folded words,
-- one space apart. Every tenth story is in one of the topics bench-1..bench-5, which benchmark.sh
-- creates through the API first.
\set ON_ERROR_STOP on
set maintenance_work_mem = '512MB';

create unlogged table bench_vocab (n serial primary key, token text, simplified text, traditional text);
\copy bench_vocab (token, simplified, traditional) from 'target/search-bench/vocabulary.tsv'
delete from bench_vocab where n >= 10000;
analyze bench_vocab;

-- Word n of a story written in this language: as written, and as the index keeps it.
create or replace function pg_temp.written(n int, language text) returns text
  language sql stable as $$
    select case when language = 'en' then 'v' || translate(n::text, '0123456789', 'abcdefghij')
                when language = 'zh-Hans' then (select simplified from bench_vocab v where v.n = $1)
                else (select traditional from bench_vocab v where v.n = $1) end $$;
create or replace function pg_temp.indexed(n int, language text) returns text
  language sql stable as $$
    select case when language = 'en' then 'v' || translate(n::text, '0123456789', 'abcdefghij')
                else (select token from bench_vocab v where v.n = $1) end $$;

create unlogged table if not exists bench_copy (g int primary key, language text, head int[], body int[]);
truncate bench_copy;
insert into bench_copy
select g,
       (array['en', 'zh-Hans', 'en', 'zh-Hant-TW', 'en', 'zh-Hant-HK', 'en', 'zh-Hant', 'en', 'zh-Hans'])[1 + g % 10],
       array(select floor(exp(random() * ln(10000)))::int from generate_series(1, 8 + 0 * g)),
       array(select floor(exp(random() * ln(10000)))::int from generate_series(1, 80 + 0 * g))
from generate_series(1, :n) g;

-- The marked words: per story, in the headline (h) or the body (b).
create or replace function pg_temp.marked(g int, language text) returns text[]
  language sql immutable as $$
    select case
      when language = 'en' and g % 1000 = 0 then array['h', 'semiconductor']
      when language = 'en' and g % 200 = 0 then array['b', 'semiconductor']
      when language <> 'en' and g % 1000 in (1, 3) then array['h', '半导体']
      when language <> 'en' and g % 100 in (1, 3) then array['b', '半导体']
      when language <> 'en' and g % 100 in (5, 7) then array['b', '软件']
      else null end $$;

create or replace function pg_temp.spelled(word text, language text) returns text
  language sql immutable as $$
    select case
      when language in ('en', 'zh-Hans') then word
      when word = '半导体' then '半導體'
      when word = '软件' and language = 'zh-Hant-TW' then '軟體'
      when word = '软件' then '軟件'
      else word end $$;

insert into story (id, origin, uri, language, headline, summary, body_text, version_created,
                   received_at, updated_at, status, version, embargoed_until, killed_at,
                   kill_reason, subjects, cluster_id, first_public_at)
select md5('story' || c.g)::uuid,
       'bench',
       'urn:newsrelay:search-bench:' || c.g,
       c.language,
       concat_ws(sep, array_to_string(array(select pg_temp.written(x, c.language) from unnest(c.head) with ordinality u(x, o) order by o), sep),
                 case when m[1] = 'h' then pg_temp.spelled(m[2], c.language) end),
       null,
       concat_ws(sep, array_to_string(array(select pg_temp.written(x, c.language) from unnest(c.body) with ordinality u(x, o) order by o), sep),
                 case when m[1] = 'b' then pg_temp.spelled(m[2], c.language) end),
       at, at, at,
       case when c.g % 101 = 0 then 'held' when c.g % 103 = 0 then 'killed' else 'published' end,
       1,
       case when c.g % 107 = 0 then timestamptz '2027-01-01 00:00:00+00' end,
       case when c.g % 103 = 0 then at + interval '1 hour' end,
       case when c.g % 103 = 0 then 'Withdrawn for the benchmark' end,
       'medtop:' || lpad((c.g % 17)::text, 8, '0'),
       md5('story' || c.g)::uuid,
       case when c.g % 101 = 0 or c.g % 107 = 0 then null else at end
from (select b.*, case when b.language = 'en' then ' ' else '' end as sep,
             pg_temp.marked(b.g, b.language) as m,
             timestamptz '2026-11-28 00:00:00+00' - b.g * interval '30 seconds' as at
      from bench_copy b) c;

-- Built once after the rows rather than maintained row by row (V71 made them).
drop index if exists story_words_headline;
drop index if exists story_words_words;
insert into story_words (story_id, headline_words, words, urgency, language, version_created)
select md5('story' || c.g)::uuid,
       array_to_string(array(select distinct w from unnest(h) w), ' '),
       array_to_string(array(select distinct w from unnest(h || b) w), ' '),
       case when c.g % 3 = 0 then 1 + c.g % 9 end,
       c.language,
       timestamptz '2026-11-28 00:00:00+00' - c.g * interval '30 seconds'
from (select g, language,
             array(select pg_temp.indexed(x, language) from unnest(head) x)
               || case when m[1] = 'h' then array[m[2]] else '{}'::text[] end as h,
             array(select pg_temp.indexed(x, language) from unnest(body) x)
               || case when m[1] = 'b' then array[m[2]] else '{}'::text[] end as b
      from (select bench_copy.*, pg_temp.marked(g, language) as m from bench_copy) t) c;

create index story_words_headline on story_words using gin (headline_vector);
create index story_words_words on story_words using gin (words_vector);

insert into topic_story (topic_id, story_id, reason, at, actor)
select t.id, md5('story' || b.g)::uuid, 'rule', now(), 'bench'
from bench_copy b join topic t on t.slug = 'bench-' || (1 + (b.g / 10) % 5)
where b.g % 10 = 0;

drop table bench_copy;
drop table bench_vocab;
vacuum analyze story;
vacuum analyze story_words;
vacuum analyze topic_story;
