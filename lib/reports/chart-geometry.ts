import { compactTickFormatter } from "../charts/compact-ticks";
import { niceTicks, tickDecimals } from "../charts/nice-ticks";
import { formatMoney, formatNumber, formatRatio, MINUS } from "../format";
import type { ChartSpec, GroupedBarChart, IntervalChart, ValueFormat, XYChart } from "./chart-spec";

/**
 * Drawing primitives in points (1/72 inch) inside a width × height box, origin top left. Both renderers (SVG on the
 * report page, pdfkit in the PDF) draw exactly these, so charts are vector in both and identical.
 * Text is positioned by its vertical middle; `anchor` aligns it horizontally.
 */
export type Primitive =
  | { t: "line"; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dash?: number[] }
  | { t: "poly"; points: [number, number][]; stroke?: string; fill?: string; width?: number; opacity?: number; dash?: number[]; close?: boolean }
  | { t: "rect"; x: number; y: number; w: number; h: number; fill: string; opacity?: number }
  | { t: "circle"; cx: number; cy: number; r: number; fill: string; stroke?: string }
  | { t: "text"; x: number; y: number; text: string; size: number; color: string; anchor: "start" | "middle" | "end"; bold?: boolean; rotate?: number };

export const TICK_SIZE = 7;
const LABEL_SIZE = 7.5;
const AXIS = "#64748b";
const GRID = "#e2e8f0";
const INK = "#0f172a";
/** Average glyph width as a share of the font size, for layout only: DejaVu Sans Condensed (PDF) is ~0.55, the
 * browser sans-serif of the report page up to ~0.6, so the wider one is used. */
const CHAR_WIDTH = 0.6;

export const textWidth = (text: string, size: number) => text.length * size * CHAR_WIDTH;

export function formatValue(v: number, format: ValueFormat): string {
  if (!Number.isFinite(v)) return "—";
  switch (format) {
    case "money":
      return formatMoney(v);
    case "percent":
      return `${(v * 100).toFixed(Math.abs(v) < 0.1 && v !== 0 ? 1 : 0)} %`;
    case "ratio":
      // Significant digits below 1: a KPI counted in units per dollar has ROIs like 0.004×, which one decimal prints
      // as 0.0×, the same as no effect.
      return formatRatio(v, 1);
    case "decimal":
      return v.toFixed(2);
    default:
      return formatNumber(v);
  }
}

/**
 * Labels for one axis's ticks: one unit and the fewest decimals that tell the ticks apart, so a 0.25-step axis reads
 * 1.25 (not "1.3") and no two ticks share a label (`formatValue` rounds each value on its own).
 */
