/**
 * The message for a cell that must not be negative (a week's spend, or its KPI: revenue or activations), in the CLI's
 * "file: row R (line L), column C: …" form. `row` is the data row's 0-based index; line counts the header.
 * Why the KPI too: the app's import refuses negative revenue and activations (lib/csv/domains.ts), but the CLI read
 * them silently, and one mistyped week (-5 in a 200,000 series) took the fit's R² from 0.998 to 0.75 and one channel's
 * ROI from 0.92 to 0.02.
 * @example negativeCellMessage("d.csv", 9, "search", -3, "spend") // 'd.csv: row 10 (line 11), column "search": negative spend -3'
 */
export function negativeCellMessage(file: string, row: number, column: string, value: number, what: "spend" | "KPI"): string {
  const why = what === "KPI" ? " (the KPI is revenue or activations per week, never below 0)" : "";
  return `${file}: row ${row + 1} (line ${row + 2}), column "${column}": negative ${what} ${value}${why}`;
}
