-- A table whose entity has columns FastKit's row reader leaves to Micronaut Data (an enum), besides plain ones.
CREATE TABLE tasks (
    id       uuid PRIMARY KEY,
    title    varchar(200)  NOT NULL,
    status   varchar(20)   NOT NULL,
    priority integer       NOT NULL,
    estimate numeric(10, 2),
    due      date
);
