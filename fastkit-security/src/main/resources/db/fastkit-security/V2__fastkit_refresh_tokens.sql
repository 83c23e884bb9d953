-- FastKit security: rotating refresh tokens (RFC 9700, section 4.14.2). Only the SHA-256 of a token is stored.
CREATE TABLE refresh_tokens (
  id uuid PRIMARY KEY,
  token_hash bytea NOT NULL,
  -- every token descended from one login shares the family id; reuse of a rotated token revokes the family
  family_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  -- absolute end of the family, inherited by every successor
  expires_at timestamptz NOT NULL,
  -- end of this token if it is not used before
  idle_expires_at timestamptz NOT NULL,
  -- set when the token was exchanged for its successor
  used_at timestamptz,
  -- set on logout, password change, or detected reuse
  revoked_at timestamptz
);
CREATE UNIQUE INDEX refresh_tokens_token_hash_key ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
