-- Reactions (API.md, "Reactions"): one emoji by one user on one message, at most once, so a repeat is a unique
-- violation (409). They go with their message, and so with its chat and with the user (ON DELETE CASCADE). chat_id is
-- the message's chat, copied from the path on create after FastKit has checked the chain.
CREATE TABLE reactions (id uuid PRIMARY KEY,
  message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  chat_id uuid NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE, emoji varchar(16) NOT NULL,
  created_at timestamptz NOT NULL, version bigint NOT NULL DEFAULT 0,
  CONSTRAINT reactions_user_message_emoji_key UNIQUE (user_id, message_id, emoji));
-- A message's reactions, oldest first (the default order) and after a cursor.
CREATE INDEX reactions_message_created_idx ON reactions (message_id, created_at, id);
