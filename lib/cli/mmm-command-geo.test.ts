import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SMALL_GEO_CASE } from "../../bench/geo/geo-cases";
import { generateGeoFromSpec } from "../../bench/geo/generate-geo-case";
import { simulateMixData, SIX_CHANNELS } from "../mmm/testing/simulate";
import { run } from "./mmm-command";
import { run as runOptimize } from "./optimize-command";

const dir = mkdtempSync(path.join(tmpdir(), "mixcast-mmm-geo-"));
const file = (name: string) => path.join(dir, name);
const g = generateGeoFromSpec({ ...SMALL_GEO_CASE, regions: 4, smallRegions: 1, weeks: 60 });
const lines = g.longCsv.trim().split("\n");

/** Writes the long CSV (header week,region,population,kpi,tv,search,display), letting a test edit its rows. */
function writeLong(name: string, edit?: (rows: string[][]) => void) {
  const cells = lines.map((l) => l.split(","));
  edit?.(cells);
  writeFileSync(file(name), cells.map((r) => r.join(",")).join("\n") + "\n");
  return file(name);
}

const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
afterEach(() => {
  stderr.mockClear();
  stdout.mockClear();
});
const lastError = () => String(stderr.mock.calls.at(-1)?.[0] ?? "");
const base = (input: string, out = file("bad.json")) => [
  "--input",
  input,
  "--date",
  "week",
  "--kpi",
  "kpi",
  "--spend",
  "tv,search,display",
  "--out",
  out,
  "--iterations",
  "4",
  "--bootstrap",
  "6",
  "--geo",
  "region",
];

/** The national result's top-level fields (the `mixcast mmm` contract without --geo). */
const NATIONAL_KEYS = [
  "bootstrap",
  "channels",
  "controls",
  "decomposition",
  "fit",
  "identification",
  "intercept",
  "kpi",
  "pareto",
  "responseModel",
  "seconds",
  "settings",
  "weeks",
];

