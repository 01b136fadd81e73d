import { formatMoney, formatPercent, formatRatio } from "../format";

/** "$1.2M – $3.4M" style ranges and signed changes for report text and tables (U+2212 for minus). */
export const moneyRange = (low: number | null | undefined, high: number | null | undefined) => `${formatMoney(low)} – ${formatMoney(high)}`;
export const ratioRange = (low: number | null | undefined, high: number | null | undefined) => `${formatRatio(low)} – ${formatRatio(high)}`;
export function signedMoney(v: number | null | undefined): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return "—";
  if (Math.abs(v) < 0.5) return "±$0";
  return `${v > 0 ? "+" : "−"}${formatMoney(Math.abs(v))}`;
}
export function signedPercent(v: number | null | undefined, digits = 1): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return "—";
  return `${v >= 0 ? "+" : "−"}${formatPercent(Math.abs(v), digits)}`;
}
export const isoMinute = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "—");
