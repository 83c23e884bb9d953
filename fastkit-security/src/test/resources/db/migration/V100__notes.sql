-- A tiny owned resource of the test application, proving the principal feeds fastkit-core's ownership.
CREATE TABLE notes (
  id uuid PRIMARY KEY,
  text varchar(200) NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version bigint NOT NULL DEFAULT 0
);
