import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateGeoCase } from "./generate-geo-case";
import { GEO_CASE_NAMES } from "./geo-cases";

// The geo generator must stay independent of the fitting path (only bench/geo.ts, the runner, calls the CLI).
const dir = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

describe("bench/geo", () => {
  it.each(files.map((f) => [f]))("%s imports nothing from lib/", (file) => {
    const imports = [...readFileSync(`${dir}/${file}`, "utf8").matchAll(/from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
    expect(imports.filter((p) => /(^|\/)lib\/|^@\/lib/.test(p))).toEqual([]);
  });

  it("generates every case deterministically, with national truth equal to the sum of the regions", () => {
    for (const name of GEO_CASE_NAMES) {
      const a = generateGeoCase(name),
        b = generateGeoCase(name);
      expect(a.longCsv).toBe(b.longCsv);
      expect(generateGeoCase(name, 1000).longCsv).not.toBe(a.longCsv);
      expect(a.longCsv.trim().split("\n")).toHaveLength(1 + a.regions.length * a.dates.length);
      a.truth.channels.forEach((t, c) => {
        const contribution = a.truth.regions.reduce((s, r) => s + r.channels[c].contribution, 0);
        const spend = a.truth.regions.reduce((s, r) => s + r.channels[c].spend, 0);
        expect(contribution).toBeCloseTo(t.contribution, 0);
        expect(spend).toBeCloseTo(t.spend, 0);
        if (t.isNull) expect(t.roi).toBe(0);
        else expect(contribution / spend).toBeCloseTo(t.roi, 9);
      });
      expect(a.truth.regions.filter((r) => r.small)).toHaveLength(a.spec.smallRegions);
    }
  });
});
