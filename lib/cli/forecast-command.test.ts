import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createRng } from "../math/random";
import { addWeeks } from "../forecast/dates";
import { parseSeriesCsv } from "./forecast-command";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let dir = "";

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repo, "bin/mixcast.mjs"), "forecast", ...args], { cwd: repo, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mixcast-forecast-"));
  const rng = createRng(1);
  const lines = ["series,date,value,spend"];
  for (const s of ["search|north", "social|south"]) {
    for (let t = 0; t < 120; t++) {
      const spend = 50 + 10 * rng.normal();
      lines.push(`${s},${addWeeks("2022-01-03", t)},${(200 + 2 * spend + 5 * rng.normal()).toFixed(2)},${spend.toFixed(2)}`);
    }
  }
  lines.push(`search|north,${addWeeks("2022-01-03", 120)},,80`); // a planned future value
  write("series.csv", `${lines.join("\n")}\n`);
});

describe("mixcast forecast (through bin/mixcast.mjs)", () => {
  it("writes H rows per series for the chosen model, all models with --all-models", () => {
    const out = path.join(dir, "forecast.csv");
    const r = cli(["--input", path.join(dir, "series.csv"), "--horizon", "6", "--out", out, "--models", "naive,theta,regression,ensemble"]);
    expect(r.stderr).not.toMatch(/invalid/);
    expect(r.code).toBe(0);
    const rows = readFileSync(out, "utf8").trim().split("\n");
    expect(rows[0]).toBe("series,date,model,yhat,lo80,hi80,lo95,hi95");
    expect(rows).toHaveLength(1 + 2 * 6);
    const first = rows[1].split(",");
    expect(first[0]).toBe("search|north");
    expect(first[1]).toBe(addWeeks("2022-01-03", 120));
    const [yhat, lo80, hi80, lo95, hi95] = first.slice(3).map(Number);
    expect(lo95).toBeLessThanOrEqual(lo80);
    expect(lo80).toBeLessThanOrEqual(yhat);
    expect(hi80).toBeLessThanOrEqual(hi95);
    expect(yhat).toBeLessThanOrEqual(hi80);

    const all = path.join(dir, "all.csv");
    expect(
      cli(["--input", path.join(dir, "series.csv"), "--horizon", "6", "--out", all, "--models", "naive,theta,regression", "--all-models", "--level", "80,95"])
        .code,
    ).toBe(0);
    expect(readFileSync(all, "utf8").trim().split("\n")).toHaveLength(1 + 2 * 3 * 6);
  });

  it.each([
    ["non-number", "series,date,value\na,2024-01-01,1\na,2024-01-08,abc\n", /row 3, column value: "abc" is not a number/],
    ["missing column", "series,date\na,2024-01-01\n", /missing column\(s\): value/],
    ["non-weekly", "series,date,value\na,2024-01-01,1\na,2024-01-09,2\n", /row 3, column date: series "a" is not weekly/],
    ["duplicate date", "series,date,value\na,2024-01-01,1\na,2024-01-01,2\n", /row 3: duplicate date 2024-01-01 for series "a" \(also row 2\)/],
    ["bad date", "series,date,value\na,01/02/2024,1\n", /row 2, column date: "01\/02\/2024" is not a date/],
    ["bad regressor", "series,date,value,spend\na,2024-01-01,1,x\n", /row 2, column spend: "x" is not a number/],
  ])("exits 1 with a row-level message: %s", (name, text, message) => {
    const r = cli(["--input", write(`${name}.csv`, text), "--horizon", "4", "--out", path.join(dir, "x.csv")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it.each([["0"], ["521"], ["2.5"], ["abc"]])("exits 1 on horizon %s", (h) => {
    const r = cli(["--input", path.join(dir, "series.csv"), "--horizon", h, "--out", path.join(dir, "x.csv")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--horizon must be an integer from 1 to 520/);
  });

  it("exits 1 on an unknown model and on an unsupported level", () => {
    expect(cli(["--input", path.join(dir, "series.csv"), "--horizon", "4", "--out", path.join(dir, "x.csv"), "--models", "arima"]).stderr).toMatch(
      /unknown model\(s\) arima/,
    );
    expect(cli(["--input", path.join(dir, "series.csv"), "--horizon", "4", "--out", path.join(dir, "x.csv"), "--level", "90"]).code).toBe(1);
  });
});

describe("parseSeriesCsv", () => {
  it("splits history and future regressor rows; unsorted input is sorted by date", () => {
    const text = "series,date,value,spend\na,2024-01-08,2,20\na,2024-01-01,1,10\na,2024-01-15,,30\n";
    const [s] = parseSeriesCsv(text, 4);
    expect(s.dates).toEqual(["2024-01-01", "2024-01-08"]);
    expect(s.values).toEqual([1, 2]);
    expect(s.regressors).toEqual({ spend: [10, 20, 30] });
  });

  it("refuses more future rows than the horizon", () => {
    const text = "series,date,value,spend\na,2024-01-01,1,10\na,2024-01-08,,1\na,2024-01-15,,1\n";
    expect(() => parseSeriesCsv(text, 1)).toThrow(/2 future rows but --horizon is 1/);
  });

  it.each(["__proto__", "constructor", "toString"])("refuses a regressor column named %s with a specific message", (name) => {
    const text = `series,date,value,${name}\na,2024-01-01,1,10\na,2024-01-08,2,20\n`;
    expect(() => parseSeriesCsv(text, 4)).toThrow(`column "${name}" has a name reserved by JavaScript objects; rename it`);
  });
});
