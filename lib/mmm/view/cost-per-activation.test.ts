import { describe, expect, it } from "vitest";
import { costPerActivation } from "./cost-per-activation";

describe("costPerActivation", () => {
  it.each([
    { spend: 1000, c: { contribution: 2000, low: 1000, high: 4000 }, rpa: 100, out: { cpa: 50, low: 25, high: 100 } },
    { spend: 1000, c: { contribution: 2000, low: 0, high: 4000 }, rpa: 100, out: { cpa: 50, low: 25, high: null } },
    { spend: 1000, c: { contribution: 0, low: 0, high: 0 }, rpa: 100, out: { cpa: null, low: null, high: null } },
    { spend: 1000, c: { contribution: 2000, low: 1000, high: 4000 }, rpa: undefined, out: { cpa: null, low: null, high: null } },
  ])("spend $spend, contribution $c.contribution, rpa $rpa", ({ spend, c, rpa, out }) => {
    expect(costPerActivation(spend, c, rpa)).toEqual(out);
  });
});
