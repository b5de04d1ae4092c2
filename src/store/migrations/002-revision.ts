// A change counter: every write transaction bumps it as its last statement, so a reader (the
// server, a cached report) learns in one cheap query whether anything changed since it last looked.
export const revision = `
CREATE TABLE store_revision (
  one       boolean PRIMARY KEY DEFAULT true CHECK (one),
  revision  bigint NOT NULL
);
INSERT INTO store_revision (one, revision) VALUES (true, 1);
`;
