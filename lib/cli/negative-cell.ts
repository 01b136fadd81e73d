/**
 * The message for a spend cell that must not be negative, in the CLI's "file: row R (line L), column C: …" form. `row`
 * is the data row's 0-based index; line counts the header.
 * @example negativeSpendMessage("d.csv", 9, "search", -3) // 'd.csv: row 10 (line 11), column "search": negative spend -3'
 */
export function negativeSpendMessage(file: string, row: number, column: string, value: number): string {
  return `${file}: row ${row + 1} (line ${row + 2}), column "${column}": negative spend ${value}`;
}

/**
 * A warning for KPI cells below 0 (the first three by row named), or undefined when there are none. A warning, not a
 * refusal: net revenue can dip below 0 in a small region's bad week, and bench:geo's generated regions do, but a weekly
 * revenue or activation count below 0 is usually a typing error, and one such week (-5 in a 200,000 series) took a
 * national fit's R² from 0.998 to 0.75 and one channel's ROI from 0.92 to 0.02. The app's import refuses them outright
 * (lib/csv/domains.ts); the CLI fits what it is given but says where.
 * @param values the KPI as the command ordered it (by week, or by region and week)
 * @param rows the data row (0-based) each value came from
 * @example negativeKpiWarning("d.csv", "revenue", [7, -5], [8, 9]) // 'warning: d.csv, column "revenue": 1 negative value (row 10 (line 11): -5); …'
 */
export function negativeKpiWarning(file: string, column: string, values: readonly number[], rows: readonly number[]): string | undefined {
  const cells = values.flatMap((value, k) => (value < 0 ? [{ row: rows[k], value }] : [])).sort((a, b) => a.row - b.row);
  if (!cells.length) return undefined;
  const shown = cells
    .slice(0, 3)
    .map((c) => `row ${c.row + 1} (line ${c.row + 2}): ${c.value}`)
    .join(", ");
  return `warning: ${file}, column "${column}": ${cells.length} negative value${cells.length === 1 ? "" : "s"} (${shown}${cells.length > 3 ? ", …" : ""}); a weekly KPI (revenue or activations) is normally never below 0, so check the data: the fit uses the values as they are`;
}
