// The day rule of day.ts as a zod schema, for the API, the forms and the seed file.
import { z } from "zod";
import { dayProblem } from "./day.js";

/** A YYYY-MM-DD string that names a real calendar day. */
export const daySchema = z.string().superRefine((value, context) => {
  const problem = dayProblem(value);
  if (problem) context.addIssue({ code: "custom", message: `'${value.slice(0, 40)}': ${problem}` });
});
