import { formatMoney, formatMoneyTick, formatNumber, formatNumberTick, formatPlainTick } from "@/lib/format";

/** A driver or KPI value in its unit: money for USD units, "12.5 %" for percentages, compact numbers otherwise. */
export function formatInUnit(v: number | null | undefined, unit: string): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return "—";
  if (unit.startsWith("USD")) return formatMoney(v);
  if (unit === "%") return `${v.toFixed(1)} %`;
  if (unit === "index" || unit === "value") return v.toFixed(1);
  return formatNumber(v);
}

/** The same for a chart axis tick: up to two decimals, so Recharts' steps (2.75 %) print as drawn. */
export function formatInUnitTick(v: number, unit: string): string {
  if (!Number.isFinite(v)) return "—";
  if (unit.startsWith("USD")) return formatMoneyTick(v);
  if (unit === "%") return `${formatPlainTick(v)} %`;
  if (unit === "index" || unit === "value") return formatPlainTick(v);
  return formatNumberTick(v);
}

/** A correlation to two decimals with a real minus sign. */
export function formatR(r: number | null | undefined): string {
  if (typeof r !== "number" || !Number.isFinite(r)) return "—";
  return r < 0 ? `−${Math.abs(r).toFixed(2)}` : r.toFixed(2);
}

/** "paid search spend" → "Paid search spend" (labels are lower case inside sentences, capitalised at the start of a cell). */
export const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
