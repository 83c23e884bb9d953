-- Bulk data for the benchmark, generated server-side (generate_series) in a few seconds.
-- psql variables: users, chats, messages (background rows), bench_user (uuid of the signed-up benchmark user),
-- bench_chats and bench_messages (rows of each benchmark chat). Ids are deterministic (md5 of a label) so that a
-- rerun on the same database is reproducible; run.sh always starts from a fresh database.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO users (id, username, password_hash, full_name, created_at, updated_at, version)
SELECT md5('bench-user-' || n)::uuid, 'seeduser' || n,
       '$argon2id$v=19$m=65536,t=3,p=1$c2VlZHNlZWRzZWVk$notarealhashnotarealhashnotarealhash', 'Seed User',
       now() - make_interval(secs => n), now() - make_interval(secs => n), 0
FROM generate_series(1, :users) AS n;

INSERT INTO chats (id, title, description, user_id, created_at, updated_at, version)
SELECT md5('bench-chat-' || n)::uuid, 'Chat ' || n, CASE WHEN n % 3 = 0 THEN NULL ELSE 'About topic ' || n END,
       md5('bench-user-' || (1 + n % :users))::uuid,
       now() - make_interval(secs => n * 7), now() - make_interval(secs => n * 7), 0
FROM generate_series(1, :chats) AS n;

INSERT INTO messages (id, chat_id, user_id, content, created_at, updated_at, version)
SELECT md5('bench-message-' || n)::uuid, md5('bench-chat-' || (1 + n % :chats))::uuid,
       md5('bench-user-' || (1 + (1 + n % :chats) % :users))::uuid,
       'Message ' || n || ': ' || md5(n::text) || ' ' || md5((n + 1)::text),
       now() - make_interval(secs => :messages - n), now() - make_interval(secs => :messages - n), 0
FROM generate_series(1, :messages) AS n;

-- The benchmark user's own chats and messages.
INSERT INTO chats (id, title, description, user_id, created_at, updated_at, version)
SELECT md5(:'bench_user' || '-chat-' || n)::uuid, 'Bench chat ' || n, 'Benchmark chat number ' || n,
       :'bench_user'::uuid, now() - make_interval(secs => n * 11), now() - make_interval(secs => n * 11), 0
FROM generate_series(1, :bench_chats) AS n;

INSERT INTO messages (id, chat_id, user_id, content, created_at, updated_at, version)
SELECT md5(:'bench_user' || '-message-' || c || '-' || m)::uuid, md5(:'bench_user' || '-chat-' || c)::uuid,
       :'bench_user'::uuid, 'Bench message ' || m || ' in chat ' || c || ': ' || md5((c * 1000 + m)::text),
       now() - make_interval(secs => (:bench_messages - m) * 13), now() - make_interval(secs => (:bench_messages - m) * 13), 0
FROM generate_series(1, :bench_chats) AS c, generate_series(1, :bench_messages) AS m;
COMMIT;
ANALYZE users;
ANALYZE chats;
ANALYZE messages;
