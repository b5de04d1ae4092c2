// The sign-in page.
import { html } from "../html.js";
import { layout, type PageContext } from "./layout.js";

export function loginPage(ctx: PageContext, next: string, error?: string): string {
  const body = html`<h1>Sign in</h1>
  ${error ? html`<p class="error">${error}</p>` : ""}
  <form method="post" action="/login" class="login">
    <input type="hidden" name="_csrf" value="${ctx.csrf}"><input type="hidden" name="next" value="${next}">
    <p><label>Name <input name="name" autocomplete="username" required></label></p>
    <p><label>Password <input type="password" name="password" autocomplete="current-password" required></label></p>
    <button>Sign in</button>
  </form>`;
  return layout({ ...ctx, events: [] }, "Sign in", body);
}

/** Only a path on this site: never "//other.site" or "https://…". */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?![/\\])/.test(next) ? next : "/";
}
