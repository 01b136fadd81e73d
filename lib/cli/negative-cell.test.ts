import { describe, expect, it } from "vitest";
import { negativeKpiWarning, negativeSpendMessage } from "./negative-cell";

describe("negativeSpendMessage", () => {
  it("names the file, the data row, the line (header counted) and the value", () => {
    expect(negativeSpendMessage("d.csv", 9, "search", -3)).toBe('d.csv: row 10 (line 11), column "search": negative spend -3');
  });
});

describe("negativeKpiWarning", () => {
  it("is undefined when no KPI is negative", () => expect(negativeKpiWarning("d.csv", "revenue", [1, 0, 2], [0, 1, 2])).toBeUndefined());
  it("counts the negative cells, names the first three by row and line, and says the fit uses them as they are", () => {
    // Values in week order; the rows they came from are out of order, and the message lists them by row.
    const values = [-7, 3, -1, -5, 4, -2.5];
    const rows = [30, 2, 9, 0, 5, 20];
    expect(negativeKpiWarning("d.csv", "revenue", values, rows)).toBe(
      'warning: d.csv, column "revenue": 4 negative values (row 1 (line 2): -5, row 10 (line 11): -1, row 21 (line 22): -2.5, …); a weekly KPI (revenue or activations) is normally never below 0, so check the data: the fit uses the values as they are',
    );
    expect(negativeKpiWarning("d.csv", "revenue", [-5], [0])).toMatch(/: 1 negative value \(row 1 \(line 2\): -5\);/);
  });
});
