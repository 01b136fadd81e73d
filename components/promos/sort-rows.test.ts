import { describe, expect, it } from "vitest";
import type { ScoredPromoRow } from "@/lib/actions/score-promo-csv";
import { nextSort, sortScoredRows } from "./sort-rows";

const row = (id: string | undefined, roi: number, region: string, decision: "go" | "no-go" = "no-go"): ScoredPromoRow => ({
  input: { promotion_id: id, category: "snacks", region, discount_pct: 10, duration_days: 7, start_date: "2026-12-01", promo_type: "bogo", cost: 100 },
  score: { promotion_id: id ?? null, p_sells: 0.5, uplift: 100, roi, decision, reasons: [], best_discount: 10 },
});
const rows = [row("b", 0.2, "south", "go"), row(undefined, -0.5, "north"), row("a", 0.2, "east", "go"), row("c", 1.5, "west", "go")];
const ids = (r: ScoredPromoRow[]) => r.map((x) => x.input.promotion_id ?? "(blank)");

describe("sortScoredRows", () => {
  it.each([
    { sort: { column: "roi", direction: "desc" } as const, expected: ["c", "b", "a", "(blank)"] },
    { sort: { column: "roi", direction: "asc" } as const, expected: ["(blank)", "b", "a", "c"] },
    { sort: { column: "promotion_id", direction: "asc" } as const, expected: ["a", "b", "c", "(blank)"] },
    { sort: { column: "promotion_id", direction: "desc" } as const, expected: ["c", "b", "a", "(blank)"] },
    { sort: { column: "region", direction: "asc" } as const, expected: ["a", "(blank)", "b", "c"] },
    { sort: { column: "decision", direction: "asc" } as const, expected: ["b", "a", "c", "(blank)"] },
  ])("sorts by $sort.column $sort.direction (numbers numerically, blanks last, ties stable)", ({ sort, expected }) => {
    expect(ids(sortScoredRows(rows, sort))).toEqual(expected);
  });

  it("does not mutate its input", () => {
    const copy = [...rows];
    sortScoredRows(rows, { column: "roi", direction: "asc" });
    expect(rows).toEqual(copy);
  });
});

describe("nextSort", () => {
  it("flips the current column and starts scores descending, inputs ascending", () => {
    expect(nextSort(null, "roi")).toEqual({ column: "roi", direction: "desc" });
    expect(nextSort({ column: "roi", direction: "desc" }, "roi")).toEqual({ column: "roi", direction: "asc" });
    expect(nextSort({ column: "roi", direction: "asc" }, "category")).toEqual({ column: "category", direction: "asc" });
  });
});
