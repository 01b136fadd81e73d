import { describe, expect, it } from "vitest";
import { parsePlannedPromosCsv, plannedPromoSchema } from "./planned-promo-schema";

const HEADER = "promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost";

describe("plannedPromoSchema", () => {
  it("accepts numbers from a form and text from a CSV alike", () => {
    const fromForm = plannedPromoSchema.parse({
      category: "snacks",
      region: "north",
      discount_pct: 20,
      duration_days: 14,
      start_date: "2026-12-01",
      promo_type: "bogo",
      cost: 500,
    });
    const fromCsv = plannedPromoSchema.parse({
      promotion_id: " ",
      category: " snacks ",
      region: "north",
      discount_pct: "20",
      duration_days: "14",
      start_date: "2026-12-01",
      promo_type: "bogo",
      cost: "500",
    });
    expect(fromCsv).toEqual(fromForm);
    expect(fromForm.promotion_id).toBeUndefined();
  });
  it.each([
    [{ discount_pct: 95 }, "discount_pct", "Discount (%) must be between 0 and 90"],
    [{ discount_pct: "abc" }, "discount_pct", 'Discount (%): "abc" is not a number'],
    [{ discount_pct: "1,5" }, "discount_pct", 'Discount (%): "1,5" is ambiguous: use a dot for decimals (1234.5) and commas only between thousands'],
    [{ duration_days: 2.5 }, "duration_days", "Duration (days) must be a whole number of days"],
    [{ duration_days: 0 }, "duration_days", "Duration (days) must be between 1 and 90"],
    [{ start_date: "2026-02-30" }, "start_date", 'Start date: "2026-02-30" is not a real calendar date'],
    [{ start_date: "01/12/2026" }, "start_date", 'Start date: "01/12/2026" is not a date: use YYYY-MM-DD'],
    [{ cost: -1 }, "cost", "Promo cost (USD) must be 0 or more"],
    [{ category: "" }, "category", "Category is required"],
    [{ cost: undefined }, "cost", "Promo cost (USD) is required"],
    [{ promotion_id: "=1+1" }, "promotion_id", 'Promotion id: "=1+1" starts with "=", which spreadsheets run as a formula'],
    [{ category: "@SUM(A1)" }, "category", 'Category: "@SUM(A1)" starts with "@", which spreadsheets run as a formula'],
  ])("rejects %o", (patch, path, message) => {
    const base = { category: "snacks", region: "north", discount_pct: 20, duration_days: 14, start_date: "2026-12-01", promo_type: "bogo", cost: 500 };
    const r = plannedPromoSchema.safeParse({ ...base, ...patch });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual([path]);
    expect(r.error!.issues[0].message).toBe(message);
  });
});

describe("parsePlannedPromosCsv", () => {
  it("parses valid rows, allowing extra columns and any column order", () => {
    const text = `note,${HEADER}\nx,P1,snacks,north,20,14,2026-12-01,bogo,500\ny,,dairy,south,12.5,7,2026-12-03,bundle,1000\n`;
    const r = parsePlannedPromosCsv(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rows).toHaveLength(2);
      expect(r.rows[0]).toEqual({
        promotionId: "P1",
        category: "snacks",
        region: "north",
        discountPct: 20,
        durationDays: 14,
        startDate: "2026-12-01",
        promoType: "bogo",
        cost: 500,
      });
      expect(r.rows[1].promotionId).toBeUndefined();
    }
  });
  it("reports row and column of every bad cell and returns no rows", () => {
    const text = [
      HEADER,
      "P1,snacks,north,20,14,2026-12-01,bogo,500",
      "P2,snacks,north,120,14,2026-12-01,bogo,500",
      "P3,snacks,north,20,x,2026-13-01,bogo,500",
      "P1,snacks,north,20,14,2026-12-01,bogo,500",
    ].join("\n");
    const r = parsePlannedPromosCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.message)).toEqual([
        "row 3, column discount_pct: Discount (%) must be between 0 and 90",
        'row 4, column duration_days: Duration (days): "x" is not a number',
        'row 4, column start_date: Start date: "2026-13-01" is not a real calendar date',
        "row 5, column promotion_id: duplicates row 2",
      ]);
    }
  });
  it("rejects a header missing columns, naming them", () => {
    const r = parsePlannedPromosCsv("promotion_id,category,region,discount_pct,start_date,promo_type\nP1,a,b,1,2026-01-01,c\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/^Missing columns: duration_days, cost\./);
  });
  it("reads numbers and dates as the Data import does (one set of cell rules)", () => {
    const r = parsePlannedPromosCsv(`${HEADER}\nP1,snacks,north,20 %,14,2026/12/1,bogo,"1,250"\n`);
    expect(r).toEqual({
      ok: true,
      rows: [
        { promotionId: "P1", category: "snacks", region: "north", discountPct: 20, durationDays: 14, startDate: "2026-12-01", promoType: "bogo", cost: 1250 },
      ],
    });
  });
  it("refuses formula-like cells, as the Data import does", () => {
    const r = parsePlannedPromosCsv(`${HEADER}\n=1+1,snacks,north,20,14,2026-12-01,bogo,500\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toBe('row 2, column promotion_id: Promotion id: "=1+1" starts with "=", which spreadsheets run as a formula');
  });
  it("rejects empty files and short rows", () => {
    expect(parsePlannedPromosCsv("  ").ok).toBe(false);
    const r = parsePlannedPromosCsv(`${HEADER}\nP1,snacks,north\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toBe("row 2, column (row): has 3 fields; the header has 8");
  });
  it.each(["__proto__", "constructor", "toString"])("treats an extra column named %s as any extra column", (name) => {
    const r = parsePlannedPromosCsv(`${HEADER},${name}\nP1,snacks,north,20,14,2026-12-01,bogo,500,x\n`);
    expect(r).toEqual({
      ok: true,
      rows: [
        { promotionId: "P1", category: "snacks", region: "north", discountPct: 20, durationDays: 14, startDate: "2026-12-01", promoType: "bogo", cost: 500 },
      ],
    });
  });
});
