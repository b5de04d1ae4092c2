// The OpenAPI 3.1 document, generated from OPERATIONS and their zod schemas so it cannot drift from the routes.
import { z } from "zod";
import { OPERATIONS, type Operation } from "./routes.js";

type JsonSchema = { properties?: Record<string, JsonSchema & { description?: string }>; required?: string[]; [key: string]: unknown };

function schemaOf(schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema {
  return z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
}

function parameters(schema: z.ZodObject | undefined, where: "query" | "path") {
  if (!schema) return [];
  const json = schemaOf(schema);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === "path" || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
  });
}

function operation(op: Operation) {
  return {
    summary: op.summary,
    parameters: [...parameters(op.params, "path"), ...parameters(op.query, "query")],
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body) } } } } : {}),
    responses: {
      "200": { description: "OK", content: { "application/json": op.response ? { schema: schemaOf(op.response, "output") } : {} } },
      "400": { description: "An input was not valid; the message names it", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      "401": { description: "Not signed in" },
      ...(op.role ? { "403": { description: `Needs the ${op.role} role, or a CSRF token for cookie sessions` } } : {}),
      ...(op.params ? { "404": { description: "Not found" } } : {}),
      ...(op.conflict ? { "409": { description: op.conflict, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } } : {}),
    },
  };
}

export function openApiDocument(version = "0.1.0") {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of Object.values(OPERATIONS) as Operation[]) {
    paths[op.path] = { ...paths[op.path], [op.method]: operation(op) };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Tally API", version, description: "Casualty claims, their sources, and where each count stands." },
    components: {
      schemas: { Error: { type: "object", properties: { error: { type: "string" } }, required: ["error"] } },
      securitySchemes: { token: { type: "http", scheme: "bearer" }, session: { type: "apiKey", in: "cookie", name: "tally_session" } },
    },
    security: [{ token: [] }, { session: [] }],
    paths,
  };
}
