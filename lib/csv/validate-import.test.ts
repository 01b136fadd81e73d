import { describe, expect, it } from "vitest";
import { parseLocaleNumber } from "./cell-parsers";
import { decodeCsvBytes, validateImport, type FailedImport, type ValidatedImport } from "./validate-import";

const limits = { maxBytes: 1_000_000, maxRows: 1000 };
const base = { knownChannels: ["search", "social"], knownRegions: ["north", "south"], limits };

function fails(r: ValidatedImport | FailedImport): FailedImport {
  if (r.ok) throw new Error("expected the import to fail");
  return r;
}
function passes(r: ValidatedImport | FailedImport): ValidatedImport {
  if (!r.ok) throw new Error(`expected success, got ${r.fatal ?? JSON.stringify(r.errors)}`);
  return r;
}

describe("parseLocaleNumber", () => {
  it.each([
    ["1234.5", 1234.5],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    [" $1,200 ", 1200],
    ["12%", 12],
    ["1e3", 1000],
    ["-3.5", -3.5],
  ])("reads %j as %d", (raw, value) => expect(parseLocaleNumber(raw)).toBe(value));

  it.each(["1,5", "abc", "NaN", "Infinity", "1.2.3", "12,34"])("refuses %j with a message", (raw) => {
    expect(typeof parseLocaleNumber(raw)).toBe("string");
  });
});

