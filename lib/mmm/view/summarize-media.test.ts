import { describe, expect, it } from "vitest";
import { summarizeMedia } from "./summarize-media";

describe("summarizeMedia", () => {
  it("adds contributions and spend and divides", () => {
    expect(
      summarizeMedia(
        [
          { spend: 100, contribution: 250 },
          { spend: 300, contribution: 150 },
        ],
        2000,
      ),
    ).toEqual({ totalContribution: 400, totalSpend: 400, blendedRoi: 1, shareOfRevenue: 0.2 });
  });
  it("has no ratios without spend or revenue", () => {
    expect(summarizeMedia([], 0)).toEqual({ totalContribution: 0, totalSpend: 0, blendedRoi: null, shareOfRevenue: null });
  });
});