export function tickTexts(ticks: number[], format: ValueFormat): string[] {
  const signed = (s: string) => s.replace(/^-/, MINUS);
  switch (format) {
    case "money":
      return ticks.map(compactTickFormatter(ticks, "$"));
    case "percent": {
      const d = tickDecimals(ticks.map((t) => t * 100));
      return ticks.map((t) => signed(`${(t * 100).toFixed(d)} %`));
    }
    case "ratio": {
      const d = tickDecimals(ticks);
      return ticks.map((t) => signed(`${t.toFixed(d)}×`));
    }
    case "decimal": {
      const d = tickDecimals(ticks);
      return ticks.map((t) => signed(t.toFixed(d)));
    }
    default:
      return ticks.map(compactTickFormatter(ticks));
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function dateLabel(iso: string, spanDays: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  return spanDays > 400 ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]}`;
}

type Scale = (v: number) => number;
const linear =
  (d0: number, d1: number, r0: number, r1: number): Scale =>
  (v) =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);

/**
 * The primitives of a chart in a width × height box.
 * @throws {Error} when the box is not positive.
 * @example layoutChart({ kind: "intervals", rows: [{ label: "search", value: 2, low: 1.5, high: 2.6 }], format: "ratio" }, 300, 120)
 */
export function layoutChart(spec: ChartSpec, width: number, height: number): Primitive[] {
  if (!(width > 0 && height > 0)) throw new Error(`layoutChart: the box must be positive, got ${width} × ${height}`);
  if (spec.kind === "xy") return layoutXY(spec, width, height);
  if (spec.kind === "intervals") return layoutIntervals(spec, width, height);
  return layoutBars(spec, width, height);
}

function legendRow(items: { name: string; color: string; dashed?: boolean }[], width: number, y: number): { prims: Primitive[]; height: number } {
  const prims: Primitive[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = 14 + textWidth(item.name, LABEL_SIZE) + 10;
    if (x + w > width && x > 0) {
      x = 0;
      row++;
    }
    const cy = y + row * 11 + 5;
    prims.push({ t: "line", x1: x, y1: cy, x2: x + 10, y2: cy, color: item.color, width: 2.5, dash: item.dashed ? [3, 2] : undefined });
    prims.push({ t: "text", x: x + 13, y: cy, text: item.name, size: LABEL_SIZE, color: INK, anchor: "start" });
    x += w;
  }
  return { prims, height: items.length ? (row + 1) * 11 + 3 : 0 };
}

function layoutXY(spec: XYChart, width: number, height: number): Primitive[] {
  const prims: Primitive[] = [];
  const named = spec.series.filter((s) => !s.name.startsWith("_"));
  const legend =
    spec.legend === false
      ? { prims: [], height: 0 }
      : legendRow(
          named.map((s) => ({ name: s.name, color: s.color, dashed: s.type === "line" && s.dashed })),
          width,
          0,
        );
  prims.push(...legend.prims);

  const ys: number[] = [];
  const xs: number[] = [];
  for (const s of spec.series) {
    for (const p of s.points) {
      xs.push(p[0]);
      for (let k = 1; k < p.length; k++) if (Number.isFinite(p[k])) ys.push(p[k]);
    }
  }
  let yMin = spec.y.min ?? Math.min(...ys);
  let yMax = spec.y.max ?? Math.max(...ys);
  if (spec.y.includeZero) {
    yMin = Math.min(0, yMin);
    yMax = Math.max(0, yMax);
  }
  const yTicks = niceTicks(yMin, yMax, Math.max(2, Math.round((height - legend.height) / 40)));
  const y0 = spec.y.min ?? yTicks[0];
  const y1 = spec.y.max ?? yTicks[yTicks.length - 1];
  const yShown = yTicks.filter((t) => t >= y0 - 1e-9 && t <= y1 + 1e-9);
  const yTexts = tickTexts(yShown, spec.y.format);
  const yLabels = yShown.map((t, i) => ({ t, text: yTexts[i] }));

  const isDate = spec.x.format === "date";
  const x0 = spec.x.min ?? (isDate ? 0 : Math.min(...xs));
  const x1 = spec.x.max ?? (isDate ? Math.max(0, (spec.x.dates?.length ?? 1) - 1) : Math.max(...xs));

  const axisLabelW = spec.y.label ? 10 : 0;
  const left = axisLabelW + Math.max(...yLabels.map((l) => textWidth(l.text, TICK_SIZE)), 10) + 5;
  const right = 8;
  const top = legend.height + 4;
  const bottom = 12 + (spec.x.label ? 10 : 0);
  const plotW = Math.max(10, width - left - right);
  const plotH = Math.max(10, height - top - bottom);
  const sx = linear(x0, x1, left, left + plotW);
  const sy = linear(y0, y1, top + plotH, top);
  const cy = (v: number) => Math.max(top, Math.min(top + plotH, sy(v)));

  for (const l of yLabels) {
    const y = sy(l.t);
    prims.push({ t: "line", x1: left, y1: y, x2: left + plotW, y2: y, color: l.t === 0 ? AXIS : GRID, width: l.t === 0 ? 0.8 : 0.5 });
    prims.push({ t: "text", x: left - 4, y, text: l.text, size: TICK_SIZE, color: AXIS, anchor: "end" });
  }
  if (spec.y.label) prims.push({ t: "text", x: 4, y: top + plotH / 2, text: spec.y.label, size: TICK_SIZE, color: AXIS, anchor: "middle", rotate: -90 });
  prims.push({ t: "line", x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH, color: AXIS, width: 0.8 });

  // x ticks
  const xTickY = top + plotH + 7;
  if (isDate && spec.x.dates?.length) {
    const dates = spec.x.dates;
    const span = (Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])) / 86_400_000;
    const labelW = textWidth("Nov 2025", TICK_SIZE) + 8;
    const count = Math.max(2, Math.min(8, Math.floor(plotW / labelW)));
    const step = Math.max(1, Math.ceil((x1 - x0) / (count - 1)));
    for (let i = Math.ceil(x0); i <= x1; i += step) {
      const d = dates[i];
      if (!d) continue;
      const x = sx(i);
      prims.push({ t: "line", x1: x, y1: top + plotH, x2: x, y2: top + plotH + 2.5, color: AXIS, width: 0.6 });
      prims.push({ t: "text", x, y: xTickY, text: dateLabel(d, span), size: TICK_SIZE, color: AXIS, anchor: "middle" });
    }
  } else {
    const xf = (spec.x.format === "date" ? "number" : spec.x.format) as ValueFormat;
    const labelW = Math.max(...[x0, x1].map((v) => textWidth(formatValue(v, xf), TICK_SIZE))) + 10;
    const ticks = niceTicks(x0, x1, Math.max(2, Math.min(8, Math.floor(plotW / labelW)))).filter((t) => t >= x0 - 1e-9 && t <= x1 + 1e-9);
    const xTexts = tickTexts(ticks, xf);
    ticks.forEach((t, i) => {
      const x = sx(t);
      prims.push({ t: "line", x1: x, y1: top + plotH, x2: x, y2: top + plotH + 2.5, color: AXIS, width: 0.6 });
      prims.push({ t: "text", x, y: xTickY, text: xTexts[i], size: TICK_SIZE, color: AXIS, anchor: "middle" });
    });
  }
  if (spec.x.label) prims.push({ t: "text", x: left + plotW / 2, y: height - 4, text: spec.x.label, size: TICK_SIZE, color: AXIS, anchor: "middle" });

  for (const s of spec.series) {
    if (s.type === "band") {
      const pts = s.points.filter((p) => Number.isFinite(p[1]) && Number.isFinite(p[2]));
      if (pts.length < 2) continue;
      const poly: [number, number][] = [
        ...pts.map((p) => [sx(p[0]), cy(p[1])] as [number, number]),
        ...[...pts].reverse().map((p) => [sx(p[0]), cy(p[2])] as [number, number]),
      ];
      prims.push({ t: "poly", points: poly, fill: s.color, opacity: s.opacity ?? 0.2, close: true });
    }
  }
  for (const s of spec.series) {
    if (s.type === "line") {
      const pts = s.points.filter((p) => Number.isFinite(p[1])).map((p) => [sx(p[0]), cy(p[1])] as [number, number]);
      if (pts.length >= 2) prims.push({ t: "poly", points: pts, stroke: s.color, width: s.width ?? 1.4, dash: s.dashed ? [3, 2] : undefined });
    } else if (s.type === "dots") {
      for (const p of s.points)
        if (Number.isFinite(p[1])) prims.push({ t: "circle", cx: sx(p[0]), cy: cy(p[1]), r: s.radius ?? 2.5, fill: s.color, stroke: "#ffffff" });
    }
  }
  for (const m of spec.markers ?? []) {
    const x = sx(m.x);
    prims.push({ t: "line", x1: x, y1: top, x2: x, y2: top + plotH, color: AXIS, width: 0.8, dash: [2, 2] });
    prims.push({ t: "text", x: x + 3, y: top + 5, text: m.label, size: TICK_SIZE, color: AXIS, anchor: "start" });
  }
  return prims;
}

function layoutIntervals(spec: IntervalChart, width: number, height: number): Primitive[] {
  const prims: Primitive[] = [];
  const rows = spec.rows;
  const labelW = Math.max(...rows.map((r) => textWidth(r.label, LABEL_SIZE)), 10) + 6;
  const valueTexts = rows.map((r) => `${formatValue(r.value, spec.format)} (${formatValue(r.low, spec.format)}–${formatValue(r.high, spec.format)})`);
  const valueW = Math.max(...valueTexts.map((t) => textWidth(t, TICK_SIZE)), 10) + 6;
  const top = 4;
  const bottom = 12 + (spec.xLabel ? 10 : 0);
  const left = labelW;
  const plotW = Math.max(10, width - left - valueW);
  const plotH = Math.max(10, height - top - bottom);
  const values = rows.flatMap((r) => [r.low, r.high, r.value]).filter(Number.isFinite);
  if (spec.reference) values.push(spec.reference.value);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(...values), Math.max(2, Math.floor(plotW / 45)));
  const sx = linear(ticks[0], ticks[ticks.length - 1], left, left + plotW);
  const rowH = plotH / Math.max(1, rows.length);
  const tickLabels = tickTexts(ticks, spec.format);
  ticks.forEach((t, i) => {
    const x = sx(t);
    prims.push({ t: "line", x1: x, y1: top, x2: x, y2: top + plotH, color: t === 0 ? AXIS : GRID, width: t === 0 ? 0.8 : 0.5 });
    prims.push({ t: "text", x, y: top + plotH + 7, text: tickLabels[i], size: TICK_SIZE, color: AXIS, anchor: "middle" });
  });
  if (spec.xLabel) prims.push({ t: "text", x: left + plotW / 2, y: height - 4, text: spec.xLabel, size: TICK_SIZE, color: AXIS, anchor: "middle" });
  if (spec.reference) {
    const x = sx(spec.reference.value);
    prims.push({ t: "line", x1: x, y1: top, x2: x, y2: top + plotH, color: "#D55E00", width: 0.8, dash: [3, 2] });
  }
  rows.forEach((r, i) => {
    const y = top + rowH * (i + 0.5);
    const color = r.color ?? "#0072B2";
    prims.push({ t: "text", x: left - 6, y, text: r.label, size: LABEL_SIZE, color: INK, anchor: "end" });
    if (Number.isFinite(r.low) && Number.isFinite(r.high)) {
      const cap = Math.min(4, rowH * 0.3);
      prims.push({ t: "line", x1: sx(r.low), y1: y, x2: sx(r.high), y2: y, color, width: 1.2 });
      prims.push({ t: "line", x1: sx(r.low), y1: y - cap, x2: sx(r.low), y2: y + cap, color, width: 1.2 });
      prims.push({ t: "line", x1: sx(r.high), y1: y - cap, x2: sx(r.high), y2: y + cap, color, width: 1.2 });
    }
    if (Number.isFinite(r.value)) prims.push({ t: "circle", cx: sx(r.value), cy: y, r: Math.min(3, rowH * 0.3), fill: color });
    prims.push({ t: "text", x: width, y, text: valueTexts[i], size: TICK_SIZE, color: AXIS, anchor: "end" });
  });
  return prims;
}

function layoutBars(spec: GroupedBarChart, width: number, height: number): Primitive[] {
  const prims: Primitive[] = [];
  const legend = legendRow(
    spec.groups.map((g) => ({ name: g.name, color: g.color })),
    width,
    0,
  );
  prims.push(...legend.prims);
  const all = spec.groups.flatMap((g) => g.values).filter(Number.isFinite);
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all), Math.max(2, Math.round(height / 40)));
  const labels = tickTexts(ticks, spec.format);
  const left = (spec.yLabel ? 10 : 0) + Math.max(...labels.map((l) => textWidth(l, TICK_SIZE))) + 5;
  const top = legend.height + 4;
  const bottom = 14;
  const plotW = Math.max(10, width - left - 4);
  const plotH = Math.max(10, height - top - bottom);
  const sy = linear(ticks[0], ticks[ticks.length - 1], top + plotH, top);
  ticks.forEach((t, i) => {
    const y = sy(t);
    prims.push({ t: "line", x1: left, y1: y, x2: left + plotW, y2: y, color: t === 0 ? AXIS : GRID, width: t === 0 ? 0.8 : 0.5 });
    prims.push({ t: "text", x: left - 4, y, text: labels[i], size: TICK_SIZE, color: AXIS, anchor: "end" });
  });
  if (spec.yLabel) prims.push({ t: "text", x: 4, y: top + plotH / 2, text: spec.yLabel, size: TICK_SIZE, color: AXIS, anchor: "middle", rotate: -90 });
  const slot = plotW / Math.max(1, spec.categories.length);
  const barW = (slot * 0.75) / Math.max(1, spec.groups.length);
  spec.categories.forEach((c, ci) => {
    const x0 = left + slot * ci + slot * 0.125;
    spec.groups.forEach((g, gi) => {
      const v = g.values[ci];
      if (!Number.isFinite(v)) return;
      const ya = sy(Math.max(0, v));
      const yb = sy(Math.min(0, v));
      prims.push({ t: "rect", x: x0 + gi * barW, y: ya, w: Math.max(0.5, barW - 0.8), h: Math.max(0.3, yb - ya), fill: g.color });
    });
    const maxChars = Math.max(3, Math.floor(slot / (TICK_SIZE * CHAR_WIDTH)));
    prims.push({
      t: "text",
      x: left + slot * (ci + 0.5),
      y: top + plotH + 7,
      text: c.length > maxChars ? `${c.slice(0, maxChars - 1)}…` : c,
      size: TICK_SIZE,
      color: AXIS,
      anchor: "middle",
    });
  });
  return prims;
}
