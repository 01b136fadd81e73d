/**
 * The one set of rules for CSV cells, used by every CSV path (Data import, the promo batch on the page, the promo
 * API, `mixcast promo score`, `mixcast import`). Each rule takes the raw cell text and returns the typed value or a
 * message a planner can act on. Pure.
 */

/** Characters that make a spreadsheet treat a cell as a formula (CSV injection): = + - @, tab, carriage return. */
export const FORMULA_PREFIX = /^[=+\-@\t\r]/;

export function truncateCell(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** A message when a text cell would run as a formula in a spreadsheet, else null. */
export function formulaProblem(text: string): string | null {
  const s = text.trim();
  return FORMULA_PREFIX.test(s) ? `"${truncateCell(s)}" starts with ${JSON.stringify(s[0])}, which spreadsheets run as a formula` : null;
}

/**
 * Names and identifiers: trimmed, non-empty, at most `max` characters, never formula-like.
 * @returns the trimmed text, or a message
 */
export function parseTextCell(raw: string, opts: { max?: number } = {}): string | { error: string } {
  const s = raw.trim();
  if (s === "") return { error: "is empty" };
  const max = opts.max ?? 200;
  if (s.length > max) return { error: `is ${s.length} characters long; at most ${max} allowed` };
  const formula = formulaProblem(s);
  return formula ? { error: formula } : s;
}

/**
 * Numbers as planners type them: "1234.5", "1,234.5", "1 234.5", "$1,234", "12%" (→ 12), "(50)" is rejected.
 * A comma is read as a thousands separator only in groups of three ("1,234,567"); "1,5" is refused as
 * ambiguous rather than guessed, because a wrong guess silently changes money by 1000×.
 * @returns the number, or a message
 */
export function parseLocaleNumber(raw: string): number | string {
  let s = raw
    .trim()
    .replace(/^[$€£]\s?/, "")
    .replace(/%$/, "")
    .replace(/[\u00a0\u202f ]/g, "");
  if (s === "") return "is empty";
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (s.includes(",")) return `"${raw}" is ambiguous: use a dot for decimals (1234.5) and commas only between thousands`;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return `"${truncateCell(raw)}" is not a number`;
  const n = Number(s);
  if (!Number.isFinite(n)) return `"${truncateCell(raw)}" is out of range`;
  return n;
}

/**
 * Calendar dates as YYYY-MM-DD (a slash is accepted for the dash), between 1990 and 2100.
 * @returns the UTC date, or a message
 */
export function parseIsoDateCell(raw: string): Date | string {
  const s = raw.trim();
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (!m) return `"${truncateCell(raw)}" is not a date: use YYYY-MM-DD`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return `"${raw}" is not a real calendar date`;
  if (y < 1990 || y > 2100) return `"${raw}" is outside 1990–2100`;
  return date;
}

/** How two spellings of a category are compared: case, spaces, hyphens and underscores do not matter. */
export function normalizeLabel(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "_");
}

/**
 * Matches a value against the known spellings (case-insensitively, see normalizeLabel) and returns the known
 * spelling, or null when none matches.
 * @example matchKnown("Personal Care", ["personal_care", "bakery"]) // "personal_care"
 */
export function matchKnown(value: string, known: readonly string[]): string | null {
  const wanted = normalizeLabel(value);
  return known.find((k) => normalizeLabel(k) === wanted) ?? null;
}
