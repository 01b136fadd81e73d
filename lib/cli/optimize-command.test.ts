import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { hillResponse } from "../math/response-curve";
import { run } from "./optimize-command";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let dir = "";

/** A hand-written `mixcast mmm` result without responseModel: the command must rebuild it from channels[]. */
const result = {
  kpi: "revenue",
  weeks: 52,
  channels: [
    {
      name: "search",
      spend: 78_000,
      contribution: 3e5,
      share: 0.5,
      roi: 3.8,
      roiLow: 3.1,
      roiHigh: 4.4,
      mroi: 2.1,
      adstock: { type: "geometric", theta: 0.3, maxLag: 4 },
      saturation: { type: "hill", alpha: 0.8, gamma: 2000, beta: 9000 },
    },
    {
      name: "social",
      spend: 52_000,
      contribution: 1.3e5,
      share: 0.3,
      roi: 2.5,
      roiLow: 1.9,
      roiHigh: 3,
      mroi: 1.7,
      adstock: { type: "weibull-pdf", shape: 2, scale: 0.3, maxLag: 6 },
      saturation: { type: "hill", alpha: 1, gamma: 1500, beta: 5000 },
    },
    {
      name: "display",
      spend: 31_200,
      contribution: 6e4,
      share: 0.2,
      roi: 1.9,
      roiLow: 1.2,
      roiHigh: 2.5,
      mroi: 1.2,
      adstock: { type: "geometric", theta: 0.5, maxLag: 6 },
      saturation: { type: "hill", alpha: 0.9, gamma: 800, beta: 2500 },
    },
  ],
  fit: { r2: 0.9, nrmse: 0.08 },
  seconds: 4.2,
};

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repo, "bin/mixcast.mjs"), "optimize", ...args], { cwd: repo, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mixcast-optimize-"));
  writeFileSync(path.join(dir, "result.json"), JSON.stringify(result));
  writeFileSync(path.join(dir, "bounds.csv"), "channel,min,max\nsearch,,1000\nsocial,-10%,\ndisplay,200,\n");
});

