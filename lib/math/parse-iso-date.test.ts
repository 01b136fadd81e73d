import { describe, expect, it } from "vitest";
import { formatIsoDate, parseIsoDate } from "./parse-iso-date";
import { DAY_MS, DAYS_PER_WEEK, WEEK_MS } from "./time-units";

describe("parseIsoDate", () => {
  it.each([
    ["1970-01-01", 0],
    ["2024-01-08", 1_704_672_000_000], // date -u -d 2024-01-08 +%s → 1704672000
    ["2024-02-29", 1_709_164_800_000],
    ["2000-03-01", 951_868_800_000],
  ])("%s is %d ms after the epoch", (text, ms) => {
    expect(parseIsoDate(text)).toBe(ms);
    expect(formatIsoDate(ms)).toBe(text);
  });

  it.each(["2023-02-29", "2024-13-01", "2024-1-8", "2024-01-08T00:00:00Z", " 2024-01-08", "", "08/01/2024"])("%j is not a date (NaN)", (text) => {
    expect(parseIsoDate(text)).toBeNaN();
  });

  it("agrees with the week and day constants", () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
    expect(WEEK_MS).toBe(DAYS_PER_WEEK * DAY_MS);
    expect(parseIsoDate("2024-01-15") - parseIsoDate("2024-01-08")).toBe(WEEK_MS);
  });
});
