// The sign-in page, and where a sign-in may send the browser next.
import { html } from "../../views/html.js";
import { layout, type PageContext } from "./layout.js";

export interface LoginPageOptions {
  next: string;
  error?: string;
  /** Why the session cookie will not stick here (plain HTTP off loopback), shown above the form. */
  transportNotice?: string;
}

export function loginPage(ctx: PageContext, options: LoginPageOptions): string {
  const { next, error, transportNotice } = options;
  const body = html`<h1>Sign in</h1>
  ${transportNotice ? html`<p class="error notice" role="note">${transportNotice}</p>` : ""}
  ${error ? html`<p class="error" role="alert">${error}</p>` : ""}
  <form method="post" action="/login" class="login">
    <input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="next" value="${next}">
    <p><label>Name <input name="name" autocomplete="username" required></label></p>
    <p><label>Password <input type="password" name="password" autocomplete="current-password" required></label></p>
    <button>Sign in</button>
  </form>`;
  return layout({ ...ctx, events: [] }, "Sign in", body);
}

const MAX_NEXT_LENGTH = 2048;
/** C0 and C1 controls, DEL, and backslashes: browsers drop tab/CR/LF and read "\" as "/", so "/\t/x" or "/\\x" would leave the site. */
const UNSAFE_IN_NEXT = /[\u0000-\u001f\u007f-\u009f\\]/;
const PROBE_ORIGIN = "http://tally.invalid";

/** Only a plain path on this site ("/review?event=1#x"); anything else — "//other.site", "https://…", controls — reads as "/". */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || next.length > MAX_NEXT_LENGTH) return "/";
  if (!next.startsWith("/") || next.startsWith("//") || UNSAFE_IN_NEXT.test(next)) return "/";
  try {
    const url = new URL(next, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? next : "/";
  } catch {
    return "/";
  }
}
