import { describe, expect, it } from "vitest";
import { addDays, easterSunday, isMonday, mondayOf, nthWeekdayOfMonth, weekStarts } from "./calendar";

describe("calendar", () => {
  it.each([
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
  ])("finds Easter %d on %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it("finds US Thanksgiving as the 4th Thursday of November", () => {
    expect(nthWeekdayOfMonth(2025, 11, 3, 4)).toBe("2025-11-27");
    expect(nthWeekdayOfMonth(2026, 11, 3, 4)).toBe("2026-11-26");
  });

  it("lists consecutive Mondays ending on the last week", () => {
    const weeks = weekStarts("2026-11-16", 3);
    expect(weeks).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
    expect(weeks.every(isMonday)).toBe(true);
    expect(() => weekStarts("2026-11-17", 3)).toThrow(/not a Monday/);
  });

  it("maps any day to its ISO week's Monday", () => {
    expect(mondayOf("2026-11-22")).toBe("2026-11-16");
    expect(mondayOf("2026-11-16")).toBe("2026-11-16");
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
  });
});
