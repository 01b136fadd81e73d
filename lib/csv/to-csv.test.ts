import { describe, expect, it } from "vitest";
import { escapeCsvCell, toCsv } from "./to-csv";

describe("escapeCsvCell", () => {
  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["+1+2", "'+1+2"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ["line\nbreak", '"line\nbreak"'],
  ])("escapes %j as %j", (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });

  it("writes numbers, booleans and blanks as values", () => {
    expect(escapeCsvCell(-5)).toBe("-5");
    expect(escapeCsvCell(1.5)).toBe("1.5");
    expect(escapeCsvCell(Number.NaN)).toBe("");
    expect(escapeCsvCell(true)).toBe("true");
    expect(escapeCsvCell(null)).toBe("");
  });
});

describe("toCsv", () => {
  it("joins a header and rows with newlines", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          [1, "x"],
          [2, null],
        ],
      ),
    ).toBe("a,b\n1,x\n2,\n");
  });
});
