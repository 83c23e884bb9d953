-- The list scenarios' data (run.sh: filter, search, deep, count, depth), added after seed.sql.
-- psql variables: bench_user (uuid of the benchmark user), big_messages (rows of the big chat: 1,000,000, or 20,000 in
-- --quick) and count_messages (rows of the count chat: 100,000, or 5,000 in --quick).
-- Both chats are older than the user's other chats, so newest-first chat lists and the other scenarios' chat ids
-- (run.sh leaves these two out) never meet them. Message contents are short sentences drawn from small word lists by
-- hashes of the row number, so words combine independently: "hiking" is the topic of 1 row in 50, "trip" the noun of
-- 1 in 10 and "Reminder" the opening of 1 in 8. q=hiking trip ('hike' & 'trip') matches about 1 row in 500 (1,929 of a
-- million, 36 of 20,000), q=reminder about the hiking trip ('remind' & 'hike' & 'trip') 1 in 4,000 (about 250 of a
-- million). Ids and contents are deterministic.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO chats (id, title, description, user_id, created_at, updated_at, version) VALUES
  (md5(:'bench_user' || '-big-chat')::uuid, 'Big chat', 'The list benchmarks'' chat of many messages',
   :'bench_user'::uuid, now() - interval '400 days', now() - interval '400 days', 0),
  (md5(:'bench_user' || '-count-chat')::uuid, 'Count chat', 'The list benchmarks'' counted collection',
   :'bench_user'::uuid, now() - interval '401 days', now() - interval '401 days', 0);

CREATE TEMPORARY TABLE words (kind text, words text[]) ON COMMIT DROP;
INSERT INTO words VALUES
  ('opening', ARRAY['Thanks for the', 'Quick note on the', 'Any news on the', 'Reminder about the',
                    'Question about the', 'Update on the', 'Notes from the', 'Photos of the']),
  ('topic', ARRAY['hiking', 'skiing', 'sailing', 'cycling', 'climbing', 'camping', 'fishing', 'surfing', 'running',
                  'swimming', 'cooking', 'baking', 'gardening', 'painting', 'reading', 'chess', 'concert', 'museum',
                  'theatre', 'festival', 'budget', 'invoice', 'deadline', 'roadmap', 'release', 'sprint', 'migration',
                  'backup', 'outage', 'security', 'birthday', 'wedding', 'holiday', 'dinner', 'breakfast', 'picnic',
                  'barbecue', 'party', 'reunion', 'graduation', 'apartment', 'garage', 'kitchen', 'balcony',
                  'bicycle', 'train', 'flight', 'ferry', 'hotel', 'visa']),
  ('noun', ARRAY['trip', 'plan', 'photos', 'schedule', 'tickets', 'checklist', 'weekend', 'notes', 'pictures',
                 'route']),
  ('closing', ARRAY['see you soon.', 'let me know what you think.', 'talk tomorrow.', 'more details below.',
                    'thanks again!', 'does Friday work?']);

CREATE TEMPORARY TABLE list_chats (chat uuid, label text, messages int, spacing int) ON COMMIT DROP;
INSERT INTO list_chats VALUES
  (md5(:'bench_user' || '-big-chat')::uuid, 'big', :big_messages, 2),
  (md5(:'bench_user' || '-count-chat')::uuid, 'count', :count_messages, 3);

INSERT INTO messages (id, chat_id, user_id, content, created_at, updated_at, version)
SELECT md5(:'bench_user' || '-' || c.label || '-message-' || m)::uuid, c.chat, :'bench_user'::uuid,
       o.words[1 + abs(hashint4(m)::bigint) % 8] || ' ' || t.words[1 + abs(hashint4(m * 7 + 1)::bigint) % 50] || ' '
           || n.words[1 + abs(hashint4(m * 13 + 2)::bigint) % 10] || ', ' || e.words[1 + abs(hashint4(m * 17 + 3)::bigint) % 6],
       now() - interval '1 day' - make_interval(secs => (c.messages - m) * c.spacing),
       now() - interval '1 day' - make_interval(secs => (c.messages - m) * c.spacing), 0
FROM list_chats c
CROSS JOIN LATERAL generate_series(1, c.messages) AS m
CROSS JOIN (SELECT words FROM words WHERE kind = 'opening') o
CROSS JOIN (SELECT words FROM words WHERE kind = 'topic') t
CROSS JOIN (SELECT words FROM words WHERE kind = 'noun') n
CROSS JOIN (SELECT words FROM words WHERE kind = 'closing') e;
COMMIT;
-- Hint bits and the visibility map set once here, as on a database that autovacuum has visited, rather than by the
-- first benchmark requests.
VACUUM (ANALYZE) chats;
VACUUM (ANALYZE) messages;
