import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it.each([
    ["/roi", "/roi"],
    ["/forecasts?series=search%C2%B7north", "/forecasts?series=search%C2%B7north"],
    ["/models/runs/12#log", "/models/runs/12#log"],
    ["/", "/"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  // Each of these reached another host before the fix (issue 11, item 5).
  it.each([
    "//evil.example/x",
    "/\\evil.example/x",
    "/%5Cevil.example/x",
    "/%5C/evil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "/%2F/evil.example",
    "https://evil.example/",
    "http:/evil.example",
    "evil.example",
    "/%E0%A4%A",
    "",
  ])("refuses %j", (input) => {
    expect(safeNextPath(input)).toBe("/");
  });

  it("refuses non-strings and absurdly long values", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(["/roi"])).toBe("/");
    expect(safeNextPath(`/${"a".repeat(3000)}`)).toBe("/");
  });
});
