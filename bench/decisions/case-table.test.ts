import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { caseListTable } from "./case-table";
import { CASES } from "./cases";
import { generateFromSpec } from "./generate-case";

// bench/README-decisions.md documents every case; this keeps its case table in step with the generator.
const readme = readFileSync(fileURLToPath(new URL("../README-decisions.md", import.meta.url)), "utf8");

describe("README-decisions.md case table", () => {
  const rows = caseListTable(CASES.map(generateFromSpec)).split("\n").slice(2);
  it.each(rows.map((r) => [r.split(" | ")[0].slice(2), r]))("documents %s as generated", (_, row) => {
    expect(readme.split("\n")).toContain(row);
  });
});
