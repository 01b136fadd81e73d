import { z } from "zod";
import { formulaProblem, parseIsoDateCell, parseLocaleNumber } from "../csv/cell-rules";
import { readCsv, widthMessage } from "../csv/read-csv";
import { MAX_DISCOUNT_PCT } from "./promo-limits";
import type { PlannedPromo } from "./types";

/** What each field is called on the page; messages use these, never the wire names ("discount_pct"). */
export const PLANNED_PROMO_FIELD_LABELS = {
  promotion_id: "Promotion id",
  category: "Category",
  region: "Region",
  discount_pct: "Discount (%)",
  duration_days: "Duration (days)",
  start_date: "Start date",
  promo_type: "Promo type",
  cost: "Promo cost (USD)",
} as const;
const L = PLANNED_PROMO_FIELD_LABELS;

/**
 * Numbers arrive as numbers from forms and the JSON API and as text from CSV: text is read by the shared cell rule
 * (lib/csv/cell-rules.ts: "1,234.5", "$500", "20 %"…), so one schema serves all three. Empty text means "missing".
 */
const numeric = (label: string, check: (n: z.ZodNumber) => z.ZodNumber) =>
  z.preprocess(
    (v) => {
      if (typeof v !== "string") return v;
      if (v.trim() === "") return undefined;
      const n = parseLocaleNumber(v);
      return typeof n === "number" ? n : v;
    },
    check(
      z.number({
        error: (issue) =>
          issue.input === undefined
            ? `${label} is required`
            : typeof issue.input === "string"
              ? `${label}: ${parseLocaleNumber(issue.input)}`
              : `${label} must be a number`,
      }),
    ),
  );

/** Cells a spreadsheet would run as a formula are refused, as the Data import refuses them (one rule for both). */
const noFormula = (label: string) => (s: string, ctx: z.RefinementCtx) => {
  const problem = formulaProblem(s);
  if (problem) ctx.addIssue({ code: "custom", message: `${label}: ${problem}` });
};

const requiredText = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: `${label} is required` })
      .min(1, `${label} is required`)
      .max(100, `${label} must be at most 100 characters`)
      .superRefine(noFormula(label)),
  );

/**
 * One planned promotion as the form, the JSON API and the CSV send it (snake_case, like the CSV
 * header). `toPlannedPromo` converts it to the engine's camelCase `PlannedPromo`. Category, region and promo type
 * are checked against the known values when scoring (matchPromoValues), where the model is at hand.
 */
export const plannedPromoSchema = z.object({
  promotion_id: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v),
    z.string().max(100, `${L.promotion_id} must be at most 100 characters`).superRefine(noFormula(L.promotion_id)).optional(),
  ),
  category: requiredText(L.category),
  region: requiredText(L.region),
  discount_pct: numeric(L.discount_pct, (n) =>
    n
      .min(0, `${L.discount_pct} must be between 0 and ${MAX_DISCOUNT_PCT}`)
      .max(MAX_DISCOUNT_PCT, `${L.discount_pct} must be between 0 and ${MAX_DISCOUNT_PCT}`),
  ),
  duration_days: numeric(L.duration_days, (n) =>
    n
      .int(`${L.duration_days} must be a whole number of days`)
      .min(1, `${L.duration_days} must be between 1 and 90`)
      .max(90, `${L.duration_days} must be between 1 and 90`),
  ),
  start_date: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: `${L.start_date} is required` })
      .min(1, `${L.start_date} is required`)
      .superRefine((s, ctx) => {
        const d = parseIsoDateCell(s);
        if (typeof d === "string") ctx.addIssue({ code: "custom", message: `${L.start_date}: ${d}` });
      })
      // "2026/1/5" is accepted by the date rule; the engine and the stored score get "2026-01-05".
      .transform((s) => {
        const d = parseIsoDateCell(s);
        return typeof d === "string" ? s : d.toISOString().slice(0, 10);
      }),
  ),
  promo_type: requiredText(L.promo_type),
  cost: numeric(L.cost, (n) => n.min(0, `${L.cost} must be 0 or more`)),
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

export const PLANNED_PROMO_CSV_COLUMNS = ["promotion_id", "category", "region", "discount_pct", "duration_days", "start_date", "promo_type", "cost"] as const;

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
  const read = readCsv(text, { maxRows: MAX_ROWS });
  if (!read.ok) return fileError(read.fatal);
  const { columns: header, rows: dataRows, widthProblems } = read.table;
  const missing = PLANNED_PROMO_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return fileError(
      `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. The header must be ${PLANNED_PROMO_CSV_COLUMNS.join(",")} (extra columns are allowed).`,
    );
  }

  const index = Object.fromEntries(PLANNED_PROMO_CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof PLANNED_PROMO_CSV_COLUMNS)[number], number>;
  const errors: PlannedPromoCsvError[] = [];
  const report = (row: number, column: string, reason: string) => errors.push({ row, column, reason, message: `row ${row}, column ${column}: ${reason}` });
  const rows: PlannedPromo[] = [];
  const ids = new Map<string, number>();
  for (const w of widthProblems) report(w.line, "(row)", widthMessage(w.fields, header.length));
  dataRows.forEach(({ line, cells }) => {
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
  return errors.length > 0 ? { ok: false, errors: errors.sort((x, y) => x.row - y.row) } : { ok: true, rows };
}
