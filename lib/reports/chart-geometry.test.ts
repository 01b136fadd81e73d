import { describe, expect, it } from "vitest";
import { formatValue, layoutChart, tickTexts, type Primitive } from "./chart-geometry";

const texts = (p: Primitive[]) => p.filter((x): x is Extract<Primitive, { t: "text" }> => x.t === "text").map((x) => x.text);

describe("layoutChart", () => {
  it("keeps every primitive inside the box and draws one path per line and band", () => {
    const prims = layoutChart(
      {
        kind: "xy",
        series: [
          {
            type: "band",
            name: "80 %",
            color: "#09f",
            points: [
              [0, 1, 3],
              [1, 2, 4],
              [2, 1, 5],
            ],
          },
          {
            type: "line",
            name: "Forecast",
            color: "#000",
            points: [
              [0, 2],
              [1, 3],
              [2, 3],
            ],
          },
        ],
        x: { format: "date", dates: ["2026-01-05", "2026-01-12", "2026-01-19"] },
        y: { format: "money", includeZero: true },
      },
      300,
      150,
    );
    expect(prims.filter((p) => p.t === "poly")).toHaveLength(2);
    for (const p of prims) {
      const pts =
        p.t === "poly"
          ? p.points
          : p.t === "line"
            ? [
                [p.x1, p.y1],
                [p.x2, p.y2],
              ]
            : p.t === "circle"
              ? [[p.cx, p.cy]]
              : p.t === "rect"
                ? [[p.x, p.y]]
                : [[p.x, p.y]];
      for (const [x, y] of pts) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(300);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(150);
      }
    }
    expect(texts(prims)).toEqual(["80 %", "Forecast", "$0", "$2", "$4", "$6", "5 Jan", "12 Jan", "19 Jan"]);
  });

  it("draws an interval row per estimate with its value text and the reference line", () => {
    const prims = layoutChart(
      {
        kind: "intervals",
        rows: [
          { label: "Search", value: 2.5, low: 1.9, high: 3.1 },
          { label: "Email", value: 0.4, low: 0, high: 1.2 },
        ],
        format: "ratio",
        reference: { value: 1, label: "break-even" },
      },
      320,
      80,
    );
    expect(texts(prims)).toEqual(expect.arrayContaining(["Search", "Email", "2.5× (1.9×–3.1×)", "0.4× (0.0×–1.2×)"]));
    expect(prims.filter((p) => p.t === "circle")).toHaveLength(2);
    expect(prims.some((p) => p.t === "line" && p.dash && p.color === "#D55E00")).toBe(true);
  });

  it("draws one bar per category and group", () => {
    const prims = layoutChart(
      {
        kind: "bars",
        categories: ["a", "b", "c"],
        groups: [
          { name: "Now", color: "#111", values: [1, 2, 3] },
          { name: "Plan", color: "#222", values: [2, 2, 0] },
        ],
        format: "money",
      },
      300,
      120,
    );
    expect(prims.filter((p) => p.t === "rect")).toHaveLength(6);
  });

  it("refuses an empty box", () => {
    expect(() => layoutChart({ kind: "bars", categories: [], groups: [], format: "money" }, 0, 10)).toThrow(/layoutChart/);
  });
});

describe("axis labels", () => {
  it("tell every tick apart, in one unit, with the decimals the step needs", () => {
    expect(tickTexts([0, 0.001, 0.002, 0.003], "ratio")).toEqual(["0.000×", "0.001×", "0.002×", "0.003×"]);
    expect(tickTexts([1_250_000, 1_500_000, 1_750_000], "money")).toEqual(["$1.25M", "$1.50M", "$1.75M"]);
    expect(tickTexts([-0.05, 0, 0.05], "percent")).toEqual(["−5 %", "0 %", "5 %"]);
    expect(tickTexts([0, 2_500, 5_000], "number")).toEqual(["0", "2.5K", "5.0K"]);
  });

  it("print a small ratio with significant digits, not as 0.0×", () => {
    expect(formatValue(0.0042, "ratio")).toBe("0.004×");
    expect(formatValue(2.46, "ratio")).toBe("2.5×");
  });
});
