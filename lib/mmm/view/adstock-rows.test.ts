import { describe, expect, it } from "vitest";
import { adstockRows } from "./adstock-rows";

describe("adstockRows", () => {
  it("pads shorter channels with zero weight", () => {
    expect(adstockRows({ tv: [0.6, 0.3, 0.1], search: [1] })).toEqual([
      { lag: 0, tv: 0.6, search: 1 },
      { lag: 1, tv: 0.3, search: 0 },
      { lag: 2, tv: 0.1, search: 0 },
    ]);
  });
  it("is empty for no channels", () => expect(adstockRows({})).toEqual([]));
});
