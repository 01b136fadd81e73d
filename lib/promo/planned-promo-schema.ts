import Papa from "papaparse";
import { z } from "zod";
import type { PlannedPromo } from "./types";

/**
 * Numbers arrive as numbers from forms and the JSON API and as text from CSV: text is trimmed and
 * converted here so one schema serves all three. Empty text means "missing".
 */
const numeric = (field: string, check: (n: z.ZodNumber) => z.ZodNumber) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(/%$/, ""))) : v),
    check(
      z.number({
        error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be a number`),
      }),
    ),
  );

const requiredText = (field: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: `${field} is required` }).min(1, `${field} is required`).max(100, `${field} must be at most 100 characters`),
  );

/**
 * One planned promotion as the form, the JSON API and the CSV send it (snake_case, like the CSV
 * header). `toPlannedPromo` converts it to the engine's camelCase `PlannedPromo`.
 */
export const plannedPromoSchema = z.object({
  promotion_id: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v),
    z.string().max(100, "promotion_id must be at most 100 characters").optional(),
  ),
  category: requiredText("category"),
  region: requiredText("region"),
  discount_pct: numeric("discount_pct", (n) => n.min(0, "discount_pct must be between 0 and 90").max(90, "discount_pct must be between 0 and 90")),
  duration_days: numeric("duration_days", (n) =>
    n.int("duration_days must be a whole number of days").min(1, "duration_days must be between 1 and 90").max(90, "duration_days must be between 1 and 90"),
  ),
  start_date: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: "start_date is required" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "start_date must be an ISO date (YYYY-MM-DD)")
      .refine((s) => {
        const d = new Date(`${s}T00:00:00.000Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
      }, "start_date is not a real calendar date"),
  ),
  promo_type: requiredText("promo_type"),
  cost: numeric("cost", (n) => n.min(0, "cost must be 0 or more")),
});

export type PlannedPromoInput = z.infer<typeof plannedPromoSchema>;

/** Wire shape → engine shape. */
export function toPlannedPromo(input: PlannedPromoInput): PlannedPromo {
  return {
    ...(input.promotion_id !== undefined ? { promotionId: input.promotion_id } : {}),
    category: input.category,
    region: input.region,
    discountPct: input.discount_pct,
    durationDays: input.duration_days,
    startDate: input.start_date,
    promoType: input.promo_type,
    cost: input.cost,
  };
}

export const PLANNED_PROMO_CSV_COLUMNS = [
  "promotion_id",
  "category",
  "region",
  "discount_pct",
  "duration_days",
  "start_date",
  "promo_type",
  "cost",
] as const;

export type PlannedPromoCsvError = {
  /** Line number in the file (the header is row 1); 0 for file-level problems. */
  row: number;
  column: string;
  reason: string;
  /** "row N, column X: reason". */
  message: string;
};

export type PlannedPromoCsvResult = { ok: true; rows: PlannedPromo[] } | { ok: false; errors: PlannedPromoCsvError[] };

const MAX_ROWS = 10_000;

/**
 * Parses and validates a CSV of planned promos, all or nothing: any error and no rows are returned.
 * The header must contain every column of PLANNED_PROMO_CSV_COLUMNS (any order, extra columns
 * ignored); `promotion_id` may be blank. Duplicate promotion ids are rejected because results are
 * keyed by them.
 */
export function parsePlannedPromosCsv(text: string): PlannedPromoCsvResult {
  const fileError = (reason: string): PlannedPromoCsvResult => ({
    ok: false,
    errors: [{ row: 0, column: "(file)", reason, message: reason }],
  });
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") return fileError("The file is empty.");
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: "greedy" });
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) return fileError(`Row ${(quoteError.row ?? 0) + 1}: a quote is opened but never closed.`);
  const [headerRow, ...dataRows] = parsed.data;
  const header = (headerRow ?? []).map((h) => h.trim().toLowerCase());
  const missing = PLANNED_PROMO_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return fileError(
      `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. The header must be ${PLANNED_PROMO_CSV_COLUMNS.join(",")} (extra columns are allowed).`,
    );
  }
  if (dataRows.length === 0) return fileError("The file has a header but no data rows.");
  if (dataRows.length > MAX_ROWS) return fileError(`The file has ${dataRows.length} rows; the limit is ${MAX_ROWS}.`);

  const index = Object.fromEntries(PLANNED_PROMO_CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof PLANNED_PROMO_CSV_COLUMNS)[number], number>;
  const errors: PlannedPromoCsvError[] = [];
  const report = (row: number, column: string, reason: string) => errors.push({ row, column, reason, message: `row ${row}, column ${column}: ${reason}` });
  const rows: PlannedPromo[] = [];
  const ids = new Map<string, number>();
  dataRows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length < header.length) {
      report(line, "(row)", `has ${cells.length} fields; the header has ${header.length}`);
      return;
    }
    const record = Object.fromEntries(PLANNED_PROMO_CSV_COLUMNS.map((c) => [c, cells[index[c]] ?? ""]));
    const result = plannedPromoSchema.safeParse(record);
    if (!result.success) {
      // One message per column, in header order, so the user fixes each cell once.
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "(row)");
        if (seen.has(column)) continue;
        seen.add(column);
        report(line, column, issue.message);
      }
      return;
    }
    const id = result.data.promotion_id;
    if (id !== undefined) {
      const first = ids.get(id);
      if (first !== undefined) {
        report(line, "promotion_id", `duplicates row ${first}`);
        return;
      }
      ids.set(id, line);
    }
    rows.push(toPlannedPromo(result.data));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
