-- FastKit security: user accounts. Columns may be added by later versions, never renamed.
CREATE TABLE users (
  id uuid PRIMARY KEY,
  username varchar(50) NOT NULL,
  password_hash text NOT NULL,
  full_name varchar(100),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  -- when the password last changed: access tokens issued before it are refused
  password_changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_lower_key ON users (lower(username));
