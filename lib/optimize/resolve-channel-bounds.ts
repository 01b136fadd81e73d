import type { ResponseModel } from "../mmm/types";
import { formatAmount, OptimizeError } from "./optimize-error";
import type { ChannelBounds } from "./optimize-types";

export type ResolvedBounds = { lo: number[]; hi: number[]; locked: boolean[] };

function finiteNonNegative(value: number | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new OptimizeError("INVALID_BOUNDS", `${what} must be a non-negative number, got ${value}`);
  }
  return value;
}

/**
 * Turns user bounds (absolute or ± % of current weekly spend) and locks into per-channel [lo, hi]
 * weekly spend intervals in model channel order. hi may be +∞ (unbounded channel).
 * @throws {OptimizeError} UNKNOWN_CHANNEL for a name the model does not have; INVALID_BOUNDS for
 *   negative, non-numeric or crossed bounds.
 */
export function resolveChannelBounds(
  model: ResponseModel,
  bounds: Record<string, ChannelBounds> = {},
  lockedSpend: Record<string, number> = {},
): ResolvedBounds {
  const index = new Map(model.channels.map((c, i) => [c.name, i]));
  const known = model.channels.map((c) => c.name).join(", ");
  for (const name of [...Object.keys(bounds), ...Object.keys(lockedSpend)]) {
    if (!index.has(name)) throw new OptimizeError("UNKNOWN_CHANNEL", `unknown channel "${name}" (model channels: ${known})`);
  }
  const n = model.channels.length;
  const lo = new Array<number>(n).fill(0);
  const hi = new Array<number>(n).fill(Infinity);
  const locked = new Array<boolean>(n).fill(false);
  model.channels.forEach((c, i) => {
    const b = bounds[c.name];
    if (b) {
      const current = c.meanWeeklySpend;
      const min = finiteNonNegative(b.min, `min for "${c.name}"`);
      const max = finiteNonNegative(b.max, `max for "${c.name}"`);
      for (const [key, pct] of [
        ["minPct", b.minPct],
        ["maxPct", b.maxPct],
      ] as const) {
        if (pct !== undefined && (typeof pct !== "number" || !Number.isFinite(pct) || pct < -100)) {
          throw new OptimizeError("INVALID_BOUNDS", `${key} for "${c.name}" must be a percent ≥ −100, got ${pct}`);
        }
      }
      if (min !== undefined) lo[i] = Math.max(lo[i], min);
      if (b.minPct !== undefined) lo[i] = Math.max(lo[i], current * (1 + b.minPct / 100));
      if (max !== undefined) hi[i] = Math.min(hi[i], max);
      if (b.maxPct !== undefined) hi[i] = Math.min(hi[i], current * (1 + b.maxPct / 100));
      if (lo[i] > hi[i]) {
        throw new OptimizeError("INVALID_BOUNDS", `bounds for "${c.name}" cross: min ${formatAmount(lo[i])} > max ${formatAmount(hi[i])}`);
      }
    }
    const fixed = lockedSpend[c.name];
    if (fixed !== undefined) {
      if (typeof fixed !== "number" || !Number.isFinite(fixed) || fixed < 0) {
        throw new OptimizeError("INVALID_BOUNDS", `locked spend for "${c.name}" must be a non-negative number, got ${fixed}`);
      }
      lo[i] = fixed;
      hi[i] = fixed;
      locked[i] = true;
    }
  });
  return { lo, hi, locked };
}
