import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optimizeRequestSchema, forecastQuerySchema } from "../api/schemas";
import { plannedPromoSchema } from "../promo/planned-promo-schema";
import { DOMAIN_KINDS, DOMAINS } from "./domains";
import { rowsToCsv } from "./rows-to-csv";
import { decodeCsvBytes, validateImport } from "./validate-import";

/**
 * Hostile and random input never crashes the importer or the API schemas: it is accepted into well-typed rows, or
 * rejected with a specific message (row, column, reason) — never an exception, never a partial result.
 */
const limits = { maxBytes: 2_000_000, maxRows: 5_000 };
const known = { knownChannels: ["search", "social"], knownRegions: ["north", "south"], limits };

const hostileCell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-0",
    "0x1F",
    "1,5",
    "1.2.3",
    "=1+1",
    "+SUM(A1)",
    "-2+3",
    "@cmd",
    "\t=x",
    "null",
    "undefined",
    "",
    " ",
    "\u0000",
    "😀",
    "\uFEFF",
    '"',
    '""',
    "a\nb",
    "9".repeat(400),
  ),
  fc.double().map(String),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

function assertWellFormed(result: ReturnType<typeof validateImport>, rowCount: number) {
  if (result.ok) {
    expect(result.rows.length).toBe(rowCount);
    for (const row of result.rows) for (const v of Object.values(row)) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
  } else {
    // A failure names a reason: a file-level message, or at least one row error with row, column and reason.
    if (result.fatal) expect(result.fatal.length).toBeGreaterThan(5);
    else {
      expect(result.errorCount).toBeGreaterThan(0);
      for (const e of result.errors) {
        expect(e.row).toBeGreaterThanOrEqual(2);
        expect(e.column.length).toBeGreaterThan(0);
        expect(e.reason.length).toBeGreaterThan(3);
      }
    }
  }
}

describe("importer under random and hostile input", () => {
  it.each(DOMAIN_KINDS)("%s: random cells under the right header never throw", (kind) => {
    const header = DOMAINS[kind].columns.map((c) => c.column);
    fc.assert(
      fc.property(fc.array(fc.array(hostileCell, { minLength: header.length, maxLength: header.length }), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = [header.join(","), ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(","))].join("\n");
        assertWellFormed(validateImport({ ...known, kind, text }), rows.length);
      }),
      { numRuns: 60 },
    );
  });

  it("arbitrary text (missing headers, broken quoting, binary-ish) never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.constantFrom(...DOMAIN_KINDS), (text, kind) => {
        const r = validateImport({ ...known, kind, text });
        expect(r.ok || (r.fatal ?? r.errors[0]?.reason)).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary bytes are either valid UTF-8 text or refused with a message", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        const d = decodeCsvBytes(bytes);
        if (!d.ok) expect(d.error).toMatch(/UTF-8|NUL/);
      }),
      { numRuns: 300 },
    );
  });

  it("a 1 MB cell and an over-limit file are refused with a clear message", () => {
    const big = `week,channel,region,activations,revenue\n2024-01-01,${"x".repeat(1_000_000)},north,1,1\n`;
    const r = validateImport({ ...known, kind: "demand", text: big });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ row: 2, column: "channel", reason: expect.stringContaining("at most 80") });
    const tooBig = validateImport({ ...known, limits: { maxBytes: 500_000, maxRows: 10 }, kind: "demand", text: big });
    expect(!tooBig.ok && tooBig.fatal).toContain("MB");
  });

  it("valid rows survive a round trip through export (rowsToCsv) and import unchanged", () => {
    const rowArb = fc.record({
      week: fc.integer({ min: 0, max: 500 }).map((i) => new Date(Date.UTC(2020, 0, 6) + i * 7 * 86_400_000).toISOString().slice(0, 10)),
      channel: fc.constantFrom("search", "social"),
      region: fc.constantFrom("north", "south"),
      activations: fc.double({ min: 0, max: 1e9, noNaN: true }),
      revenue: fc.double({ min: 0, max: 1e11, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => `${r.week}|${r.channel}|${r.region}`, minLength: 1, maxLength: 30 }), (rows) => {
        const r = validateImport({ ...known, kind: "demand", text: rowsToCsv("demand", rows) });
        expect(r.ok && r.rows).toEqual(rows);
      }),
      { numRuns: 100 },
    );
  });
});

describe("API schemas under random input", () => {
  it("safeParse never throws and every rejection names a field", () => {
    for (const schema of [plannedPromoSchema, optimizeRequestSchema, forecastQuerySchema]) {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: false }), (input) => {
          const r = schema.safeParse(input);
          if (!r.success) for (const issue of r.error.issues) expect(issue.message.length).toBeGreaterThan(0);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("hostile promo fields are rejected with field-specific messages", () => {
    fc.assert(
      fc.property(
        fc.record({
          category: hostileCell,
          region: hostileCell,
          discount_pct: fc.oneof(hostileCell, fc.double()),
          duration_days: fc.oneof(hostileCell, fc.double()),
          start_date: hostileCell,
          promo_type: hostileCell,
          cost: fc.oneof(hostileCell, fc.double()),
        }),
        (input) => {
          const r = plannedPromoSchema.safeParse(input);
          if (r.success) {
            expect(Number.isFinite(r.data.discount_pct) && r.data.discount_pct >= 0 && r.data.discount_pct <= 90).toBe(true);
            expect(Number.isInteger(r.data.duration_days)).toBe(true);
          } else for (const issue of r.error.issues) expect(issue.path.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
