CREATE TABLE notebooks (
    id          uuid PRIMARY KEY,
    title       varchar(200)  NOT NULL,
    description varchar(2000),
    owner_id    uuid          NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);
CREATE INDEX notebooks_owner_created_idx ON notebooks (owner_id, created_at DESC, id);
CREATE UNIQUE INDEX notebooks_owner_title_key ON notebooks (owner_id, title);

CREATE TABLE notes (
    id          uuid PRIMARY KEY,
    notebook_id uuid          NOT NULL REFERENCES notebooks (id) ON DELETE CASCADE,
    owner_id    uuid          NOT NULL,
    body        varchar(1000) NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);
CREATE INDEX notes_notebook_created_idx ON notes (notebook_id, created_at, id);
