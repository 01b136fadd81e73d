/**
 * Number formatting at the edge (pages): money keeps its currency, large numbers get compact units, missing values
 * show as an em dash instead of "NaN", and every negative number carries the same minus sign, U+2212 "−" (Intl
 * writes a hyphen, our signed percentages a true minus; a page mixing the two looked like two kinds of number).
 * CSV files keep plain numbers and never go through these.
 */
export const MINUS = "\u2212";
export const CURRENCY = "USD";

const fullMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: CURRENCY, maximumFractionDigits: 0 });
const preciseMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: CURRENCY, minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "1.50" → "1.5", "2.00" → "2"; whole numbers ("10") unchanged. */
const trimZeros = (x: string) => (x.includes(".") ? x.replace(/0+$/, "").replace(/\.$/, "") : x);

/**
 * Compact notation written by hand: Intl's compact output differs between Node's ICU and browsers ("$5.0K" vs
 * "$5K"), which breaks hydration of server-rendered client components. One decimal (two for axis ticks), trailing
 * zeros dropped.
 */
/** The compact unit of a magnitude: its divisor and suffix ("K", "M", "B", "T"; none below 1,000). */
export function compactUnit(abs: number): [number, string] {
  return abs >= 1e12 ? [1e12, "T"] : abs >= 1e9 ? [1e9, "B"] : abs >= 1e6 ? [1e6, "M"] : abs >= 1e3 ? [1e3, "K"] : [1, ""];
}

function compact(v: number, maxDecimals = 1): string {
  const abs = Math.abs(v);
  const [div, suffix] = compactUnit(abs);
  let x = (abs / div).toFixed(maxDecimals);
  // 999.96K rounds to "1000.0K": carry into the next unit.
  if (Number(x) >= 1000 && suffix !== "T") return compact(Math.sign(v) * 1000 * div, maxDecimals);
  x = trimZeros(x);
  if (div === 1 && abs >= 100) x = Math.round(abs).toString();
  return `${v < 0 ? MINUS : ""}${x}${suffix}`;
}
const fullNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

const ok = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const minus = (s: string) => s.replace(/^-/, MINUS);

/** A signed amount of money: "+$2.7K", "−$310", "±$0". */
export function formatSignedMoney(v: number | null | undefined, style: "compact" | "full" | "precise" = "compact"): string {
  if (!ok(v)) return "—";
  if (Math.abs(v) < 0.005) return "±$0";
  return v > 0 ? `+${formatMoney(v, style)}` : formatMoney(v, style);
}

export function formatMoney(v: number | null | undefined, style: "compact" | "full" | "precise" = "compact"): string {
  if (!ok(v)) return "—";
  if (style === "compact") {
    const c = compact(v);
    return c.startsWith(MINUS) ? `${MINUS}$${c.slice(1)}` : `$${c}`;
  }
  return minus((style === "full" ? fullMoney : preciseMoney).format(v));
}

export function formatNumber(v: number | null | undefined, style: "compact" | "full" = "compact"): string {
  if (!ok(v)) return "—";
  return style === "compact" ? compact(v) : minus(fullNumber.format(v));
}

/**
 * Chart axis ticks: compact like `formatMoney` / `formatNumber`, with up to two decimals (trailing zeros dropped).
 * Recharts' tick steps have two significant digits (0.65M), and one decimal printed the 1.95M tick as "$1.9M".
 */
export function formatMoneyTick(v: number): string {
  if (!ok(v)) return "—";
  const c = compact(v, 2);
  return c.startsWith(MINUS) ? `${MINUS}$${c.slice(1)}` : `$${c}`;
}

export function formatNumberTick(v: number): string {
  return ok(v) ? compact(v, 2) : "—";
}

/** A plain axis tick with up to two decimals, trailing zeros dropped ("2.75", "3"). */
export function formatPlainTick(v: number): string {
  return ok(v) ? minus(trimZeros(v.toFixed(2))) : "—";
}

/** A fraction (0.123) as a percentage ("12.3 %"). */
export function formatPercent(v: number | null | undefined, digits = 1): string {
  if (!ok(v)) return "—";
  return minus(`${(v * 100).toFixed(digits)} %`);
}

/** A ratio like ROI or ROAS ("2.35×"); one below 0.1 keeps two significant digits ("0.00031×"). */
export function formatRatio(v: number | null | undefined, digits = 2): string {
  if (!ok(v)) return "—";
  return minus(`${plainRatio(v, digits)}×`);
}

/**
 * A ratio as plain digits for logs and the CLI ("2.35", "0.00031"). Why the significant digits: a KPI counted in units
 * (sign-ups, activations) per dollar of spend has ROIs like 0.0003, which fixed decimals print as "0.00", the same as a
 * channel with no effect. Below 0.1 every ratio gets significant digits, so an interval reads 0.0042 [0.0026, 0.0075].
 */
export function plainRatio(v: number, digits = 2): string {
  return v !== 0 && Math.abs(v) < 10 ** (1 - digits) ? v.toPrecision(digits) : v.toFixed(digits);
}

export function formatSignedPercent(v: number | null | undefined, digits = 1): string {
  if (!ok(v)) return "—";
  return `${v >= 0 ? "+" : "−"}${Math.abs(v * 100).toFixed(digits)} %`;
}
