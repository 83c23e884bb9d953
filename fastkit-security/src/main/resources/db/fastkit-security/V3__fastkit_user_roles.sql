-- FastKit security: the roles of each user, granted by the service (never by a client), carried in the access
-- token's roles claim. A column rather than a join table: the principal cache loads a user by primary key on every
-- cache miss, and a handful of role names per user then come with the row, without a join or a second query.
ALTER TABLE users ADD COLUMN roles text[] NOT NULL DEFAULT '{}';
