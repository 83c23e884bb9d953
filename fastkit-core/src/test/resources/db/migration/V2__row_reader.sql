-- A table whose entity has columns FastKit's row reader leaves to Micronaut Data (an enum), besides plain ones.
CREATE TABLE tasks (
    id       uuid PRIMARY KEY,
    title    varchar(200)  NOT NULL,
    status   varchar(20)   NOT NULL,
    priority integer       NOT NULL,
    estimate numeric(10, 2),
    due      date
);

-- A table whose entity is a mutable class (no-argument constructor and setters), not a record.
CREATE TABLE labels (
    id         uuid PRIMARY KEY,
    name       varchar(100) NOT NULL,
    color      varchar(20),
    created_at timestamptz  NOT NULL
);
