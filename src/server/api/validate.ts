// Reading a request's query, path parameters or body and parsing them with a zod schema; a 400 naming
// the field otherwise (415 for a body that is not JSON where JSON is expected).
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import { describeZodError } from "./schemas.js";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HTTPException(400, { message: describeZodError(result.error, where) });
}

/** The query string, each parameter given once: "?metric=killed&metric=injured" is ambiguous, so refused. */
export function singleQuery(c: Context): Record<string, string> {
  for (const [key, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw new HTTPException(400, { message: `query parameter '${key.slice(0, 60)}': given ${values.length} times; give it once` });
  }
  return c.req.query();
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * The request body as JSON; 415 when it is sent as something else, 400 when it does not parse.
 * With `empty`, a request without a body (every field optional) reads as that value.
 */
export async function readJsonBody(c: Context, options: { empty?: unknown } = {}): Promise<unknown> {
  const text = await c.req.text();
  if (options.empty !== undefined && text.trim() === "") return options.empty;
  const type = c.req.header("content-type") ?? "";
  if (!JSON_TYPE.test(type)) {
    throw new HTTPException(415, { message: `body: expected Content-Type application/json, ${type ? `got '${type.slice(0, 80)}'` : "none was sent"}` });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HTTPException(400, { message: `body: not valid JSON (${(error as Error).message.slice(0, 200)})` });
  }
}

/** The fields of a urlencoded or multipart form, each given once; 400 naming the body or the field otherwise. */
export async function readForm(c: Context): Promise<Record<string, string | File>> {
  let form: Record<string, string | File | Array<string | File>>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (error) {
    throw new HTTPException(400, { message: `body: not a form that can be read (${(error as Error).message.slice(0, 200)})` });
  }
  for (const [key, value] of Object.entries(form)) {
    if (Array.isArray(value)) throw new HTTPException(400, { message: `form field '${key.slice(0, 60)}': given ${value.length} times; give it once` });
  }
  return form as Record<string, string | File>;
}

export function notFound(what: string): never {
  throw new HTTPException(404, { message: `${what} not found` });
}

/** JSON where an infinite ratio (a verified floor of 0) is written as null. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v));
}
