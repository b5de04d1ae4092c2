// Account names: what `tally user add` accepts and the sign-in form looks up. Plain ASCII, so a name
// reads the same in a log line and a cookie, and nothing a database refuses (NUL) reaches it.

export const MAX_USER_NAME_CHARS = 64;
const USER_NAME = /^[\w.@-]{1,64}$/;

/** Why `name` cannot be an account name, or null when it can. */
export function userNameProblem(name: string): string | null {
  return USER_NAME.test(name) ? null : `a name holds letters, digits, . _ @ - (1 to ${MAX_USER_NAME_CHARS})`;
}
