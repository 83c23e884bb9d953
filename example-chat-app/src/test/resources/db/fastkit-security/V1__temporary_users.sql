-- TEMPORARY until fastkit-security is merged: the users table of the security module's V1.
CREATE TABLE users (
  id uuid PRIMARY KEY,
  username varchar(50) NOT NULL,
  password_hash text NOT NULL,
  full_name varchar(100),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_username_lower_key ON users (lower(username));
