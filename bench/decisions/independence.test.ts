import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The generator and the scoring must stay independent of the fitting path: only run-case.ts (which calls the
// CLI commands, as a user would) may import from lib/.
const dir = fileURLToPath(new URL(".", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "run-case.ts");

describe("bench/decisions imports nothing from lib/ outside run-case.ts", () => {
  it.each(files.map((f) => [f]))("%s", (file) => {
    const imports = [...readFileSync(`${dir}/${file}`, "utf8").matchAll(/from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
    expect(imports.filter((p) => /(^|\/)lib\/|^@\/lib/.test(p))).toEqual([]);
  });
  it("run-case.ts imports only the two CLI commands from lib/", () => {
    const text = readFileSync(`${dir}/run-case.ts`, "utf8");
    const fromLib = [...text.matchAll(/from\s+["']([^"']*lib\/[^"']+)["']/g)].map((m) => m[1]).sort();
    expect(fromLib).toEqual(["../../lib/cli/mmm-command", "../../lib/cli/optimize-command"]);
  });
});
