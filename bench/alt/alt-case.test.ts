import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { makeAltCase, saturate, trueOptimum, trueOutcome, type AltCase } from "./alt-case";
import { altOracle } from "./alt-oracle";

describe("saturation families", () => {
  it("match hand-computed values", () => {
    // logistic: (1 − e^−1) / (1 + e^−1) = 0.46211716 at λx/s = 1
    expect(saturate({ kind: "logistic", lambda: 2, scale: 10 }, 5)).toBeCloseTo(0.46211716, 7);
    expect(saturate({ kind: "hill", alpha: 2, k: 3 }, 3)).toBeCloseTo(0.5, 12);
    expect(saturate({ kind: "hill", alpha: 2, k: 3 }, 6)).toBeCloseTo(0.8, 12);
    expect(saturate({ kind: "mm", k: 4 }, 12)).toBeCloseTo(0.75, 12);
    expect(saturate({ kind: "mm", k: 4 }, 0)).toBe(0);
  });
});

describe("makeAltCase", () => {
  it("is deterministic in the seed and differs between seeds", () => {
    expect(makeAltCase(5).csv).toBe(makeAltCase(5).csv);
    expect(makeAltCase(5).csv).not.toBe(makeAltCase(6).csv);
  });

  it("stays inside its documented ranges over 40 seeds", () => {
    for (let s = 1; s <= 40; s++) {
      const c = makeAltCase(s);
      expect([104, 130, 156, 208, 260]).toContain(c.weeks);
      expect(c.channels.length).toBeGreaterThanOrEqual(3);
      expect(c.channels.length).toBeLessThanOrEqual(8);
      expect(c.channels.filter((ch) => ch.isNull).length).toBeLessThanOrEqual(2);
      expect(c.mediaShare).toBeGreaterThanOrEqual(0.1);
      expect(c.mediaShare).toBeLessThanOrEqual(0.4);
      const lines = c.csv.trim().split("\n");
      expect(lines).toHaveLength(c.weeks + 1);
      for (const ch of c.channels) {
        expect(ch.adstock.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(ch.isNull ? ch.beta === 0 && ch.roi === 0 : ch.beta > 0 && ch.roi > 0).toBe(true);
      }
    }
  });

  it("writes true ROIs that are the in-window contribution over spend, recomputed from the CSV", () => {
    const c = makeAltCase(12);
    const rows = c.csv
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",").map(Number));
    c.channels.forEach((ch, i) => {
      const spend = rows.reduce((s, r) => s + r[2 + i], 0);
      const contribution = ch.beta * c.columns.media[i].reduce((s, x) => s + x, 0);
      expect(contribution / spend).toBeCloseTo(ch.roi, 1);
      expect(spend / c.weeks).toBeCloseTo(ch.current, 1);
    });
  });
});

describe("trueOptimum", () => {
  const two: Pick<AltCase, "channels" | "budget"> = {
    budget: 10,
    channels: [
      { name: "a", beta: 10, saturation: { kind: "mm", k: 1 } },
      { name: "b", beta: 10, saturation: { kind: "mm", k: 1 } },
    ] as AltCase["channels"],
  };

  it("splits two identical concave curves evenly (hand-solved)", () => {
    const o = trueOptimum(two);
    expect(o.allocation.a).toBeCloseTo(5, 9);
    expect(o.outcome).toBeCloseTo(2 * 10 * (5 / 6), 9);
  });

  it("respects caps", () => {
    const o = trueOptimum(two, { a: 2 });
    expect(o.allocation.a).toBeCloseTo(2, 9);
    expect(o.allocation.b).toBeCloseTo(8, 9);
  });

  it("beats the current mix and 200 random feasible plans on generated cases", () => {
    for (const s of [3, 8, 21]) {
      const c = makeAltCase(s);
      const o = trueOptimum(c);
      expect(trueOutcome(c, o.allocation)).toBeCloseTo(o.outcome, 6);
      expect(o.outcome).toBeGreaterThanOrEqual(trueOutcome(c, Object.fromEntries(c.channels.map((ch) => [ch.name, ch.current]))));
      let state = s;
      const u = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let k = 0; k < 200; k++) {
        const w = c.channels.map(() => u());
        const tot = w.reduce((a, b) => a + b, 0);
        const plan = Object.fromEntries(c.channels.map((ch, i) => [ch.name, (c.budget * w[i]) / tot]));
        expect(trueOutcome(c, plan)).toBeLessThanOrEqual(o.outcome * (1 + 1e-3));
      }
    }
  });
});

describe("altOracle", () => {
  it("reads the true ROIs closely where the data identify them", () => {
    const c = makeAltCase(12);
    const o = altOracle(c);
    for (const [i, ch] of c.channels.entries()) {
      if (Math.abs(o[i].t) > 10) expect(Math.abs(o[i].roi - ch.roi) / Math.max(ch.roi, 0.1)).toBeLessThan(0.15);
    }
    expect(o.some((x) => Math.abs(x.t) > 10)).toBe(true);
  });
});

describe("independence", () => {
  // The family exists to catch what the first generator and lib/ share by construction: it must import neither.
  it("no file in bench/alt imports lib/ or bench/decisions", () => {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const imports = [...readFileSync(`${dir}/${file}`, "utf8").matchAll(/from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
        (m) => m[1] ?? m[2],
      );
      expect(
        imports.filter((p) => /(^|\/)lib\/|^@\/lib|decisions/.test(p)),
        file,
      ).toEqual([]);
    }
  });
});
