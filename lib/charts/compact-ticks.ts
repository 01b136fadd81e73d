import { compactUnit, MINUS } from "../format";
import { tickDecimals } from "./nice-ticks";

/**
 * Labels for an axis of money (prefix "$") or counts whose ticks the caller chose (`niceTicks`): the compact unit of
 * the largest tick ("K", "M") for all of them, with the fewest decimals that tell them apart. `formatMoney`'s one
 * decimal prints the 1.25M tick of a 0.25M-step axis as "$1.3M" and two ticks 25K apart as the same "$2.1M".
 */
export function compactTickFormatter(ticks: number[], prefix = ""): (v: number) => string {
  const top = Math.max(0, ...ticks.map(Math.abs));
  const [div, suffix] = compactUnit(top);
  const decimals = tickDecimals(ticks.map((t) => t / div));
  return (v: number) => {
    if (v === 0) return `${prefix}0`;
    const text = `${prefix}${Math.abs(v / div).toFixed(decimals)}${suffix}`;
    return v < 0 && Math.abs(v / div) >= 0.5 * 10 ** -decimals ? `${MINUS}${text}` : text;
  };
}
