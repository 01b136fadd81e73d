import type { ResponseModel } from "../mmm/types";

/**
 * Default trust region: a channel's planned weekly spend stays inside [dataMin / k, k × dataMax] with
 * k = DEFAULT_EXTRAPOLATE, where dataMin and dataMax are the smallest and largest adstocked weekly spend of the fit
 * window (a steady spend x adstocks to x, so these are the levels between which the data showed the response
 * curve). Above dataMax the curve has no anchor — that extrapolation sent issue 18's plans to a channel's untested
 * top (1.1–6.4× its largest weekly spend). Below dataMin it is anchored only by the Hill form's (0, 0): an always-on
 * channel never seen below 60 % of its mean cannot show what cutting it to zero costs. A channel that went dark has
 * dataMin = 0 and may be cut freely. Chosen with the decision benchmark (bench/README-decisions.md): k = 1.
 */
export const DEFAULT_EXTRAPOLATE = 1;

/**
 * Band around the current spend that holds a channel the fit flagged unidentified (effect indistinguishable from
 * zero): ±HOLD_BAND of its current weekly spend. Its curve is then noise, so the plan neither pours money into it
 * nor cuts it on the strength of that noise; the band still lets the plan trim or add a little.
 * With `cutUnidentified` (the risk-aware revenue and profit plans, whose cuts the safeguard checks against the draws)
 * only the top of the band applies: the channel is never raised above (1 + HOLD_BAND) × its current spend, and may be
 * cut down to its data floor — see allocateBudget for the rule that decides how far.
 */
export const HOLD_BAND = 0.2;

export type GuardedBounds = {
  lo: number[];
  hi: number[];
  /** Per channel: the trust-region cap applied (Infinity = none). */
  cap: number[];
  /** Per channel: held near its current spend because it is unidentified. */
  held: boolean[];
  /** Factor by which the caps had to grow so the budget fits (1 = not widened). */
  widened: number;
};

/**
 * Adds the risk guards to the user's bounds: the trust-region cap (k × dataMax) on every channel that is not locked,
 * and the hold band (current ± HOLD_BAND; with `cutUnidentified` only its top, current × (1 + HOLD_BAND)) on
 * unidentified channels that are neither locked, bounded by the user nor unlocked. A user's explicit bound or lock always wins over a guard. When the guards leave less room than a
 * spend-all budget needs (a budget far above anything spent before), the caps and the hold band's top grow together
 * by the smallest common factor that fits — that spend is then outside the data, and the plan says so.
 */
export function guardBounds(
  model: ResponseModel,
  user: { lo: number[]; hi: number[]; locked: boolean[]; bounded: boolean[] },
  current: number[],
  options: { extrapolate: number; unlockUnidentified: boolean; budget: number; spendAll: boolean; cutUnidentified?: boolean },
): GuardedBounds {
  const n = model.channels.length;
  const k = options.extrapolate;
  const cap = model.channels.map((c, i) => (!user.locked[i] && Number.isFinite(k) && c.dataMax !== undefined && c.dataMax > 0 ? k * c.dataMax : Infinity));
  const floor = model.channels.map((c, i) => (!user.locked[i] && Number.isFinite(k) && c.dataMin !== undefined && c.dataMin > 0 ? c.dataMin / k : 0));
  const held = model.channels.map((c, i) => c.identified === false && !options.unlockUnidentified && !user.locked[i] && !user.bounded[i] && current[i] > 0);
  // User bounds narrow the guards (a user maximum below the floor wins); widening is the extrapolate factor's job.
  const lo = user.lo.map((l, i) => Math.max(l, Math.min(floor[i], user.hi[i])));
  const build = (f: number) => {
    const hi = user.hi.slice();
    for (let i = 0; i < n; i++) {
      if (held[i]) {
        if (!options.cutUnidentified) lo[i] = Math.max(lo[i], (1 - HOLD_BAND) * current[i]);
        hi[i] = Math.min(hi[i], Math.max(lo[i], (1 + HOLD_BAND) * current[i] * f));
      }
      if (Number.isFinite(cap[i])) hi[i] = Math.min(hi[i], Math.max(lo[i], cap[i] * f));
    }
    return hi;
  };
  let widened = 1;
  let hi = build(1);
  const room = (h: number[]) => h.reduce((a, b) => a + b, 0);
  if (options.spendAll && room(hi) < options.budget && room(user.hi) >= options.budget) {
    // Smallest factor that fits, by doubling then bisection (room is non-decreasing in the factor).
    let a = 1,
      b = 2;
    while (room(build(b)) < options.budget && b < 1e12) b *= 2;
    for (let it = 0; it < 60; it++) {
      const m = 0.5 * (a + b);
      if (room(build(m)) >= options.budget) b = m;
      else a = m;
    }
    widened = b;
    hi = build(b);
  }
  return { lo, hi, cap: cap.map((c) => c * widened), held, widened };
}
