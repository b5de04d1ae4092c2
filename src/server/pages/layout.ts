// The page frame every dashboard page shares: navigation, the signed-in user, the stylesheet and script.
import type { User } from "../auth/accounts.js";
import { html, type SafeHtml } from "../../views/html.js";

export interface PageContext {
  user: User | null;
  csrf: string;
  /** The event the pages are scoped to (query parameter `event`). */
  eventId?: number;
  events: Array<{ id: number; name: string }>;
}

/** The path with the event the pages are scoped to, so a link keeps it. */
export function withEvent(path: string, eventId: number | undefined): string {
  return eventId === undefined ? path : `${path}${path.includes("?") ? "&" : "?"}event=${eventId}`;
}

export function layout(ctx: PageContext, title: string, body: SafeHtml, active = ""): string {
  const link = (path: string, label: string) => html`<a href="${withEvent(path, ctx.eventId)}" class="${active === path ? "active" : ""}">${label}</a>`;
  const eventPicker = ctx.events.length
    ? html`<form method="get" action="/" class="event-picker"><label>Event <select name="event" data-autosubmit>
        <option value="">All documents</option>
        ${ctx.events.map((e) => html`<option value="${e.id}" ${e.id === ctx.eventId ? html`selected` : ""}>${e.name}</option>`)}
      </select></label> <noscript><button>Show</button></noscript></form>`
    : "";
  const who = ctx.user
    ? html`<span class="user">${ctx.user.name} (${ctx.user.role})</span>${ctx.user.name === "local" ? "" : html` <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button>Sign out</button></form>`}`
    : "";
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${ctx.csrf}">
<title>${title} · Tally</title><link rel="stylesheet" href="/assets/app.css"><script type="module" src="/assets/app.js"></script></head>
<body><header><strong class="brand">Tally</strong><nav>${link("/", "Overview")}${link("/claims", "Claims")}${link("/review", "Review")}${link("/claimants", "Claimants")}${link("/checks", "Checks")}${link("/documents", "Documents")}${link("/victims", "Victims")}</nav>${eventPicker}<div class="who">${who}</div></header>
<main>${body}</main></body></html>`}`;
}
