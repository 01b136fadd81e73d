import { z } from "zod";

/**
 * zod parsers for single CSV cells. Every parser takes the raw cell text and either returns a typed value or
 * fails with a message a planner can act on ("1.234,5" is ambiguous; weeks are Mondays; …).
 */

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
export const FORMULA_PREFIX = /^[=+\-@\t\r]/;

/**
 * Numbers as planners type them: "1234.5", "1,234.5", "1 234.5", "$1,234", "12%" (→ 12), "(50)" is rejected.
 * A comma is read as a thousands separator only in groups of three ("1,234,567"); "1,5" is refused as
 * ambiguous rather than guessed, because a wrong guess silently changes money by 1000×.
 */
export function parseLocaleNumber(raw: string): number | string {
  let s = raw.trim().replace(/^[$€£]\s?/, "").replace(/%$/, "").replace(/[\u00a0\u202f ]/g, "");
  if (s === "") return "is empty";
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (s.includes(",")) return `"${raw}" is ambiguous: use a dot for decimals (1234.5) and commas only between thousands`;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return `"${truncate(raw)}" is not a number`;
  const n = Number(s);
  if (!Number.isFinite(n)) return `"${truncate(raw)}" is out of range`;
  return n;
}

function truncate(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function parseIsoDate(raw: string): Date | string {
  const s = raw.trim();
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (!m) return `"${truncate(raw)}" is not a date: use YYYY-MM-DD`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return `"${raw}" is not a real calendar date`;
  }
  if (y < 1990 || y > 2100) return `"${raw}" is outside 1990–2100`;
  return date;
}

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
    const s = raw.trim();
    if (s === "") {
      ctx.addIssue({ code: "custom", message: "is empty" });
      return z.NEVER;
    }
    const max = opts.max ?? 200;
    if (s.length > max) {
      ctx.addIssue({ code: "custom", message: `is ${s.length} characters long; at most ${max} allowed` });
      return z.NEVER;
    }
    if (FORMULA_PREFIX.test(s)) {
      ctx.addIssue({ code: "custom", message: `"${truncate(s)}" starts with ${JSON.stringify(s[0])}, which spreadsheets run as a formula` });
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
