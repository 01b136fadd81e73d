import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Bad input is rejected before the database is touched, so these run without one (DATABASE_URL points at a closed
 * port: reaching the database would fail differently). The scoring path is in promo-command.int.test.ts.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let dir = "";

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repo, "bin/mixcast.mjs"), "promo", ...args], {
    cwd: repo,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:9/none" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const HEADER = "promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost";
const GOOD = "P1,snacks,south,20,14,2026-12-01,bogo,500";

function write(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mixcast-promo-"));
});

describe("mixcast promo score: bad input (through bin/mixcast.mjs)", () => {
  it.each([
    {
      name: "row-level problems, one line each",
      lines: [HEADER, GOOD, "P2,snacks,,abc,0,2026-02-30,bogo,-1", "P1,snacks,south,20,14,2026-12-01,bogo,500"],
      expected: [
        /: 6 problems; nothing was scored/,
        /row 3, column cost: Promo cost \(USD\) must be 0 or more/,
        /row 3, column region: Region is required/,
        /row 3, column discount_pct: Discount \(%\): "abc" is not a number/,
        /row 3, column duration_days: Duration \(days\) must be between 1 and 90/,
        /row 3, column start_date: Start date: "2026-02-30" is not a real calendar date/,
        /row 4, column promotion_id: duplicates row 2/,
      ],
    },
    {
      name: "a missing column",
      lines: ["promotion_id,category,region,discount_pct,start_date,promo_type,cost", "P1,snacks,south,20,2026-12-01,bogo,500"],
      expected: [/Missing column: duration_days/],
    },
    { name: "no data rows", lines: [HEADER], expected: [/header but no data rows/] },
  ])("exits 1 on $name and writes nothing", ({ lines, expected }) => {
    const input = write("in.csv", lines);
    const out = path.join(dir, "never.csv");
    const r = cli(["score", "--input", input, "--out", out]);
    expect(r.code).toBe(1);
    for (const e of expected) expect(r.stderr).toMatch(e);
    expect(r.stderr).toMatch(/nothing was scored/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    { args: ["score", "--input", "/nope/planned.csv", "--out", "x.csv"], message: /input file not found: \/nope\/planned.csv/ },
    { args: ["score", "--out", "x.csv"], message: /--input is required/ },
    { args: ["score", "--input", "x.csv"], message: /--out is required/ },
    { args: ["rank", "--input", "x.csv"], message: /unknown subcommand "rank"/ },
    { args: ["score", "--bogus"], message: /Unknown option '--bogus'/ },
  ])("exits 1 on bad arguments: $args", ({ args, message }) => {
    const r = cli(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});
