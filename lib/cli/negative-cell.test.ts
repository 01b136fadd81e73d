import { describe, expect, it } from "vitest";
import { negativeCellMessage } from "./negative-cell";

describe("negativeCellMessage", () => {
  it("names the file, the data row, the line (header counted) and the value", () => {
    expect(negativeCellMessage("d.csv", 9, "search", -3, "spend")).toBe('d.csv: row 10 (line 11), column "search": negative spend -3');
  });
  it("says why a KPI cannot be negative", () => {
    expect(negativeCellMessage("d.csv", 0, "revenue", -5, "KPI")).toBe(
      'd.csv: row 1 (line 2), column "revenue": negative KPI -5 (the KPI is revenue or activations per week, never below 0)',
    );
  });
});
