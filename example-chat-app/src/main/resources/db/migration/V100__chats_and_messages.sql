-- Chats belong to a user; messages belong to a chat and to their author. Deleting a user deletes their chats and
-- messages, deleting a chat deletes its messages (ON DELETE CASCADE), so no orphan rows remain.
CREATE TABLE chats (id uuid PRIMARY KEY, title varchar(200) NOT NULL, description varchar(2000),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE, created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL, version bigint NOT NULL DEFAULT 0);
CREATE INDEX chats_user_created_idx ON chats (user_id, created_at DESC, id);
CREATE TABLE messages (id uuid PRIMARY KEY, chat_id uuid NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE, content varchar(4000) NOT NULL,
  created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, version bigint NOT NULL DEFAULT 0);
CREATE INDEX messages_chat_created_idx ON messages (chat_id, created_at, id);
