-- A third level of nesting: comments on a note of a notebook. A comment keeps its notebook's id too (filled from the
-- path on create), and goes with its note.
CREATE TABLE comments (
    id          uuid PRIMARY KEY,
    note_id     uuid         NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    notebook_id uuid         NOT NULL,
    owner_id    uuid         NOT NULL,
    text        varchar(500) NOT NULL,
    created_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX comments_note_created_idx ON comments (note_id, created_at, id);