describe("mixcast optimize (through bin/mixcast.mjs)", () => {
  it("writes a plan that spends the weekly budget and predicts its revenue", () => {
    const out = path.join(dir, "plan.json");
    const r = cli(["--model", path.join(dir, "result.json"), "--budget", "3100", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(out, "utf8"));
    const spend = Object.values(plan.allocation as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(spend).toBeCloseTo(3100, 6);
    const revenue = result.channels.reduce((a, c) => a + hillResponse(c.saturation as never, plan.allocation[c.name]), 0);
    expect(plan.predicted.revenue).toBeCloseTo(revenue, 9);
    expect(plan.predicted.roi).toBeCloseTo(revenue / 3100, 9);
    expect(plan.seconds).toBeGreaterThan(0);
  });

  it("applies bounds.csv and the profit objective with a margin", () => {
    const out = path.join(dir, "plan-profit.json");
    const r = cli([
      "--model",
      path.join(dir, "result.json"),
      "--budget",
      "5000",
      "--objective",
      "profit",
      "--margin",
      "0.5",
      "--bounds",
      path.join(dir, "bounds.csv"),
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(out, "utf8"));
    expect(plan.allocation.search).toBeLessThanOrEqual(1000 + 1e-9);
    expect(plan.allocation.social).toBeGreaterThanOrEqual(900 - 1e-9);
    expect(plan.allocation.display).toBeGreaterThanOrEqual(200 - 1e-9);
    expect(plan.objective).toBe("profit");
  });

  it("reports gain vs the current mix, P(beats current), the channels outside the data, and widens the range only when asked", () => {
    // A response model with a data range and two draws that disagree about social: the plan must stay inside the
    // data by default (search capped at its dataMax 1,600; the expected optimum, 19000/(x+1000)² = 3000/(3000−x)²,
    // is x ≈ 1,863) and say which channels leave it with --extrapolate any.
    const ch = (name: string, beta: number, mean: number, dataMax?: number) => ({
      name,
      adstock: { type: "geometric", theta: 0, maxLag: 0 },
      saturation: { type: "hill", alpha: 1, gamma: 1000, beta },
      meanWeeklySpend: mean,
      spend: mean * 52,
      ...(dataMax ? { dataMin: 0, dataMax } : {}),
    });
    const model = {
      responseModel: {
        kpi: "revenue",
        weeks: 52,
        channels: [ch("search", 20000, 1000, 1600), ch("social", 3000, 1000, 2500)],
        draws: [
          [ch("search", 20000, 1000), ch("social", 2000, 1000)],
          [ch("search", 18000, 1000), ch("social", 4000, 1000)],
        ],
      },
    };
    writeFileSync(path.join(dir, "ranged.json"), JSON.stringify(model));
    const inside = path.join(dir, "plan-inside.json");
    expect(cli(["--model", path.join(dir, "ranged.json"), "--budget", "2000", "--out", inside]).code).toBe(0);
    const a = JSON.parse(readFileSync(inside, "utf8"));
    expect(a.allocation.search).toBeLessThanOrEqual(1600 + 1e-6);
    expect(a.outsideData).toEqual([]);
    expect(a.gainVsCurrent).toEqual({ mean: expect.any(Number), low: expect.any(Number), high: expect.any(Number) });
    expect(a.gainVsCurrent.low).toBeLessThanOrEqual(a.gainVsCurrent.mean);
    expect(a.probBeatsCurrent === null || (a.probBeatsCurrent >= 0 && a.probBeatsCurrent <= 1)).toBe(true);
    expect(a.basis).toBe("expected");
    const wide = path.join(dir, "plan-wide.json");
    expect(cli(["--model", path.join(dir, "ranged.json"), "--budget", "2000", "--extrapolate", "any", "--out", wide]).code).toBe(0);
    const b = JSON.parse(readFileSync(wide, "utf8"));
    expect(b.allocation.search).toBeGreaterThan(1600);
    expect(b.outsideData).toEqual(["search"]);
    expect(b.extrapolate.factor).toBeNull(); // Infinity is written as null in JSON
    expect(cli(["--model", path.join(dir, "ranged.json"), "--budget", "2000", "--extrapolate", "0", "--out", wide]).stderr).toMatch(
      /--extrapolate must be a positive factor or "any"/,
    );
  });

  it("exits 1 with a specific message on infeasible bounds", () => {
    writeFileSync(path.join(dir, "tight.csv"), "channel,min,max\nsearch,,100\nsocial,,100\ndisplay,,100\n");
    const r = cli(["--model", path.join(dir, "result.json"), "--budget", "3100", "--bounds", path.join(dir, "tight.csv"), "--out", path.join(dir, "x.json")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/maximums total 300 per week, less than the budget of 3100/);
  });
});

describe("optimize-command run() input errors", () => {
  let stderr = "";
  afterEach(() => vi.restoreAllMocks());
  const capture = () => {
    stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
  };

  it.each([
    ["missing --budget", () => ["--model", path.join(dir, "result.json"), "--out", "x.json"], /missing --budget/],
    ["negative budget", () => ["--model", path.join(dir, "result.json"), "--budget", "-5", "--out", "x.json"], /must not be negative/],
    ["non-numeric budget", () => ["--model", path.join(dir, "result.json"), "--budget", "lots", "--out", "x.json"], /--budget must be a number, got "lots"/],
    ["missing model file", () => ["--model", path.join(dir, "nope.json"), "--budget", "10", "--out", "x.json"], /model file not found/],
    [
      "unknown channel in bounds",
      () => {
        writeFileSync(path.join(dir, "unknown.csv"), "channel,min,max\ntiktok,1,2\n");
        return ["--model", path.join(dir, "result.json"), "--budget", "3100", "--bounds", path.join(dir, "unknown.csv"), "--out", "x.json"];
      },
      /unknown channel "tiktok"/,
    ],
    [
      "invalid model JSON",
      () => {
        writeFileSync(
          path.join(dir, "bad.json"),
          JSON.stringify({
            weeks: 52,
            channels: [
              { name: "a", spend: 1, adstock: { type: "geometric", theta: 0.5, maxLag: 2 }, saturation: { type: "hill", alpha: 0, gamma: 1, beta: 1 } },
            ],
          }),
        );
        return ["--model", path.join(dir, "bad.json"), "--budget", "3100", "--out", "x.json"];
      },
      /channels\.0\.saturation\.alpha/,
    ],
  ])("%s → exit 1", async (_, args, message) => {
    const argv = args();
    capture();
    expect(await run(argv)).toBe(1);
    expect(stderr).toMatch(message);
  });
});
