import { describe, expect, it } from "vitest";
import { parseBoundsCsv } from "./parse-bounds-csv";

describe("parseBoundsCsv", () => {
  it("reads absolute, empty and percent cells", () => {
    const text = "channel,min,max\nsearch,100,2000\ntv,,5000\nsocial,-20%,+30%\n";
    expect(parseBoundsCsv(text)).toEqual({ search: { min: 100, max: 2000 }, tv: { max: 5000 }, social: { minPct: -20, maxPct: 30 } });
  });

  it.each([
    ["wrong header", "name,lo,hi\nsearch,1,2\n", /header channel,min,max/],
    ["not a number", "channel,min,max\nsearch,abc,2\n", /line 2: min for "search" must be a non-negative number/],
    ["negative", "channel,min,max\nsearch,-5,2\n", /line 2: min/],
    ["duplicate", "channel,min,max\nsearch,1,2\nsearch,1,3\n", /appears twice/],
  ])("rejects %s", (_, text, message) => {
    expect(() => parseBoundsCsv(text)).toThrow(message);
  });
});
