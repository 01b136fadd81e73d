import { describe, expect, it } from "vitest";
import { weaklyIdentified } from "./identifiability";

describe("weaklyIdentified", () => {
  it.each([
    [{ roi: 2, roiLow: 1.5, roiHigh: 2.6 }, null],
    [{ roi: 1, roiLow: 0.2, roiHigh: 2.5 }, "wide"],
    [{ roi: 0, roiLow: 0, roiHigh: 1.5 }, "includes-zero"],
    [{ roi: 0.5, roiLow: 0.01, roiHigh: 1 }, "includes-zero"],
    [{ roi: 0, roiLow: 0, roiHigh: 0 }, null],
  ])("%o → %s", (c, reason) => {
    const notes = weaklyIdentified([{ name: "x", ...c }], { x: "X" });
    if (reason === null) expect(notes).toEqual([]);
    else expect(notes).toEqual([{ name: "x", label: "X", roiLow: c.roiLow, roiHigh: c.roiHigh, reason }]);
  });
});

describe("weaklyIdentified — channels the fit flagged unidentified", () => {
  it("says so first, whatever the interval, and leaves identified channels to the interval rules", () => {
    const notes = weaklyIdentified(
      [
        { name: "a", roi: 1, roiLow: 0.2, roiHigh: 2.5, identified: true },
        { name: "b", roi: 0, roiLow: 0, roiHigh: 3.1, identified: false },
        { name: "c", roi: 2, roiLow: 1.5, roiHigh: 2.6 },
      ],
      { b: "Email" },
    );
    expect(notes.map((n) => [n.name, n.reason])).toEqual([
      ["b", "unidentified"],
      ["a", "wide"],
    ]);
    expect(notes[0].label).toBe("Email");
  });
});
