-- Readings: a test resource whose lists sort and filter numbers, decimals, an enum and dates (notebooks have only
-- text, UUIDs and instants), with nullable sort keys of those types.
CREATE TABLE readings (
    id         uuid PRIMARY KEY,
    owner_id   uuid          NOT NULL,
    label      varchar(200)  NOT NULL,
    amount     integer       NOT NULL,
    weight     numeric(10, 2),
    kind       varchar(20)   NOT NULL,
    taken_on   date,
    created_at timestamptz   NOT NULL
);
CREATE INDEX readings_owner_created_idx ON readings (owner_id, created_at, id);
