import { formatMoney } from "@/lib/format";

/**
 * formatMoney for client components. Node's ICU keeps a trailing ".0" in compact notation
 * ("$5.0K", "$0.0") where Chromium drops it ("$5K", "$0"), which breaks hydration; dropping it on
 * both sides gives one text.
 */
export function formatMoneyStable(v: number | null | undefined, style: "compact" | "full" | "precise" = "compact"): string {
  const s = formatMoney(v, style);
  return style === "compact" ? s.replace(/\.0(?=[KMBT]?$)/, "") : s;
}
