import { describe, expect, it } from "vitest";
import { generateDemoDataset } from "./index";
import { fitOracleRegression } from "./oracle-regression";

// If the generating process is sound, OLS on the true media transforms plus the dataset's own
// controls fits national revenue with R² ≈ 0.9 and recovers the well-identified channels' ROI.
// Search and social are correlated by design (~0.75), so only their sum is asserted; display and
// email are too small and steady to identify from national data (see README.md).
describe("fitOracleRegression on the demo data", () => {
  const data = generateDemoDataset();
  const fit = fitOracleRegression(data);
  const channel = (name: string) => fit.channels.find((x) => x.name === name)!;

  it("fits national revenue with R² around 0.9", () => {
    expect(fit.r2).toBeGreaterThan(0.88);
    expect(fit.r2).toBeLessThan(0.97);
  });

  it.each(["video", "affiliate"])("recovers %s's true ROI within 25 %", (name) => {
    expect(Math.abs(channel(name).roi / channel(name).trueRoi - 1)).toBeLessThan(0.25);
  });

  it("recovers search + social's joint contribution within 25 %", () => {
    const truth = data.truth.channels.filter((c) => c.name === "search" || c.name === "social");
    const estimated = truth.reduce((s, c) => s + channel(c.name).roi * c.spend, 0);
    const actual = truth.reduce((s, c) => s + c.contribution, 0);
    expect(Math.abs(estimated / actual - 1)).toBeLessThan(0.25);
  });

  it("returns the true β and ROI it is compared with", () => {
    for (const c of data.truth.channels) {
      expect(channel(c.name).trueBeta).toBe(c.saturation.beta);
      expect(channel(c.name).trueRoi).toBe(c.roi);
    }
  });
});