describe("validateImport", () => {
  it("parses a valid demand file into typed rows and reports new channels", () => {
    const text = 'week,channel,region,activations,revenue\n2024-01-01,search,north,"1,200","36,000.50"\n2024-01-01,TikTok,north,5,150\n';
    const r = passes(validateImport({ ...base, kind: "demand", text }));
    expect(r.rows).toEqual([
      { week: "2024-01-01", channel: "search", region: "north", activations: 1200, revenue: 36000.5 },
      { week: "2024-01-01", channel: "tiktok", region: "north", activations: 5, revenue: 150 },
    ]);
    expect(r.newChannels).toEqual(["tiktok"]);
    expect(r.newRegions).toEqual([]);
  });

  it("reports every bad row with row number, column, value and reason", () => {
    const text = [
      "week,channel,region,activations,revenue",
      "2024-01-01,search,north,10,100",
      "2024-01-03,search,north,10,100", // Wednesday
      "2024-01-08,search,north,abc,100", // not a number
      "2024-01-15,search,north,10,", // empty required
      "2024-01-01,search,north,11,110", // duplicate key of row 2
    ].join("\n");
    const r = fails(validateImport({ ...base, kind: "demand", text }));
    expect(r.errorCount).toBe(4);
    expect(r.errors).toEqual([
      { row: 3, column: "week", value: "2024-01-03", reason: "2024-01-03 is a Wednesday; weeks are identified by their Monday (2024-01-01)" },
      { row: 4, column: "activations", value: "abc", reason: '"abc" is not a number' },
      { row: 5, column: "revenue", value: "", reason: "is empty but required" },
      { row: 6, column: "week+channel+region", value: "2024-01-01 / search / north", reason: "duplicates row 2" },
    ]);
  });

  it("refuses unknown regions where they must exist, naming the known ones", () => {
    const text = "promotion_id,category,region,discount_pct,start_date,end_date,promo_type,cost\nP1,snacks,mars,10,2024-01-01,2024-01-07,bogo,100\n";
    const r = fails(validateImport({ ...base, kind: "promotions", text }));
    expect(r.errors[0]).toMatchObject({ row: 2, column: "region", value: "mars" });
    expect(r.errors[0].reason).toContain("north, south");
  });

  it("checks end dates against start dates", () => {
    const text = "promotion_id,category,region,discount_pct,start_date,end_date,promo_type,cost\nP1,snacks,north,10,2024-01-07,2024-01-01,bogo,100\n";
    expect(fails(validateImport({ ...base, kind: "promotions", text })).errors[0]).toMatchObject({
      column: "end_date",
      reason: "2024-01-01 is before startDate 2024-01-07",
    });
  });

  it("refuses formula cells in text columns", () => {
    const text =
      "promotion_id,category,region,discount_pct,start_date,end_date,promo_type,cost\n=cmd|' /C calc'!A0,snacks,north,10,2024-01-01,2024-01-07,bogo,100\n";
    expect(fails(validateImport({ ...base, kind: "promotions", text })).errors[0].reason).toContain("formula");
  });

  it("names missing columns and accepts a column mapping that supplies them", () => {
    const text = "Week Start,channel,region,activations,Revenue (EUR)\n2024-01-01,search,north,1,2\n";
    const r = fails(validateImport({ ...base, kind: "demand", text }));
    expect(r.fatal).toContain("Missing required columns: week, revenue");
    passes(validateImport({ ...base, kind: "demand", text, mapping: { "Week Start": "week", "Revenue (EUR)": "revenue" } }));
  });

  it.each(["__proto__", "constructor", "toString"])("a header named %s is an ignored column, not a crash", (name) => {
    const ok = passes(validateImport({ ...base, kind: "demand", text: `week,channel,region,activations,revenue,${name}\n2024-01-01,search,north,1,2,3\n` }));
    expect(ok.ignoredColumns).toEqual([name.toLowerCase()]);
    expect(ok.rows).toHaveLength(1);
    // Alone it is simply a file without the required columns.
    expect(fails(validateImport({ ...base, kind: "demand", text: `${name}\n1\n` })).fatal).toContain("Missing required columns");
    // A mapping that names it maps it like any other column.
    const mapped = passes(
      validateImport({
        ...base,
        kind: "demand",
        text: `${name},channel,region,activations,revenue\n2024-01-01,search,north,1,2\n`,
        mapping: JSON.parse(`{"${name}": "week"}`),
      }),
    );
    expect(mapped.rows[0]).toMatchObject({ week: "2024-01-01" });
  });

  it("enforces size and row limits with a clear message", () => {
    const text = `week,channel,region,activations,revenue\n${"2024-01-01,search,north,1,1\n".repeat(5)}`;
    expect(fails(validateImport({ ...base, kind: "demand", text, limits: { maxBytes: 1e6, maxRows: 3 } })).fatal).toContain("limit is 3");
    expect(fails(validateImport({ ...base, kind: "demand", text, limits: { maxBytes: 50, maxRows: 1000 } })).fatal).toContain("MB");
  });

  it("treats optional empty cells as null and rows with the wrong field count as errors", () => {
    const ok = passes(validateImport({ ...base, kind: "spend", text: "week,channel,region,spend,impressions,clicks\n2024-01-01,search,north,100,,\n" }));
    expect(ok.rows[0]).toMatchObject({ spend: 100, impressions: null, clicks: null });
    const bad = fails(validateImport({ ...base, kind: "spend", text: "week,channel,region,spend\n2024-01-01,search,north\n" }));
    expect(bad.errors[0]).toMatchObject({ row: 2, column: "(row)" });
  });

  it("hashes content, not formatting", () => {
    const a = passes(validateImport({ ...base, kind: "demand", text: "week,channel,region,activations,revenue\n2024-01-01,search,north,1,2\n" }));
    const b = passes(validateImport({ ...base, kind: "demand", text: 'revenue,week,channel,region,activations\r\n"2",2024-01-01,search,north,1\r\n' }));
    const c = passes(validateImport({ ...base, kind: "demand", text: "week,channel,region,activations,revenue\n2024-01-01,search,north,1,3\n" }));
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).not.toBe(c.contentHash);
  });
});

describe("decodeCsvBytes", () => {
  it("refuses non-UTF-8 and binary files", () => {
    expect(decodeCsvBytes(new Uint8Array([0x77, 0x65, 0x65, 0x6b, 0xe9, 0x0a])).ok).toBe(false); // latin-1 é
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])).ok).toBe(false); // zip/xlsx
    expect(decodeCsvBytes(new TextEncoder().encode("week\n2024-01-01\n"))).toEqual({ ok: true, text: "week\n2024-01-01\n" });
  });
});
