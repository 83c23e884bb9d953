-- Folders belong to a user; bookmarks belong to a folder and to its owner. Deleting a user deletes their folders and
-- bookmarks, deleting a folder deletes its bookmarks (ON DELETE CASCADE). Versions V1 to V99 are FastKit security's.
CREATE TABLE folders (
    id uuid PRIMARY KEY,
    name varchar(200) NOT NULL,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version bigint NOT NULL DEFAULT 0
);
-- GET /folders: the caller's folders by name, the id breaking ties.
CREATE INDEX folders_user_name_idx ON folders (user_id, name, id);

CREATE TABLE bookmarks (
    id uuid PRIMARY KEY,
    folder_id uuid NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    url varchar(2000) NOT NULL,
    title varchar(200) NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version bigint NOT NULL DEFAULT 0
);
-- GET /folders/{folder_id}/bookmarks: newest first, the id breaking ties.
CREATE INDEX bookmarks_folder_created_idx ON bookmarks (folder_id, created_at DESC, id);
-- Deleting a user finds their bookmarks without a scan.
CREATE INDEX bookmarks_user_idx ON bookmarks (user_id);
