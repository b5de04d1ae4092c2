// The accounts that live beside a Store: its own tables (migration 003) in the same database, so
// `tally user add` and a server started later on the same data folder or DATABASE_URL agree.
import type { Store } from "../store/store.js";
import type { AccountStore } from "./auth/accounts.js";

export async function accountsFor(store: Store): Promise<{ accounts: AccountStore; persistent: boolean }> {
  return { accounts: store.accounts, persistent: true };
}
