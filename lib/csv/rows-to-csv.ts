import { DOMAINS, type DomainKind } from "./domains";
import { toCsv, type CsvCell } from "./to-csv";

/** Typed rows of a domain → the CSV the importer accepts (used by export and to seed the demo through the importer). */
export function rowsToCsv(kind: DomainKind, rows: Record<string, unknown>[]): string {
  const columns = DOMAINS[kind].columns;
  return toCsv(
    columns.map((c) => c.column),
    rows.map((row) => columns.map((c) => row[c.field] as CsvCell)),
  );
}