describe("mixcast mmm --geo", () => {
  beforeAll(() => writeLong("good.csv"));

  it("fits a long CSV and writes the national output plus geos[] with the contract fields; optimize reads it", async () => {
    const out = file("out/geo.json");
    expect(await run([...base(file("good.csv"), out), "--population", "population"])).toBe(0);
    const r = JSON.parse(readFileSync(out, "utf8"));
    for (const k of NATIONAL_KEYS) expect(r).toHaveProperty(k);
    expect(r.channels.map((c: { name: string }) => c.name)).toEqual(["tv", "search", "display"]);
    expect(r.geos.map((x: { name: string }) => x.name)).toEqual(g.regions);
    // No --adstock: the geo model's own default (geometric), not the national model's "auto".
    expect(r.settings.adstock).toBe("geometric");
    for (const geo of r.geos)
      for (const c of geo.channels) {
        for (const k of ["name", "roi", "roiLow", "roiHigh", "contribution", "spend"]) expect(typeof c[k]).toBe(k === "name" ? "string" : "number");
        expect(c.roiLow).toBeLessThanOrEqual(c.roiHigh);
      }
    expect(r.geoModel.sizeSource).toBe("population");
    expect(String(stdout.mock.calls.at(-1)?.[0])).toMatch(/geo model, 4 regions × 60 weeks × 3 channels/);
    const plan = file("out/plan.json");
    expect(
      await runOptimize([
        "--model",
        out,
        "--budget",
        String(r.channels.reduce((s: number, c: { meanWeeklySpend: number }) => s + c.meanWeeklySpend, 0)),
        "--out",
        plan,
      ]),
    ).toBe(0);
    expect(JSON.parse(readFileSync(plan, "utf8"))).toHaveProperty("gainVsCurrent");
    // --by-region: one allocation per channel × region, summing to the budget.
    const budget = r.channels.reduce((s: number, c: { meanWeeklySpend: number }) => s + c.meanWeeklySpend, 0);
    const byRegion = file("out/plan-regions.json");
    expect(await runOptimize(["--model", out, "--budget", String(budget), "--out", byRegion, "--by-region"])).toBe(0);
    const allocation = JSON.parse(readFileSync(byRegion, "utf8")).allocation as Record<string, number>;
    expect(Object.keys(allocation).sort()).toEqual(g.regions.flatMap((reg) => ["tv", "search", "display"].map((c) => `${c} · ${reg}`)).sort());
    expect(Object.values(allocation).reduce((a, b) => a + b, 0)).toBeCloseTo(budget, 3);
  });

  it("reads --lift with --geo: the experiment calibrates the fit (liftZ2 reported, the window's lift moves toward it)", async () => {
    const plainOut = file("out/geo-plain.json");
    expect(await run(base(file("good.csv"), plainOut))).toBe(0);
    const plain = JSON.parse(readFileSync(plainOut, "utf8"));
    const weeks = plain.decomposition.map((d: { date: string }) => d.date);
    const windowLift = (r: { decomposition: { media: Record<string, number> }[] }) => r.decomposition.slice(20, 40).reduce((s, d) => s + d.media.tv, 0);
    const measured = 2 * windowLift(plain);
    writeFileSync(file("lift.csv"), `channel,start,end,incremental_kpi,standard_error\ntv,${weeks[20]},${weeks[39]},${measured},${0.02 * measured}\n`);
    const out = file("out/geo-lift.json");
    expect(await run([...base(file("good.csv"), out), "--lift", file("lift.csv")])).toBe(0);
    const r = JSON.parse(readFileSync(out, "utf8"));
    expect(plain.fit.liftZ2).toBeUndefined();
    expect(typeof r.fit.liftZ2).toBe("number");
    expect(Math.abs(windowLift(r) / measured - 1)).toBeLessThan(Math.abs(windowLift(plain) / measured - 1) / 2);
    expect(r.geos).toHaveLength(4);
  });

  it("uses each region's mean KPI as its size without --population", async () => {
    const out = file("out/geo-nopop.json");
    expect(await run(base(file("good.csv"), out))).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).geoModel.sizeSource).toBe("kpi");
  });

  it("leaves the national output unchanged without --geo: same top-level fields, no geos", async () => {
    const { input } = simulateMixData({ seed: 5, weeks: 60, channels: SIX_CHANNELS.slice(0, 2) });
    const cells = [["week", "sales", ...input.media.map((m) => m.name)]];
    input.dates.forEach((d, t) => cells.push([d, input.kpi[t].toFixed(2), ...input.media.map((m) => m.spend[t].toFixed(2))]));
    writeFileSync(file("wide.csv"), cells.map((r) => r.join(",")).join("\n") + "\n");
    const out = file("out/national.json");
    expect(
      await run([
        "--input",
        file("wide.csv"),
        "--date",
        "week",
        "--kpi",
        "sales",
        "--spend",
        input.media.map((m) => m.name).join(","),
        "--out",
        out,
        "--iterations",
        "4",
        "--bootstrap",
        "5",
      ]),
    ).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(out, "utf8"))).sort()).toEqual(NATIONAL_KEYS);
    // A national model has no regions to plan.
    expect(await runOptimize(["--model", out, "--budget", "10", "--out", file("out/x.json"), "--by-region"])).toBe(1);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toMatch(/--by-region needs a geo model/);
  });

  it("fits a region's negative KPI week but says where it is", async () => {
    const neg = writeLong("negkpi.csv", (rows) => (rows[5][3] = "-1"));
    expect(await run(base(neg, file("negkpi.json")))).toBe(0);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toMatch(
      /mixcast mmm: warning: .*negkpi\.csv, column "kpi": 1 negative value \(row 5 \(line 6\): -1\)/,
    );
  });

  it.each([
    { name: "missing geo column", args: () => [...base(file("good.csv")).slice(0, -1), "state"], message: /column "state" not found/ },
    { name: "missing population column", args: () => [...base(file("good.csv")), "--population", "people"], message: /column "people" not found/ },
    {
      name: "a region with a missing week",
      args: () => base(writeLong("gap.csv", (rows) => rows.splice(1 + 4 * 10 + 2, 1))),
      message: /region "r03" has no row for week 2022-03-14; every region needs every week \(60 weeks from 2022-01-03 to 2023-02-20\)/,
    },
    {
      name: "a week twice in one region",
      args: () => base(writeLong("dup.csv", (rows) => (rows[5][0] = rows[1][0]))),
      message: /region "r01" has week 2022-01-03 twice \(rows 1 and 5\)/,
    },
    {
      name: "an empty region",
      args: () => base(writeLong("noregion.csv", (rows) => (rows[7][1] = ""))),
      message: /row 7 \(line 8\), column "region": empty region/,
    },
    {
      name: "population changing within a region",
      args: () => [...base(writeLong("pop.csv", (rows) => (rows[6][2] = "123"))), "--population", "population"],
      message: /region "r02" has population \d+ in row 2 but 123 in row 6/,
    },
    {
      name: "a non-positive population",
      args: () => [...base(writeLong("pop0.csv", (rows) => (rows[1][2] = "0"))), "--population", "population"],
      message: /row 1 \(line 2\), column "population": population must be > 0, got 0/,
    },
    {
      name: "one region only",
      args: () => base(writeLong("one.csv", (rows) => rows.splice(1, rows.length, ...rows.slice(1).filter((r) => r[1] === "r01")))),
      message: /--geo needs at least 2 regions in column "region", found 1/,
    },
    {
      name: "a non-numeric KPI",
      args: () => base(writeLong("nan.csv", (rows) => (rows[9][3] = "abc"))),
      message: /row 9 \(line 10\), column "kpi": "abc" is not a number/,
    },
    {
      name: "negative spend",
      args: () => base(writeLong("neg.csv", (rows) => (rows[3][5] = "-2"))),
      message: /row 3 \(line 4\), column "search": negative spend -2/,
    },
    { name: "too few weeks", args: () => base(writeLong("short.csv", (rows) => rows.splice(1 + 4 * 20))), message: /too few weeks: 20 weeks per region/ },
    {
      name: "--adstock auto",
      args: () => [...base(file("good.csv")), "--adstock", "auto"],
      message: /--adstock auto is not supported with --geo: name one family/,
    },
    {
      name: "--population without --geo",
      args: () => [...base(file("good.csv")).slice(0, -2), "--population", "population"],
      message: /--population needs --geo/,
    },
    {
      name: "a lift file naming an unknown channel",
      args: () => {
        writeFileSync(file("lift-bad.csv"), "channel,start,end,incremental_kpi,standard_error\nradio,2022-01-03,2022-02-28,100,10\n");
        return [...base(file("good.csv")), "--lift", file("lift-bad.csv")];
      },
      message: /radio/,
    },
  ])("exits 1 on $name with a specific message and writes nothing", async ({ args, message }) => {
    expect(await run(args())).toBe(1);
    expect(lastError()).toMatch(message);
    expect(existsSync(file("bad.json"))).toBe(false);
  });
});
