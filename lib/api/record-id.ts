import { z } from "zod";

/** The largest id a PostgreSQL `integer` (serial) column holds: 2^31 − 1. */
export const MAX_RECORD_ID = 2_147_483_647;

const message = `must be a whole number from 1 to ${MAX_RECORD_ID.toLocaleString("en-US")}`;

/**
 * A database id that arrives from outside — URL segment, query string, form field, JSON body, job parameter: a
 * positive integer that fits the `integer` id columns. A string must be plain digits ("42"; not "1e3", "0x10" or
 * " 7"). Every id is parsed with this before a lookup, so an id the database cannot even represent is "no such
 * record" (404) instead of a query error (500).
 */
export const recordIdSchema = z.preprocess(
  (value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
  z
    .number({ error: `id ${message}` })
    .int(`id ${message}`)
    .min(1, `id ${message}`)
    .max(MAX_RECORD_ID, `id ${message}`),
);

/** The id, or null when `value` is not a valid record id (so no such record can exist). */
export function parseRecordId(value: unknown): number | null {
  const parsed = recordIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
