import { describe, expect, it } from "vitest";
import { compactTickFormatter } from "./compact-ticks";
import { niceTicks } from "./nice-ticks";

const labels = (ticks: number[]) => ticks.map(compactTickFormatter(ticks, "$"));

describe("compactTickFormatter", () => {
  it("labels a weekly-revenue axis from $1.4M to $2.3M with distinct, exact texts", () => {
    const ticks = niceTicks(1_380_000, 2_260_000, 4);
    expect(ticks).toEqual([1_250_000, 1_500_000, 1_750_000, 2_000_000, 2_250_000, 2_500_000]);
    expect(labels(ticks)).toEqual(["$1.25M", "$1.50M", "$1.75M", "$2.00M", "$2.25M", "$2.50M"]);
  });

  it("keeps one unit per axis and whole numbers when the steps are whole", () => {
    expect(labels([0, 200_000, 400_000, 600_000])).toEqual(["$0", "$200K", "$400K", "$600K"]);
    expect(labels([0, 500_000, 1_000_000, 1_500_000])).toEqual(["$0", "$0.5M", "$1.0M", "$1.5M"]);
  });

  it("tells ticks 25K apart on a narrow axis", () => {
    const ticks = niceTicks(2_050_000, 2_150_000, 4);
    const out = labels(ticks);
    expect(new Set(out).size).toBe(ticks.length);
    expect(out[0]).toBe("$2.050M");
  });

  it("writes negatives with the true minus sign", () => {
    expect(labels([-20_000, 0, 20_000, 40_000])).toEqual(["−$20K", "$0", "$20K", "$40K"]);
  });

  it("labels counts without a prefix", () => {
    const ticks = [0, 5_000, 10_000, 15_000];
    expect(ticks.map(compactTickFormatter(ticks))).toEqual(["0", "5K", "10K", "15K"]);
  });
});
