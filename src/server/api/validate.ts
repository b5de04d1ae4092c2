// Parsing a request's query, path parameters or body with a zod schema; a 400 naming the field otherwise.
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import { describeZodError } from "./schemas.js";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HTTPException(400, { message: describeZodError(result.error, where) });
}

export function notFound(what: string): never {
  throw new HTTPException(404, { message: `${what} not found` });
}

/** JSON where an infinite ratio (a verified floor of 0) is written as null. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v));
}
