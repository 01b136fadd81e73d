import { describe, expect, it } from "vitest";
import { toWeeklyChannelTable } from "./weekly-channel-table";

describe("toWeeklyChannelTable", () => {
  it("pivots points into sorted weeks and channel columns, rounding and filling gaps with 0", () => {
    const t = toWeeklyChannelTable(
      [
        { week: "2026-01-12", channel: "search", revenue: 10.4, activations: 1.6, spend: 3.5 },
        { week: "2026-01-05", channel: "search", revenue: 20, activations: 2, spend: 4 },
        { week: "2026-01-05", channel: "email", revenue: 5, activations: 1, spend: 0.2 },
      ],
      ["video", "email", "search"],
    );
    expect(t).toEqual({
      weeks: ["2026-01-05", "2026-01-12"],
      channels: ["email", "search"],
      revenue: [
        [5, 0],
        [20, 10],
      ],
      activations: [
        [1, 0],
        [2, 2],
      ],
      spend: [
        [0, 0],
        [4, 4],
      ],
    });
  });

  it("is empty for no points", () => {
    expect(toWeeklyChannelTable([], ["a"])).toEqual({ weeks: [], channels: [], revenue: [], activations: [], spend: [] });
  });
});
