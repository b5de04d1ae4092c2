// The account store that lives beside a Store: SQL tables in the same database when the store
// exposes its SQL handle (`store.sql`), otherwise none, which only a loopback server accepts.
import type { Store } from "../store/store.js";
import { memoryAccounts, sqlAccounts, type AccountStore, type SqlRunner } from "./auth/accounts.js";

function sqlOf(store: Store): SqlRunner | null {
  const candidate = (store as Store & { sql?: unknown }).sql;
  return candidate && typeof (candidate as SqlRunner).query === "function" ? (candidate as SqlRunner) : null;
}

export async function accountsFor(store: Store): Promise<{ accounts: AccountStore; persistent: boolean }> {
  const sql = sqlOf(store);
  return sql ? { accounts: await sqlAccounts(sql), persistent: true } : { accounts: memoryAccounts(), persistent: false };
}
