import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { generateCase } from "@/bench/decisions";
import { simulateMixData, SIX_CHANNELS } from "../mmm/testing/simulate";
import { run } from "./mmm-command";

const dir = mkdtempSync(path.join(tmpdir(), "mixcast-mmm-"));
const file = (name: string) => path.join(dir, name);
const channels = SIX_CHANNELS.slice(0, 3).map((c) => c.name);

/** Writes the simulated data as a wide CSV, letting a test corrupt one cell. */
function writeData(name: string, edit?: (cells: string[][]) => void, weeks = 104) {
  const { input } = simulateMixData({ seed: 5, weeks, channels: SIX_CHANNELS.slice(0, 3) });
  const cells = [["week", "sales", "promo", ...channels, "ignored"]];
  input.dates.forEach((d, t) =>
    cells.push([d, input.kpi[t].toFixed(2), String(input.controls![0].values[t]), ...input.media.map((m) => m.spend[t].toFixed(2)), "zzz"]),
  );
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
  "sales",
  "--spend",
  channels.join(","),
  "--out",
  out,
  "--iterations",
  "8",
  "--bootstrap",
  "10",
];

describe("mixcast mmm", () => {
  beforeAll(() => {
    writeData("good.csv");
    writeFileSync(file("lift.csv"), "channel,start,end,incremental_kpi,standard_error\nsearch,2021-06-07,2021-07-04,40000,5000\n");
  });

  it("fits a CSV and writes the contract fields plus a responseModel", async () => {
    const out = file("out/result.json");
    const code = await run([...base(file("good.csv"), out), "--controls", "promo", "--lift", file("lift.csv"), "--seed", "3"]);
    expect(code).toBe(0);
    const r = JSON.parse(readFileSync(out, "utf8"));
    expect(r.channels.map((c: { name: string }) => c.name)).toEqual(channels);
    for (const c of r.channels) {
      for (const k of ["name", "spend", "contribution", "share", "roi", "roiLow", "roiHigh", "mroi", "adstock", "saturation"]) expect(c).toHaveProperty(k);
      expect(c.roiLow).toBeLessThanOrEqual(c.roiHigh);
    }
    for (const k of ["r2", "nrmse", "mape"]) expect(typeof r.fit[k]).toBe("number");
    expect(typeof r.seconds).toBe("number");
    expect(r.responseModel.channels).toHaveLength(3);
    expect(r.responseModel.draws).toHaveLength(10);
    expect(r.fit.liftZ2).toBeGreaterThanOrEqual(0);
  });

  it("chooses the carryover family by default and says which one it fitted", async () => {
    // The decision benchmark's delayed-peak case (its own generator): no --adstock, so the engine's "auto" decides.
    const g = generateCase("weibull-pdf-156w-5ch");
    writeFileSync(file("delayed.csv"), g.csv);
    const out = file("delayed.json");
    const names = g.mixInput.media.map((m) => m.name).join(",");
    const args = ["--input", file("delayed.csv"), "--date", "date", "--kpi", "kpi", "--spend", names, "--controls", "price", "--out", out];
    expect(await run([...args, "--iterations", "60", "--bootstrap", "10"])).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).settings.adstock).toBe("weibull-pdf");
    expect(String(stdout.mock.calls.at(-1)?.[0])).toMatch(/156 weeks × 5 channels, weibull-pdf adstock, in /);
  }, 60_000);

  it("fits rows that are not one week apart but says where the gap is", async () => {
    const gapped = writeData("gap.csv", (c) => c.splice(30, 2));
    expect(await run(base(gapped, file("gap.json")))).toBe(0);
    const warning = stderr.mock.calls.map((c) => String(c[0])).join("");
    expect(warning).toMatch(/warning: 1 place where rows are not one week apart \(\d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d\)/);
    stderr.mockClear();
    expect(await run(base(file("good.csv"), file("nogap.json")))).toBe(0);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).not.toMatch(/not one week apart/);
  });

  it("fits a negative KPI but says where it is", async () => {
    const neg = writeData("negkpi.csv", (c) => (c[7][1] = "-5"));
    expect(await run(base(neg, file("negkpi.json")))).toBe(0);
    const warning = stderr.mock.calls.map((c) => String(c[0])).join("");
    expect(warning).toMatch(/mixcast mmm: warning: .*negkpi\.csv, column "sales": 1 negative value \(row 7 \(line 8\): -5\); .*check the data/);
    stderr.mockClear();
    expect(await run(base(file("good.csv"), file("nonneg.json")))).toBe(0);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).not.toMatch(/negative value/);
  });

  it.each([
    { name: "missing column", args: () => [...base(file("good.csv")), "--controls", "nope"], message: /column "nope" not found/ },
    { name: "missing file", args: () => base(file("absent.csv")), message: /input file not found/ },
    {
      name: "non-numeric cell",
      args: () => base(writeData("nonnum.csv", (c) => (c[4][1] = "abc"))),
      message: /row 4 \(line 5\), column "sales": "abc" is not a number/,
    },
    { name: "empty cell", args: () => base(writeData("empty.csv", (c) => (c[3][3] = ""))), message: /row 3 \(line 4\), column "tv": empty cell/ },
    {
      name: "unparseable date",
      args: () => base(writeData("date.csv", (c) => (c[6][0] = "2021-02-30"))),
      message: /row 6 \(line 7\), column "week": unparseable date "2021-02-30"/,
    },
    {
      name: "negative spend",
      args: () => base(writeData("neg.csv", (c) => (c[9][4] = "-3"))),
      message: /row 9 \(line 10\), column "search": negative spend -3/,
    },
    { name: "duplicate week", args: () => base(writeData("dup.csv", (c) => (c[2][0] = c[1][0]))), message: /appears twice/ },
    { name: "too few weeks", args: () => base(writeData("short.csv", (c) => c.splice(20))), message: /too few weeks: 19 rows/ },
    {
      name: "lift channel unknown",
      args: () => {
        writeFileSync(file("badlift.csv"), "channel,start,end,incremental_kpi,standard_error\nradio,2021-01-04,2021-02-01,5,1\n");
        return [...base(file("good.csv")), "--lift", file("badlift.csv")];
      },
      message: /channel "radio" is not one of the --spend columns/,
    },
    {
      name: "lift header",
      args: () => {
        writeFileSync(file("hdr.csv"), "channel,from,to,lift,se\nsearch,2021-01-04,2021-02-01,5,1\n");
        return [...base(file("good.csv")), "--lift", file("hdr.csv")];
      },
      message: /column "start" not found/,
    },
    { name: "missing flag", args: () => ["--input", file("good.csv")], message: /--date is required/ },
    {
      name: "an unknown adstock family",
      args: () => [...base(file("good.csv")), "--adstock", "exponential"],
      message: /--adstock must be geometric, weibull-cdf, weibull-pdf or auto, got "exponential"/,
    },
    ...["__proto__", "constructor", "toString"].map((reserved) => ({
      name: `a control column named ${reserved}`,
      args: () => [...base(writeData(`reserved-${reserved}.csv`, (c) => (c[0][2] = reserved))), "--controls", reserved],
      message: new RegExp(`column "${reserved}" has a name reserved by JavaScript objects; rename it`),
    })),
  ])("exits 1 on $name with a specific message and writes nothing", async ({ args, message }) => {
    expect(await run(args())).toBe(1);
    expect(lastError()).toMatch(message);
    expect(existsSync(file("bad.json"))).toBe(false);
  });
});
