-- The brief's database contract, used ONLY when benchmarking the baseline alone (run.sh --baseline-only).
-- A normal run lets the example server's Flyway migrations create the schema.
CREATE TABLE IF NOT EXISTS users (
  id uuid PRIMARY KEY,
  username varchar(50) NOT NULL,
  password_hash text NOT NULL,
  full_name varchar(100),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS users_username_lower_key ON users (lower(username));
CREATE TABLE IF NOT EXISTS chats (id uuid PRIMARY KEY, title varchar(200) NOT NULL, description varchar(2000),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE, created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL, version bigint NOT NULL DEFAULT 0);
-- As the example's V101 leaves it: (user_id, created_at, id) scanned backwards serves newest-first pages and cursors.
CREATE INDEX IF NOT EXISTS chats_user_created_idx ON chats (user_id, created_at, id);
CREATE TABLE IF NOT EXISTS messages (id uuid PRIMARY KEY, chat_id uuid NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE, content varchar(4000) NOT NULL,
  created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version bigint NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS messages_chat_created_idx ON messages (chat_id, created_at, id);
-- The example's V101: full-text search over the documents FastKit searches, spelled as it writes them.
CREATE INDEX IF NOT EXISTS chats_search_idx ON chats
  USING gin (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, '')));
CREATE INDEX IF NOT EXISTS messages_search_idx ON messages USING gin (to_tsvector('english', coalesce(content, '')));
