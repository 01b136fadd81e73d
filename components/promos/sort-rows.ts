import type { ScoredPromoRow } from "@/lib/actions/score-promo-csv";

export type ScoredColumn = keyof ScoredPromoRow["input"] | "p_sells" | "uplift" | "roi" | "decision";
export type SortState = { column: ScoredColumn; direction: "asc" | "desc" };

function valueOf(row: ScoredPromoRow, column: ScoredColumn): string | number | null {
  if (column === "p_sells" || column === "uplift" || column === "roi" || column === "decision") return row.score[column];
  return row.input[column] ?? null;
}

/**
 * Sorts scored rows by one column: numbers numerically, text alphabetically, blanks last in both directions;
 * ties keep the file's order (stable), so re-sorting never shuffles equal rows.
 */
export function sortScoredRows(rows: readonly ScoredPromoRow[], sort: SortState): ScoredPromoRow[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: valueOf(row, sort.column) }))
    .sort((a, b) => {
      const aBlank = a.v === null || a.v === "";
      const bBlank = b.v === null || b.v === "";
      if (aBlank || bBlank) return aBlank && bBlank ? a.index - b.index : aBlank ? 1 : -1;
      const c = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((e) => e.row);
}

/** Clicking the sorted column flips it; a new column starts descending for scores (best first) and ascending for inputs. */
export function nextSort(current: SortState | null, column: ScoredColumn): SortState {
  if (current?.column === column) return { column, direction: current.direction === "asc" ? "desc" : "asc" };
  return { column, direction: ["p_sells", "uplift", "roi"].includes(column) ? "desc" : "asc" };
}
