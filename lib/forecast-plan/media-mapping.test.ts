import { describe, expect, it } from "vitest";
import { activationScale, mediaMapping } from "./media-mapping";

describe("mediaMapping", () => {
  const spend = {
    "search|north": [100, 100, 100],
    "search|south": [300, 300, 300],
    "tv|north": [0, 0, 0],
    "tv|south": [0, 0, 0],
  };
  it("splits each channel by its regional spend share (recent weeks), evenly when it spent nothing", () => {
    const m = mediaMapping(spend, ["search", "tv", "radio"], ["north", "south"], { search: 120, tv: 80 });
    expect(m.regionShares.search).toEqual({ north: 0.25, south: 0.75 });
    expect(m.regionShares.tv).toEqual({ north: 0.5, south: 0.5 });
    expect(m.unmapped).toEqual(["radio"]);
  });

  it("uses only the last shareWeeks weeks", () => {
    const m = mediaMapping({ "a|x": [0, 10], "a|y": [10, 0] }, ["a"], ["x", "y"], { a: 1 }, 1);
    expect(m.regionShares.a).toEqual({ x: 1, y: 0 });
  });

  it("activations per unit of media revenue: share ÷ revenue per activation, summed over a series' cells", () => {
    const m = mediaMapping(spend, ["search", "tv", "radio"], ["north", "south"], { search: 120, tv: 80 });
    expect(activationScale(m, ["search|north"])).toEqual({ search: 0.25 / 120 });
    // A channel total adds its regions back up to 1 / rpa; unmapped channels stay out.
    const all = activationScale(m, ["search|north", "search|south", "tv|north", "tv|south", "radio|north"]);
    expect(all.search).toBeCloseTo(1 / 120, 15);
    expect(all.tv).toBeCloseTo(1 / 80, 15);
    expect(all).not.toHaveProperty("radio");
  });

  it("refuses a bad window", () => {
    expect(() => mediaMapping(spend, ["search"], ["north"], {}, 0)).toThrow(/mediaMapping: shareWeeks must be a positive integer/);
  });
});
