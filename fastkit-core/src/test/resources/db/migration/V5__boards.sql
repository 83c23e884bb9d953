-- Boards and their cards: soft-deleted resources (@SoftDelete on deleted_at). A board's name is unique per owner among
-- live boards only (a partial unique index), so a deleted board's name may be used again.
CREATE TABLE boards (
    id         uuid PRIMARY KEY,
    owner_id   uuid         NOT NULL,
    name       varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    deleted_at timestamptz,
    version    bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX boards_owner_name_key ON boards (owner_id, name) WHERE deleted_at IS NULL;
CREATE INDEX boards_owner_created_idx ON boards (owner_id, created_at, id) WHERE deleted_at IS NULL;

-- Cards have an enum column, so FastKit leaves their row mapping and writes to Micronaut Data (the repository path).
CREATE TABLE cards (
    id         uuid PRIMARY KEY,
    board_id   uuid         NOT NULL REFERENCES boards (id),
    owner_id   uuid         NOT NULL,
    title      varchar(200) NOT NULL,
    state      varchar(20)  NOT NULL,
    created_at timestamptz  NOT NULL,
    deleted_at timestamptz,
    version    bigint       NOT NULL DEFAULT 0
);
CREATE INDEX cards_board_created_idx ON cards (board_id, created_at, id) WHERE deleted_at IS NULL;
