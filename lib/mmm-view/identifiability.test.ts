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
