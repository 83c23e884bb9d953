-- Bulletins: a test resource that is not owned, which anyone reads and only editors change (route access).
CREATE TABLE bulletins (
    id         uuid PRIMARY KEY,
    title      varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    version    bigint       NOT NULL DEFAULT 0
);
