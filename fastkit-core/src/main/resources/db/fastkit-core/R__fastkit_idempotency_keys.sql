-- FastKit core: the answers of creates sent with an Idempotency-Key, one row per user and key, written in the
-- create's own transaction and deleted by the scheduled cleanup once older than fastkit.idempotency.time-to-live.
-- A repeatable migration, so that it needs no version number of its own among the application's (Flyway runs it
-- after the versioned ones, and again only when this file changes): every statement must stay safe to run twice.
CREATE TABLE IF NOT EXISTS fastkit_idempotency_keys (
    principal       text         NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    -- SHA-256 of the request: method, path and the body as a JSON value
    request_hash    bytea        NOT NULL,
    -- the first answer, replayed to a repeat
    status          smallint     NOT NULL,
    location        text,
    etag            text,
    body            bytea,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX IF NOT EXISTS fastkit_idempotency_keys_created_idx ON fastkit_idempotency_keys (created_at);
