import { adstockWeights, hillShape } from "../math/response-curve";
import type { ChannelResponse } from "../mmm/types";

/**
 * Weekly media response of one channel along a spend path that joins the past and a plan:
 *
 *   spend_t = past (oldest first, ending the week before the plan) ‖ plan (H weeks) ‖ 0 for `tailWeeks` weeks
 *   a_t     = Σ_{l=0..L} w_l · spend_{t−l}          (lib/mmm's normalised lag weights; before the past: 0)
 *   m_t     = beta · a_t^alpha / (a_t^alpha + gamma^alpha)
 *
 * So week 1 of the plan still carries the adstock of the spend made before it (carryover in), and the weeks after
 * the plan carry the plan's own spend (the tail, with no spend after the plan). Spend before the first week of
 * `past` is taken as 0, the same convention as the fit (lib/math/response-curve.ts applyAdstock).
 *
 * Units: spend in currency per week, response in the model's KPI per week.
 * @param fromPast how many of the last weeks of `past` to return as well (their m_t, for anchoring a forecast)
 * @returns `past` (the last `fromPast` weeks of the past), `plan` (H weeks), `tail` (tailWeeks weeks)
 * @throws naming the function when a spend is negative or not finite
 * @example channelMediaPath(ch, [70, 70], [0, 140], { tailWeeks: 2 }).plan
 */
export function channelMediaPath(
  channel: Pick<ChannelResponse, "adstock" | "saturation">,
  past: ArrayLike<number>,
  plan: ArrayLike<number>,
  options: { tailWeeks?: number; fromPast?: number; weights?: ArrayLike<number> } = {},
): { past: number[]; plan: number[]; tail: number[] } {
  const tailWeeks = options.tailWeeks ?? 0;
  const fromPast = Math.min(options.fromPast ?? 0, past.length);
  if (!Number.isInteger(tailWeeks) || tailWeeks < 0) throw new Error(`channelMediaPath: tailWeeks must be a whole number ≥ 0, got ${tailWeeks}`);
  for (const [what, xs] of [
    ["past", past],
    ["plan", plan],
  ] as const) {
    for (let i = 0; i < xs.length; i++) {
      if (!(Number.isFinite(xs[i]) && xs[i] >= 0))
        throw new Error(`channelMediaPath: ${what} spend of week ${i + 1} must be a non-negative number, got ${xs[i]}`);
    }
  }
  const w = options.weights ?? adstockWeights(channel.adstock);
  const P = past.length,
    H = plan.length;
  const spendAt = (t: number) => (t < 0 ? 0 : t < P ? past[t] : t < P + H ? plan[t - P] : 0);
  const { alpha, gamma, beta } = channel.saturation;
  const response = (t: number) => {
    let a = 0;
    for (let l = 0; l < w.length; l++) a += w[l] * spendAt(t - l);
    return beta * hillShape(a, alpha, gamma);
  };
  const out = { past: [] as number[], plan: [] as number[], tail: [] as number[] };
  for (let t = P - fromPast; t < P; t++) out.past.push(response(t));
  for (let t = P; t < P + H; t++) out.plan.push(response(t));
  for (let t = P + H; t < P + H + tailWeeks; t++) out.tail.push(response(t));
  return out;
}

/** Weekly response of every week of a spend series (spend before it = 0), as the fit decomposes the history. */
export function channelMediaHistory(channel: Pick<ChannelResponse, "adstock" | "saturation">, spend: ArrayLike<number>): number[] {
  return channelMediaPath(channel, spend, [], { fromPast: spend.length }).past;
}
