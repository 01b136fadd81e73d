import { describe, expect, it } from "vitest";
import { buildControlColumns, parseIsoDate } from "./design-controls";

describe("parseIsoDate", () => {
  it("parses ISO dates to UTC ms", () => expect(parseIsoDate("2020-01-02")).toBe(Date.UTC(2020, 0, 2)));
  it.each(["2020-13-01", "2021-02-30", "01/02/2020", ""])("rejects %s", (s) => expect(() => parseIsoDate(s)).toThrow(/unparseable date/));
});

describe("buildControlColumns", () => {
  it("builds trend, Fourier terms one year apart equal, holidays and signed controls", () => {
    const dates = ["2019-01-07", "2019-07-08", "2020-01-07"];
    const cols = buildControlColumns(
      { dates, kpi: [1, 2, 3], media: [], holidays: [0, 1, 0], controls: [{ name: "promo", values: [1, 2, 3], sign: "positive" }] },
      true,
      true,
    );
    expect(cols.names).toEqual(["trend", "season_sin1", "season_cos1", "season_sin2", "season_cos2", "holidays", "promo"]);
    expect(Array.from(cols.columns[0])).toEqual([0, 0.5, 1]);
    // 365 days apart ≈ one period of 365.25 days: sin1 nearly repeats.
    expect(cols.columns[1][2]).toBeCloseTo(cols.columns[1][0], 1);
    expect(cols.signs).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });
});
