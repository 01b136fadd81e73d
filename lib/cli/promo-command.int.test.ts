import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "../db/client";
import { run } from "./promo-command";

/**
 * The CLI's scoring path against a real database (scripts/with-db.ts sets DATABASE_URL): on an empty database it
 * seeds the demo and fits the first promo model as a recorded run, then writes the input columns plus the scores.
 */
const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
afterEach(() => {
  stderr.mockClear();
  stdout.mockClear();
});

const HEADER = "promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost";

describe("mixcast promo score", () => {
  it("scores a CSV with the champion model (fitting one first when there is none) and records the scores", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mixcast-promo-int-"));
    const input = path.join(dir, "planned.csv");
    writeFileSync(
      input,
      [
        HEADER,
        "P1,snacks,south,20,14,2026-12-01,bogo,200",
        "P2,personal_care,east,45,5,2026-01-10,loyalty_points,3000",
        ",dairy,north,10,30,2026-07-01,percentage_off,150",
      ].join("\n") + "\n",
    );
    const out = path.join(dir, "out", "scored.csv");

    const code = await run(["score", "--input", input, "--out", out]);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).not.toMatch(/failed|error/i);
    expect(code).toBe(0);

    const parsed = Papa.parse<Record<string, string>>(readFileSync(out, "utf8"), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...HEADER.split(","), "p_sells", "uplift", "roi", "decision"]);
    expect(parsed.data.map((r) => r.promotion_id)).toEqual(["P1", "P2", ""]);
    for (const r of parsed.data) {
      const p = Number(r.p_sells);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
      expect(Number(r.uplift)).toBeGreaterThan(0);
      expect(r.decision).toBe(Number(r.roi) >= 0 && p >= 0.3 ? "go" : "no-go");
    }
    // A deep, short, costly loyalty promo in January cannot beat a cheap BOGO in the holiday season.
    expect(Number(parsed.data[0].roi)).toBeGreaterThan(Number(parsed.data[1].roi));

    const champion = await prisma().modelRun.findFirstOrThrow({ where: { kind: "promo", isChampion: true, status: "succeeded" } });
    const stored = await prisma().promoScore.findMany({ where: { source: "cli" }, orderBy: { id: "asc" } });
    expect(stored.slice(-3).map((s) => [s.runId, s.promotionId])).toEqual([
      [champion.id, "P1"],
      [champion.id, "P2"],
      [champion.id, ""],
    ]);
  });
});

describe("mixcast promo score refuses values the model does not know", () => {
  it("exits 1 naming the row and column of an unknown category or region, and a formula-like id; stores nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mixcast-promo-int-"));
    const input = path.join(dir, "planned.csv");
    writeFileSync(input, [HEADER, "P1,Snacks,SOUTH,20,14,2026-12-01,BOGO,200", "P2,unicorns,mars,20,14,2026-12-01,flash,200"].join("\n") + "\n");
    const before = await prisma().promoScore.count();
    const code = await run(["score", "--input", input, "--out", path.join(dir, "never.csv")]);
    const err = stderr.mock.calls.map((c) => String(c[0])).join("");
    expect(code).toBe(1);
    expect(err).toMatch(/3 problems; nothing was scored/);
    expect(err).toMatch(/row 3, column promo_type: Promo type "flash" is not one the model knows/);
    expect(err).toMatch(/row 3, column category: Category "unicorns" is not one the model knows/);
    expect(err).toMatch(/row 3, column region: Region "mars" is not one the model knows/);
    expect(await prisma().promoScore.count()).toBe(before);

    writeFileSync(input, [HEADER, "=1+1,snacks,south,20,14,2026-12-01,bogo,200"].join("\n") + "\n");
    expect(await run(["score", "--input", input, "--out", path.join(dir, "never.csv")])).toBe(1);
    expect(stderr.mock.calls.map((c) => String(c[0])).join("")).toMatch(/row 2, column promotion_id: Promotion id: "=1\+1" starts with "="/);
    expect(await prisma().promoScore.count()).toBe(before);
  });

  it("scores Bakery,East,BOGO exactly as bakery,east,bogo", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mixcast-promo-int-"));
    const input = path.join(dir, "planned.csv");
    const out = path.join(dir, "scored.csv");
    writeFileSync(input, [HEADER, "A,Bakery,East,20,14,2026-12-01,BOGO,200", "B,bakery,east,20,14,2026-12-01,bogo,200"].join("\n") + "\n");
    expect(await run(["score", "--input", input, "--out", out])).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, "utf8"), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.category, r.region, r.promo_type])).toEqual([
      ["bakery", "east", "bogo"],
      ["bakery", "east", "bogo"],
    ]);
    expect([rows[0].p_sells, rows[0].roi, rows[0].decision]).toEqual([rows[1].p_sells, rows[1].roi, rows[1].decision]);
  });
});
