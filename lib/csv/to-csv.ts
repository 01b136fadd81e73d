import { FORMULA_PREFIX } from "./cell-parsers";

/**
 * Writes rows as RFC 4180 CSV. Text cells that begin with = + - @ (or tab/CR) are prefixed with a single quote so
 * a spreadsheet shows them instead of executing them (OWASP "CSV injection"). Numbers are written as numbers:
 * a typed number such as -5 cannot be a formula, and quoting it would turn it into text in the spreadsheet.
 */
export type CsvCell = string | number | boolean | null | undefined;

export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let s = value;
  if (FORMULA_PREFIX.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header.map(escapeCsvCell).join(",")];
  for (const row of rows) lines.push(row.map(escapeCsvCell).join(","));
  return `${lines.join("\n")}\n`;
}
