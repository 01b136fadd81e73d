import { describe, expect, it } from "vitest";
import { mainWeeklySpan } from "./main-weekly-span";

describe("mainWeeklySpan", () => {
  const run = (start: string, n: number) =>
    Array.from({ length: n }, (_, i) => new Date(Date.parse(`${start}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10));

  it("drops a stray far-future week", () => {
    expect(mainWeeklySpan([...run("2024-01-01", 20), "2030-01-07"])).toEqual({ first: "2024-01-01", last: "2024-05-13", dropped: ["2030-01-07"] });
  });
  it("keeps short gaps inside the history", () => {
    const weeks = run("2024-01-01", 30).filter((_, i) => i !== 10 && i !== 11);
    expect(mainWeeklySpan(weeks)).toEqual({ first: "2024-01-01", last: run("2024-01-01", 30)[29], dropped: [] });
  });
  it("keeps the longest segment, the later one on a tie", () => {
    expect(mainWeeklySpan([...run("2020-01-06", 3), ...run("2024-01-01", 3)]).first).toBe("2024-01-01");
    expect(mainWeeklySpan([...run("2020-01-06", 5), ...run("2024-01-01", 3)]).first).toBe("2020-01-06");
  });
});
