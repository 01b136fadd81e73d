import { describe, expect, it } from "vitest";
import { adstockFamilyNote } from "./adstock-family";

describe("adstockFamilyNote", () => {
  it("names the family the fit used and what it can express", () => {
    expect(adstockFamilyNote("geometric")).toMatch(/^Carryover family: geometric decay, largest in the week of spend/);
    expect(adstockFamilyNote("weibull-pdf")).toMatch(/Weibull-pdf.*peak weeks after the spend/);
    expect(adstockFamilyNote("weibull-cdf")).toMatch(/Weibull-cdf decay/);
  });
});
