import Papa from "papaparse";

/**
 * The one CSV reader of Mixcast: every CSV path (Data import, promo batch, `mixcast import`, `mixcast promo score`)
 * goes through it, so encodings, byte-order marks, quoting, blank lines, row widths and size limits are handled one
 * way. It returns cells as text; the cell rules (lib/csv/cell-rules.ts) turn them into values.
 */
export type CsvRow = { /** 1-based row number as the row problems report it (the header is row 1). */ line: number; cells: string[] };
export type CsvTable = {
  /** Header cells as written (trimmed). */
  header: string[];
  /** Header cells trimmed and lower-cased, for matching column names. */
  columns: string[];
  rows: CsvRow[];
  /** Rows whose number of fields differs from the header's: reported, never read. */
  widthProblems: { line: number; fields: number; preview: string }[];
};
export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; fatal: string };

/** Decodes uploaded bytes as UTF-8, refusing other encodings instead of reading mojibake. */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.includes(0)) return { ok: false, error: "The file contains NUL bytes: it is not a text CSV (an Excel file, perhaps?). Save it as CSV UTF-8." };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: "The file is not valid UTF-8. Save it as “CSV UTF-8” and upload again." };
  }
}

/**
 * @param options.maxRows data rows allowed; options.maxBytes size allowed (UTF-8 bytes)
 */
export function readCsv(text: string, options: { maxRows?: number; maxBytes?: number } = {}): CsvReadResult {
  const fail = (fatal: string): CsvReadResult => ({ ok: false, fatal });
  if (options.maxBytes !== undefined) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > options.maxBytes)
      return fail(`The file is ${(bytes / 1e6).toFixed(1)} MB; the limit is ${(options.maxBytes / 1e6).toFixed(0)} MB. Split it into several files.`);
  }
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") return fail("The file is empty.");
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: "greedy" });
  const quote = parsed.errors.find((e) => e.type === "Quotes");
  if (quote) return fail(`Row ${(quote.row ?? 0) + 1}: a quote is opened but never closed.`);
  const [headerRow, ...dataRows] = parsed.data;
  if (!headerRow || headerRow.every((h) => h.trim() === "")) return fail("The file has no header row.");
  if (dataRows.length === 0) return fail("The file has a header but no data rows.");
  if (options.maxRows !== undefined && dataRows.length > options.maxRows) {
    return fail(
      `The file has ${dataRows.length.toLocaleString("en-US")} rows; the limit is ${options.maxRows.toLocaleString("en-US")}. Split it into several files.`,
    );
  }
  const header = headerRow.map((h) => h.trim());
  const rows: CsvRow[] = [];
  const widthProblems: CsvTable["widthProblems"] = [];
  dataRows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== header.length) widthProblems.push({ line, fields: cells.length, preview: cells.join(",").slice(0, 60) });
    else rows.push({ line, cells });
  });
  return { ok: true, table: { header, columns: header.map((h) => h.toLowerCase()), rows, widthProblems } };
}

/** The message for a row whose width differs from the header's. */
export function widthMessage(fields: number, headerFields: number): string {
  return `has ${fields} fields; the header has ${headerFields}`;
}
