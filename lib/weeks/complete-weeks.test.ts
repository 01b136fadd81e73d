import { describe, expect, it } from "vitest";
import { completeWeeks, describeIncompleteWeeks, domainGaps, keepCompleteWeeks } from "./complete-weeks";

const W = ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02"];

describe("completeWeeks (a week counts when demand AND spend are present)", () => {
  it.each([
    { name: "all complete", demand: W, spend: W, complete: W, incomplete: [], trailing: [] },
    {
      name: "demand imported before spend: the last week is trailing",
      demand: W,
      spend: W.slice(0, 4),
      complete: W.slice(0, 4),
      incomplete: [{ week: W[4], missing: ["spend"] }],
      trailing: [{ week: W[4], missing: ["spend"] }],
    },
    {
      name: "spend ahead of demand",
      demand: W.slice(0, 3),
      spend: W,
      complete: W.slice(0, 3),
      incomplete: [
        { week: W[3], missing: ["demand"] },
        { week: W[4], missing: ["demand"] },
      ],
      trailing: [
        { week: W[3], missing: ["demand"] },
        { week: W[4], missing: ["demand"] },
      ],
    },
    {
      name: "a hole inside the history is incomplete but not trailing",
      demand: W,
      spend: [W[0], W[1], W[3], W[4]],
      complete: [W[0], W[1], W[3], W[4]],
      incomplete: [{ week: W[2], missing: ["spend"] }],
      trailing: [],
    },
    {
      name: "nothing complete: every incomplete week is trailing",
      demand: [W[0]],
      spend: [W[1]],
      complete: [],
      incomplete: [
        { week: W[0], missing: ["spend"] },
        { week: W[1], missing: ["demand"] },
      ],
      trailing: [
        { week: W[0], missing: ["spend"] },
        { week: W[1], missing: ["demand"] },
      ],
    },
    { name: "no data", demand: [], spend: [], complete: [], incomplete: [], trailing: [] },
    { name: "a dataset without any spend: demand alone makes a week complete", demand: W, spend: [], complete: W, incomplete: [], trailing: [] },
  ])("$name", ({ demand, spend, complete, incomplete, trailing }) => {
    expect(completeWeeks({ demand, spend })).toEqual({ complete, incomplete, trailing });
  });

  it("accepts unsorted, repeated weeks and timestamps, and sorts its output", () => {
    const r = completeWeeks({ demand: [W[2], W[0], W[0], `${W[1]}T00:00:00.000Z`], spend: new Set([W[1], W[2], W[0]]) });
    expect(r.complete).toEqual([W[0], W[1], W[2]]);
  });

  it("keepCompleteWeeks filters rows by their week", () => {
    const rows = W.map((week, i) => ({ week, v: i }));
    expect(keepCompleteWeeks(rows, completeWeeks({ demand: W, spend: W.slice(0, 2) }), (r) => r.week).map((r) => r.v)).toEqual([0, 1]);
  });
});

describe("describeIncompleteWeeks", () => {
  it("says how many weeks were left out and why", () => {
    expect(describeIncompleteWeeks([])).toBe("");
    expect(describeIncompleteWeeks([{ week: W[4], missing: ["spend"] }])).toBe("1 incomplete week left out: 2026-02-02 (no spend yet)");
    expect(
      describeIncompleteWeeks(
        W.map((week) => ({ week, missing: ["demand" as const] })),
        2,
      ),
    ).toBe("5 incomplete weeks left out: 2026-01-05 (no demand yet), 2026-01-12 (no demand yet) and 3 more");
  });
});

describe("domainGaps (weeks present in one domain and missing in another)", () => {
  it("lists, per domain, the weeks of the demand/spend span it has no row for", () => {
    expect(domainGaps({ demand: W, spend: W.slice(0, 4), macro: [W[0], W[1], W[2]] })).toEqual([
      { domain: "demand", weeks: 5, missing: [] },
      { domain: "spend", weeks: 4, missing: [W[4]] },
      { domain: "macro", weeks: 3, missing: [W[3], W[4]] },
    ]);
  });

  it("counts a hole inside the span for every domain that has it", () => {
    expect(domainGaps({ demand: [W[0], W[4]], spend: W }).map((g) => g.missing)).toEqual([[W[1], W[2], W[3]], []]);
  });

  it("an empty dataset has no gaps", () => {
    expect(domainGaps({ demand: [], spend: [], macro: [] })).toEqual([
      { domain: "demand", weeks: 0, missing: [] },
      { domain: "spend", weeks: 0, missing: [] },
      { domain: "macro", weeks: 0, missing: [] },
    ]);
  });
});

describe("weekRanges", () => {
  it("collapses consecutive Mondays", async () => {
    const { weekRanges } = await import("./complete-weeks");
    expect(weekRanges([W[1], W[0], W[4], W[0]])).toEqual([
      { first: W[0], last: W[1], weeks: 2 },
      { first: W[4], last: W[4], weeks: 1 },
    ]);
    expect(weekRanges([])).toEqual([]);
  });
});
