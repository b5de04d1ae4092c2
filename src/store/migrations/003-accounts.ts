// Accounts for a server reached over the network: users with a role and a scrypt password hash,
// and API tokens stored as SHA-256 hashes. IF NOT EXISTS: older servers created these tables themselves.
export const accounts = `
CREATE TABLE IF NOT EXISTS app_user (
  name           text PRIMARY KEY,
  role           text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  password_hash  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS api_token (
  token_hash  text PRIMARY KEY,
  user_name   text NOT NULL REFERENCES app_user (name) ON DELETE CASCADE,
  label       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS api_token_user_idx ON api_token (user_name);
`;
