import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateDemoDataset } from "./index";

// README.md documents every true parameter; this keeps its media table in step with the code.
const readme = readFileSync(fileURLToPath(new URL("./README.md", import.meta.url)), "utf8");
const truth = generateDemoDataset().truth;
const fmt = (x: number, digits = 0) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

describe("README.md media table", () => {
  it.each(truth.channels.map((c) => [c.name, c] as const))("documents %s's true parameters and ROI", (name, c) => {
    const row = readme.split("\n").find((l) => l.startsWith(`| ${name} |`) && l.includes("Hill") === false && l.includes("α"));
    expect(row, `no media-table row for ${name}`).toBeDefined();
    const s = c.saturation;
    expect(row).toContain(`α ${s.alpha}, γ ${fmt(s.gamma)}, β ${fmt(s.beta)}`);
    expect(row).toContain(`**${fmt(c.roi, 2)}**`);
    expect(row).toContain(`| ${c.carryoverWeeks90} |`);
    const a = c.adstock;
    expect(row).toContain(
      a.type === "geometric" ? `geometric θ=${a.theta}, maxLag ${a.maxLag}` : `${a.type} shape ${a.shape}, scale ${a.scale}, maxLag ${a.maxLag}`,
    );
  });

  it("documents the media share of revenue", () => {
    expect(readme).toContain(`**${fmt(truth.media.shareOfRevenue * 100, 1)} %**`);
  });
});
