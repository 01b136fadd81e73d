import { createHash } from "node:crypto";
import { readCsv, widthMessage } from "./read-csv";
import { crossFieldErrors, DOMAINS, type DomainKind } from "./domains";

export { decodeCsvBytes } from "./read-csv";

/**
 * Validates a CSV for one data domain, all or nothing: either every row parses into a typed row, or the caller
 * gets every problem as (row, column, value, reason) and nothing is written. Pure: the database calls it with the
 * channel/region names it already knows.
 */
export type RowError = { row: number; column: string; value: string; reason: string };

export type ImportLimits = { maxBytes: number; maxRows: number };

export type ValidatedImport = {
  ok: true;
  kind: DomainKind;
  rows: Record<string, unknown>[];
  /** SHA-256 of the kind and the parsed rows: the same data in another line ending or column order hashes the same. */
  contentHash: string;
  newChannels: string[];
  newRegions: string[];
  ignoredColumns: string[];
};

export type FailedImport = {
  ok: false;
  kind: DomainKind;
  /** A problem with the file as a whole (encoding, header, size); row errors are then empty. */
  fatal?: string;
  errors: RowError[];
  /** Total number of row errors (errors[] keeps the first MAX_REPORTED). */
  errorCount: number;
};

export const MAX_REPORTED_ERRORS = 500;

export function validateImport(input: {
  kind: DomainKind;
  text: string;
  /** file column → expected column, from the preview's column mapping */
  mapping?: Record<string, string>;
  knownChannels: string[];
  knownRegions: string[];
  limits: ImportLimits;
}): ValidatedImport | FailedImport {
  const { kind, limits } = input;
  const spec = DOMAINS[kind];
  const fail = (fatal: string): FailedImport => ({ ok: false, kind, fatal, errors: [], errorCount: 0 });

  const read = readCsv(input.text, { maxBytes: limits.maxBytes, maxRows: limits.maxRows });
  if (!read.ok) return fail(read.fatal);
  const { header: headerRow, rows: dataRows, widthProblems } = read.table;

  // Own keys only: a header named "constructor", "toString" or "__proto__" must not find Object.prototype members.
  const mapping = new Map(Object.entries(input.mapping ?? {}).filter(([, to]) => typeof to === "string"));
  const header = headerRow.map((h) => {
    const clean = h.trim().toLowerCase();
    return (mapping.get(h.trim()) ?? mapping.get(clean) ?? clean).toLowerCase();
  });
  const seen = new Map<string, number>();
  for (const [i, h] of header.entries()) {
    if (h === "") continue;
    if (seen.has(h)) return fail(`Column "${h}" appears twice in the header (columns ${seen.get(h)! + 1} and ${i + 1}).`);
    seen.set(h, i);
  }
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.column)).map((c) => c.column);
  if (missing.length) {
    return fail(
      `Missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. Expected ${spec.columns
        .map((c) => c.column)
        .join(",")}; found ${header.filter(Boolean).join(",") || "(none)"}. Map the columns or fix the header.`,
    );
  }
  const expected = new Set(spec.columns.map((c) => c.column));
  const ignoredColumns = header.filter((h) => h && !expected.has(h));

  const knownChannels = new Set(input.knownChannels);
  const knownRegions = new Set(input.knownRegions);
  const newChannels = new Set<string>();
  const newRegions = new Set<string>();
  const keys = new Map<string, number>();
  const errors: RowError[] = [];
  let errorCount = 0;
  const report = (e: RowError) => {
    errorCount++;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
  };
  const rows: Record<string, unknown>[] = [];
  for (const w of widthProblems) report({ row: w.line, column: "(row)", value: w.preview, reason: widthMessage(w.fields, headerRow.length) });

  dataRows.forEach(({ line, cells }) => {
    const row: Record<string, unknown> = {};
    let rowOk = true;
    for (const c of spec.columns) {
      const idx = seen.get(c.column);
      const raw = idx === undefined ? "" : (cells[idx] ?? "");
      if (raw.trim() === "") {
        if (c.required) {
          report({ row: line, column: c.column, value: "", reason: "is empty but required" });
          rowOk = false;
        } else row[c.field] = null;
        continue;
      }
      const result = c.parser.safeParse(raw);
      if (!result.success) {
        report({ row: line, column: c.column, value: raw.length > 60 ? `${raw.slice(0, 60)}…` : raw, reason: result.error.issues[0]?.message ?? "is invalid" });
        rowOk = false;
      } else row[c.field] = result.data;
    }
    if (!rowOk) return;
    for (const [field, reason] of crossFieldErrors(kind, row)) {
      const column = spec.columns.find((c) => c.field === field)?.column ?? field;
      report({ row: line, column, value: String(row[field]), reason });
      rowOk = false;
    }
    for (const [ref, known, created, what] of [
      [spec.channelField, knownChannels, newChannels, "channel"],
      [spec.regionField, knownRegions, newRegions, "region"],
    ] as const) {
      if (!ref) continue;
      const value = row[ref.field];
      if (value === null || value === undefined) continue;
      if (typeof value === "string" && !known.has(value)) {
        if (ref.mayCreate) created.add(value);
        else {
          const list = [...known].slice(0, 12).join(", ");
          report({
            row: line,
            column: spec.columns.find((c) => c.field === ref.field)!.column,
            value,
            reason: `unknown ${what} "${value}"; known ${what}s: ${list || "(none — import demand or spend first)"}`,
          });
          rowOk = false;
        }
      }
    }
    const key = spec.key.map((f) => String(row[f] ?? "")).join("\u0000");
    const firstLine = keys.get(key);
    if (firstLine !== undefined) {
      report({
        row: line,
        column: spec.key.map((f) => spec.columns.find((c) => c.field === f)?.column ?? f).join("+"),
        value: spec.key.map((f) => String(row[f] ?? "")).join(" / "),
        reason: `duplicates row ${firstLine}`,
      });
      rowOk = false;
    } else keys.set(key, line);
    if (rowOk) rows.push(row);
  });

  if (errorCount > 0) return { ok: false, kind, errors: errors.sort((a, b) => a.row - b.row), errorCount };
  return {
    ok: true,
    kind,
    rows,
    contentHash: hashRows(kind, rows),
    newChannels: [...newChannels].sort(),
    newRegions: [...newRegions].sort(),
    ignoredColumns,
  };
}

/** Stable content hash of typed rows: same data ⇒ same hash regardless of column order, quoting or line endings. */
export function hashRows(kind: DomainKind, rows: Record<string, unknown>[]): string {
  const fields = DOMAINS[kind].columns.map((c) => c.field);
  const hash = createHash("sha256").update(kind);
  for (const row of rows) hash.update("\n").update(JSON.stringify(fields.map((f) => row[f] ?? null)));
  return hash.digest("hex");
}
