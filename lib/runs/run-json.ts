import { z } from "zod";

/**
 * Building blocks of the run contracts. Run metrics and artifacts are stored as JSON, which has no NaN: a statistic
 * that was NaN (an AUC with one class, a correlation of a constant) is written as null. `stat` reads it back as NaN,
 * so a writer's number stays a number for the reader.
 */
export const stat = z
  .number()
  .nullable()
  .transform((v) => v ?? Number.NaN);

/** A nested engine object the run stores whole (a fitted model, an engine report): an object of the named type. */
export const storedObject = <T>() => z.custom<T>((v) => typeof v === "object" && v !== null && !Array.isArray(v), "expected an object");

export const groupImportanceSchema = z.object({ group: z.string(), importance: stat });
