import { describe, expect, it } from "vitest";
import { boundsFromInputs } from "./bounds-from-inputs";

describe("boundsFromInputs", () => {
  it("reads blanks as no bound and amounts with $ and commas", () => {
    expect(boundsFromInputs({ a: { min: "", max: "" }, b: { min: "$1,000", max: " 2500 " } })).toEqual({ bounds: { b: { min: 1000, max: 2500 } }, errors: {} });
  });
  it.each([
    [{ min: "-5", max: "" }, /min must be a non-negative/],
    [{ min: "abc", max: "" }, /min must be/],
    [{ min: "300", max: "200" }, /min \(300\) is above max \(200\)/],
  ])("reports %o", (input, message) => {
    expect(boundsFromInputs({ tv: input }).errors.tv).toMatch(message);
  });
});
