-- PostgreSQL's full-text search over the search index's words (story.WordIndex, V70). The words
-- are already segmented, folded and lower-cased in Java, so they become lexemes exactly as they are
-- (array_to_tsvector), never through a text search configuration's parser: the 'simple' reading,
-- and the same words H2 reads with LIKE. Generated, so every insert and update keeps them.
alter table story_words
    add column headline_vector tsvector
        generated always as (array_to_tsvector(string_to_array(headline_words, ' '))) stored;
alter table story_words
    add column words_vector tsvector
        generated always as (array_to_tsvector(string_to_array(words, ' '))) stored;
create index story_words_headline on story_words using gin (headline_vector);
create index story_words_words on story_words using gin (words_vector);

-- vector @@ query as a function that Criteria queries can name (JPA has no @@): a one-line SQL
-- function, which the planner inlines, so the condition is the operator again and the GIN index
-- serves it. The query is tsquery input (quoted lexemes, & and |), built by story.WordQuery.
create function newsrelay_matches(vector tsvector, query text) returns boolean
    language sql immutable parallel safe
    as $$ select vector @@ query::tsquery $$;
