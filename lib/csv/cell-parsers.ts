import { z } from "zod";
import { parseIsoDateCell as parseIsoDate, parseLocaleNumber, parseTextCell, truncateCell as truncate } from "./cell-rules";

export { FORMULA_PREFIX, parseLocaleNumber } from "./cell-rules";

/**
 * zod parsers for single CSV cells of the Data import, built on the shared cell rules (lib/csv/cell-rules.ts) that
 * every CSV path uses. Every parser takes the raw cell text and either returns a typed value or fails with a
 * message a planner can act on ("1.234,5" is ambiguous; weeks are Mondays; …).
 */

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const fromResult = <T>(result: T | string, ctx: z.RefinementCtx): T => {
  if (typeof result === "string") {
    ctx.addIssue({ code: "custom", message: result });
    return z.NEVER;
  }
  return result;
};

export const numberCell = (opts: { min?: number; max?: number; integer?: boolean } = {}) =>
  z.string().transform((raw, ctx) => {
    const n = fromResult(parseLocaleNumber(raw), ctx);
    if (typeof n !== "number") return z.NEVER;
    if (opts.integer && !Number.isInteger(n)) {
      ctx.addIssue({ code: "custom", message: `${n} is not a whole number` });
      return z.NEVER;
    }
    if (opts.min !== undefined && n < opts.min) {
      ctx.addIssue({ code: "custom", message: `${n} is below the minimum ${opts.min}` });
      return z.NEVER;
    }
    if (opts.max !== undefined && n > opts.max) {
      ctx.addIssue({ code: "custom", message: `${n} is above the maximum ${opts.max}` });
      return z.NEVER;
    }
    return n;
  });

/** Dates come out as ISO strings (YYYY-MM-DD): rows stay plain serialisable data. */
export const dateCell = () =>
  z.string().transform((raw, ctx) => {
    const d = fromResult(parseIsoDate(raw), ctx);
    return d instanceof Date ? isoDate(d) : z.NEVER;
  });

/** A week is identified by its Monday; any other weekday is refused with the Monday it probably meant. */
export const weekCell = () =>
  z.string().transform((raw, ctx) => {
    const d = fromResult(parseIsoDate(raw), ctx);
    if (!(d instanceof Date)) return z.NEVER;
    const dow = d.getUTCDay();
    if (dow !== 1) {
      const monday = new Date(d.getTime() - ((dow + 6) % 7) * 86_400_000);
      ctx.addIssue({
        code: "custom",
        message: `${isoDate(d)} is a ${WEEKDAYS[dow]}; weeks are identified by their Monday (${isoDate(monday)})`,
      });
      return z.NEVER;
    }
    return isoDate(d);
  });

export const dateTimeCell = () =>
  z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) {
      ctx.addIssue({ code: "custom", message: `"${truncate(raw)}" is not a date-time: use YYYY-MM-DDTHH:MM:SSZ` });
      return z.NEVER;
    }
    const d = new Date(s.length === 10 ? `${s}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(s) ? s.replace(" ", "T") : `${s.replace(" ", "T")}Z`);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: "custom", message: `"${truncate(raw)}" is not a real date-time` });
      return z.NEVER;
    }
    return d.toISOString();
  });

/** Identifiers and names: trimmed, non-empty, no formula prefix, bounded length. */
export const textCell = (opts: { max?: number; lowercase?: boolean } = {}) =>
  z.string().transform((raw, ctx) => {
    const s = parseTextCell(raw, opts);
    if (typeof s !== "string") {
      ctx.addIssue({ code: "custom", message: s.error });
      return z.NEVER;
    }
    return opts.lowercase ? s.toLowerCase() : s;
  });

export const booleanCell = () =>
  z.string().transform((raw, ctx) => {
    const s = raw.trim().toLowerCase();
    if (["true", "1", "yes", "y"].includes(s)) return true;
    if (["false", "0", "no", "n"].includes(s)) return false;
    ctx.addIssue({ code: "custom", message: `"${truncate(raw)}" is not true/false` });
    return z.NEVER;
  });
