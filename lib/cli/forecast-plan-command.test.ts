import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { generateCase } from "@/bench/decisions";
import { run as runMmm } from "./mmm-command";
import { run } from "./forecast-plan-command";

/**
 * End to end on a generated case with known truth: `mixcast mmm` on all but the last 13 weeks, then
 * `mixcast forecast-plan` with the held-out weeks' actual spend and price as the plan.
 */
const dir = mkdtempSync(path.join(tmpdir(), "mixcast-fplan-"));
const file = (name: string) => path.join(dir, name);
const g = generateCase("short-70w-3ch");
const channels = g.spec.channels.map((c) => c.name);
const HOLD = 13;
const n = g.dates.length - HOLD;
const header = ["date", "kpi", ...channels, "price"];
const historyCells = g.dates.slice(0, n).map((d, t) => [d, g.kpi[t].toFixed(2), ...channels.map((c) => g.spend[c][t].toFixed(2)), g.price[t].toFixed(2)]);
const planCells = g.dates.slice(n).map((d, h) => [d, ...channels.map((c) => g.spend[c][n + h].toFixed(2)), g.price[n + h].toFixed(2)]);
const csv = (rows: string[][]) => rows.map((r) => r.join(",")).join("\n") + "\n";

function writePlan(name: string, edit?: (cells: string[][]) => void, head = ["date", ...channels, "price"]) {
  const cells = [head, ...planCells.map((r) => r.slice())];
  edit?.(cells);
  writeFileSync(file(name), csv(cells));
  return file(name);
}
function writeHistory(name: string, edit?: (cells: string[][]) => void) {
  const cells = [header.slice(), ...historyCells.map((r) => r.slice())];
  edit?.(cells);
  writeFileSync(file(name), csv(cells));
  return file(name);
}

const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
afterEach(() => {
  stderr.mockClear();
  stdout.mockClear();
});
const lastError = () => String(stderr.mock.calls.at(-1)?.[0] ?? "");
const args = (o: { model?: string; input?: string; plan?: string; out?: string; controls?: string | null } = {}) => [
  "--model",
  o.model ?? file("model.json"),
  "--input",
  o.input ?? file("history.csv"),
  "--date",
  "date",
  "--kpi",
  "kpi",
  "--plan",
  o.plan ?? file("plan.csv"),
  "--out",
  o.out ?? file("bad.csv"),
  ...(o.controls === null ? [] : ["--controls", o.controls ?? "price"]),
];

