import { describe, expect, it } from "vitest";
import { parseBoundsCsv } from "./parse-bounds-csv";

describe("parseBoundsCsv", () => {
  it("reads absolute, empty and percent cells", () => {
    const text = "channel,min,max\nsearch,100,2000\ntv,,5000\nsocial,-20%,+30%\n";
    expect(parseBoundsCsv(text)).toEqual({ search: { min: 100, max: 2000 }, tv: { max: 5000 }, social: { minPct: -20, maxPct: 30 } });
  });

  it("reads channels named like Object.prototype members (constructor, __proto__, toString) as channels", () => {
    const bounds = parseBoundsCsv("channel,min,max\nconstructor,1,2\n__proto__,3,4\ntoString,,5\n");
    expect(Object.keys(bounds)).toEqual(["constructor", "__proto__", "toString"]);
    expect([bounds.constructor, bounds["__proto__"], bounds.toString]).toEqual([{ min: 1, max: 2 }, { min: 3, max: 4 }, { max: 5 }]);
    expect(Object.keys(parseBoundsCsv("channel,min,max\nsearch,1,2\n"))).toEqual(["search"]);
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
