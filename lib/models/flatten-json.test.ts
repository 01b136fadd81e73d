import { describe, expect, it } from "vitest";
import { compareFlat, flattenJson } from "./flatten-json";

describe("flattenJson", () => {
  it("flattens nested objects and summarises long arrays", () => {
    expect(flattenJson({ fit: { r2: 0.9 }, seed: 1, weeks: Array.from({ length: 20 }, (_, i) => i), tags: ["a", "b"] })).toEqual([
      { path: "fit.r2", value: 0.9 },
      { path: "seed", value: 1 },
      { path: "weeks", value: "[20 items]" },
      { path: "tags[0]", value: "a" },
      { path: "tags[1]", value: "b" },
    ]);
  });
  it("compares two runs' metrics with numeric differences", () => {
    expect(compareFlat({ r2: 0.8, name: "x" }, { r2: 0.9, extra: 1 })).toEqual([
      { path: "extra", a: undefined, b: 1, diff: null },
      { path: "name", a: "x", b: undefined, diff: null },
      { path: "r2", a: 0.8, b: 0.9, diff: expect.closeTo(0.1, 10) },
    ]);
  });
});