describe("mixcast forecast-plan", () => {
  beforeAll(async () => {
    writeHistory("history.csv");
    writePlan("plan.csv");
    const code = await runMmm([
      "--input",
      file("history.csv"),
      "--date",
      "date",
      "--kpi",
      "kpi",
      "--spend",
      channels.join(","),
      "--controls",
      "price",
      "--out",
      file("model.json"),
      "--iterations",
      "20",
      "--bootstrap",
      "20",
    ]);
    expect(code).toBe(0);
  }, 120_000);

  it("writes one row per plan week: yhat = baseline + media, ordered intervals, close to the held-out KPI", async () => {
    const out = file("out/forecast.csv");
    expect(await run(args({ out }))).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    expect(lines[0]).toBe("week,yhat,lo80,hi80,lo95,hi95,baseline,media");
    const rows = lines.slice(1).map((l) => l.split(","));
    expect(rows.map((r) => r[0])).toEqual(g.dates.slice(n));
    let ape = 0;
    rows.forEach((r, h) => {
      const [yhat, lo80, hi80, lo95, hi95, baseline, media] = r.slice(1).map(Number);
      expect(yhat).toBeCloseTo(baseline + media, 2);
      expect(media).toBeGreaterThan(0);
      expect(lo95).toBeLessThanOrEqual(lo80);
      expect(lo80).toBeLessThanOrEqual(yhat);
      expect(yhat).toBeLessThanOrEqual(hi80);
      expect(hi80).toBeLessThanOrEqual(hi95);
      ape += Math.abs(yhat - g.kpi[n + h]) / g.kpi[n + h];
    });
    // 3 % noise on this case: a forecast that got the level, season and media roughly right is within ~10 %.
    expect(ape / rows.length).toBeLessThan(0.1);
    expect(String(stdout.mock.calls.at(-1)?.[0])).toMatch(/13 weeks from .* = baseline .* \+ media/);
  }, 60_000);

  it("forecasts from a history with a negative KPI week but says where it is", async () => {
    expect(await run(args({ input: writeHistory("negkpi-h.csv", (c) => (c[7][1] = "-9")), out: file("out/negkpi.csv") }))).toBe(0);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toMatch(
      /mixcast forecast-plan: warning: .*negkpi-h\.csv, column "kpi": 1 negative value \(row 7 \(line 8\): -9\)/,
    );
  });

  it("zeroing a channel's planned spend lowers the forecast (media only; the baseline does not move)", async () => {
    const zero = writePlan("zero.csv", (c) => c.slice(1).forEach((r) => (r[1] = "0")));
    expect(await run(args({ out: file("full.csv") }))).toBe(0);
    expect(await run(args({ plan: zero, out: file("zero-out.csv") }))).toBe(0);
    const read = (f: string) =>
      readFileSync(f, "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",").map(Number));
    const full = read(file("full.csv")),
      cut = read(file("zero-out.csv"));
    full.forEach((r, h) => {
      expect(cut[h][6]).toBeCloseTo(r[6], 6); // baseline
      expect(cut[h][7]).toBeLessThan(r[7] + 1e-9); // media
    });
    // Week 1 still carries the channel's spend before the plan.
    expect(cut[0][7]).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    {
      name: "unknown channel",
      a: () => args({ plan: writePlan("unknown.csv", undefined, ["date", ...channels, "radio"]) }),
      message: /unknown\.csv: unknown channel "radio": the model's channels are search, tv, social; the controls \(--controls\) are price/,
    },
    {
      name: "missing channel",
      a: () => args({ plan: writePlan("missing.csv", (c) => c.forEach((r) => r.splice(1, 1))) }),
      message: new RegExp(`no spend column for the model's channel "${channels[0]}"`),
    },
    {
      name: "gap between history and plan",
      a: () => args({ plan: writePlan("gap.csv", (c) => c.splice(1, 2)) }),
      message: /gap between history and plan cannot be forecast/,
    },
    {
      name: "plan overlapping the history",
      a: () => args({ plan: writePlan("overlap.csv", (c) => c.splice(1, 0, [g.dates[n - 1], ...channels.map(() => "1"), "10"])) }),
      message: /must start the week after the history ends/,
    },
    {
      name: "plan weeks out of order",
      a: () => args({ plan: writePlan("order.csv", (c) => ([c[2], c[3]] = [c[3], c[2]])) }),
      message: /order\.csv: rows must be consecutive weeks in order: row 1 is/,
    },
    { name: "missing control", a: () => args({ controls: "price,fuel" }), message: /history\.csv: control column "fuel" \(--controls\) not found/ },
    { name: "control in the plan not named by --controls", a: () => args({ controls: null }), message: /unknown channel "price".*no --controls were given/ },
    {
      name: "non-numeric plan cell",
      a: () => args({ plan: writePlan("nonnum.csv", (c) => (c[4][2] = "lots")) }),
      message: new RegExp(`nonnum\\.csv: row 4 \\(line 5\\), column "${channels[1]}": "lots" is not a number`),
    },
    {
      name: "empty spend cell",
      a: () => args({ plan: writePlan("emptyspend.csv", (c) => (c[2][1] = "")) }),
      message: new RegExp(`row 2 \\(line 3\\), column "${channels[0]}": empty cell`),
    },
    {
      name: "non-numeric history cell",
      a: () => args({ input: writeHistory("nonnum-h.csv", (c) => (c[7][1] = "n/a")) }),
      message: /history\.csv|nonnum-h\.csv: row 7 \(line 8\), column "kpi": "n\/a" is not a number/,
    },
    {
      name: "negative planned spend",
      a: () => args({ plan: writePlan("neg.csv", (c) => (c[3][1] = "-4")) }),
      message: new RegExp(`row 3 \\(line 4\\), column "${channels[0]}": negative spend -4`),
    },
    {
      name: "unparseable plan date",
      a: () => args({ plan: writePlan("date.csv", (c) => (c[5][0] = "2024-13-01")) }),
      message: /row 5 \(line 6\), column "date": unparseable date "2024-13-01"/,
    },
    {
      name: "gap inside the history",
      a: () => args({ input: writeHistory("hgap.csv", (c) => c.splice(10, 1)) }),
      message: /weeks must be consecutive, 7 days apart/,
    },
    {
      name: "history without a channel",
      a: () => args({ input: writeHistory("hnochan.csv", (c) => c.forEach((r) => r.splice(2, 1))) }),
      message: new RegExp(`no spend column for the model's channel "${channels[0]}"`),
    },
    { name: "model file missing", a: () => args({ model: file("absent.json") }), message: /model file not found/ },
    {
      name: "model file not JSON",
      a: () => {
        writeFileSync(file("broken.json"), "{");
        return args({ model: file("broken.json") });
      },
      message: /broken\.json: not valid JSON/,
    },
    {
      name: "model without channels",
      a: () => {
        writeFileSync(file("empty.json"), "{}");
        return args({ model: file("empty.json") });
      },
      message: /empty\.json: model file has no responseModel/,
    },
  ])("exits 1 on $name, with a specific message and no output", async ({ a, message }) => {
    const out = file("bad.csv");
    expect(await run(a())).toBe(1);
    expect(lastError()).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("names a missing required flag", async () => {
    expect(await run(["--model", file("model.json")])).toBe(1);
    expect(lastError()).toMatch(/--input is required/);
  });
});
