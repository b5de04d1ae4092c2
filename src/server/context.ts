// The values every request carries through the Hono app.
import type { User } from "./auth/accounts.js";

export interface AppEnv {
  Variables: {
    /** null only on public paths (login, assets). */
    user: User | null;
    /** The CSRF token to embed in this response's forms. */
    csrf: string;
  };
}
