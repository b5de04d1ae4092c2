// Why a reviewer changed a claim: the reason given with a correction (or a rejection), kept on its
// audit row. IF NOT EXISTS: another change to the audit table may have added the column first.
export const reviewReasons = `
ALTER TABLE audit ADD COLUMN IF NOT EXISTS reason text;
`;
