-- Lists (API.md, "Lists"). Newest-first chat pages and their cursors order by (created_at DESC, id DESC): an
-- ascending index scanned backwards serves both. Full-text search over the documents FastKit searches, spelled
-- exactly as it writes them (see @Searchable), with the default configuration fastkit.lists.text-search-configuration.
DROP INDEX chats_user_created_idx;
CREATE INDEX chats_user_created_idx ON chats (user_id, created_at, id);
CREATE INDEX chats_search_idx ON chats
  USING gin (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, '')));
CREATE INDEX messages_search_idx ON messages USING gin (to_tsvector('english', coalesce(content, '')));
