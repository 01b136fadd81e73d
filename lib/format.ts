/**
 * Number formatting at the edge (pages, CSV exports): money keeps its currency, large numbers get compact units,
 * and missing values show as an em dash instead of "NaN".
 */
export const CURRENCY = "USD";

const compactMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: CURRENCY, notation: "compact", maximumFractionDigits: 1 });
const fullMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: CURRENCY, maximumFractionDigits: 0 });
const preciseMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: CURRENCY, minimumFractionDigits: 2, maximumFractionDigits: 2 });
const compactNumber = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const fullNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

const ok = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

export function formatMoney(v: number | null | undefined, style: "compact" | "full" | "precise" = "compact"): string {
  if (!ok(v)) return "—";
  return (style === "compact" ? compactMoney : style === "full" ? fullMoney : preciseMoney).format(v);
}

export function formatNumber(v: number | null | undefined, style: "compact" | "full" = "compact"): string {
  if (!ok(v)) return "—";
  return (style === "compact" ? compactNumber : fullNumber).format(v);
}

/** A fraction (0.123) as a percentage ("12.3 %"). */
export function formatPercent(v: number | null | undefined, digits = 1): string {
  if (!ok(v)) return "—";
  return `${(v * 100).toFixed(digits)} %`;
}

/** A ratio like ROI or ROAS ("2.35×"). */
export function formatRatio(v: number | null | undefined, digits = 2): string {
  if (!ok(v)) return "—";
  return `${v.toFixed(digits)}×`;
}

export function formatSignedPercent(v: number | null | undefined, digits = 1): string {
  if (!ok(v)) return "—";
  return `${v >= 0 ? "+" : "−"}${Math.abs(v * 100).toFixed(digits)} %`;
}
