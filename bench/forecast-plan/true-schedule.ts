/**
 * The true optimal weekly schedule of a horizon budget, found without lib/ (the reference the optimizer's schedule
 * is scored against in bench:forecast-plan). Conventions of the generator (bench/decisions/truth-curves.ts):
 * unnormalised adstock weights, Hill on the adstocked spend, spend before the horizon = the case's history.
 *
 * Objective: Σ over the evaluation window (the horizon plus `tail` weeks, no spend after the horizon) of
 * Σ_c beta_c · hill_c(pre_c,t + Σ_l w_c,l · x_c,t−l), pre = the adstock the history carries into week t.
 *
 * Method (independent of lib/optimize's gradient ascent):
 * - one channel, one budget B: every on/off mask of the horizon (2^H − 1 of them) with B spread evenly over its on
 *   weeks, then the best few polished by pairwise transfers between weeks with a shrinking step;
 * - several channels, one budget: that value V_c(B) on a grid of budgets, dynamic programming over channels on the
 *   grid (exact on it), then the whole channels × weeks schedule polished by pairwise transfers between any two cells.
 * Pairwise transfers with a shrinking step end where no single move of money between two cells helps, which for
 * these smooth objectives is a local optimum; starting from the best masks covers the pulsed optima S-curves have.
 */
import { truthHill, type TruthHill } from "../decisions/truth-curves";

export type TruthTiming = { weights: number[]; hill: TruthHill; pre: number[] };

/**
 * A channel's timing problem: its weights, Hill, and the adstock its `history` (oldest first, ending the week before
 * the horizon) carries into each of the `evalWeeks` weeks of the evaluation window.
 */
export function truthTiming(channel: { weights: number[]; hill: TruthHill }, history: ArrayLike<number>, evalWeeks: number): TruthTiming {
  const w = channel.weights;
  const pre = Array.from({ length: evalWeeks }, (_, t) => {
    let a = 0;
    for (let l = t + 1; l < w.length; l++) {
      const j = history.length - (l - t);
      if (j >= 0) a += w[l] * history[j];
    }
    return a;
  });
  return { weights: w, hill: channel.hill, pre };
}

/** True media revenue of one channel's horizon schedule over the evaluation window (weekly values in `weekly` if given). */
export function truthScheduleValue(t: TruthTiming, x: ArrayLike<number>, weekly?: number[]): number {
  let total = 0;
  for (let s = 0; s < t.pre.length; s++) {
    let a = t.pre[s];
    for (let l = 0; l < t.weights.length && l <= s; l++) if (s - l < x.length) a += t.weights[l] * x[s - l];
    const v = truthHill(a, t.hill);
    if (weekly) weekly[s] += v;
    total += v;
  }
  return total;
}

/** Pairwise transfers of money between cells, shrinking the step until no move helps. Mutates and returns x. */
function polish(cells: number[], total: number, value: (x: number[]) => number, base: number, minStep = 1e-7): { x: number[]; value: number } {
  const x = cells;
  let best = base;
  for (let step = total / 4; step > total * minStep; step /= 2) {
    for (let sweep = 0; sweep < 50; sweep++) {
      let improved = false;
      for (let i = 0; i < x.length; i++) {
        for (let j = 0; j < x.length; j++) {
          if (i === j || x[i] <= 0) continue;
          const d = Math.min(step, x[i]);
          x[i] -= d;
          x[j] += d;
          const v = value(x);
          if (v > best * (1 + 1e-13) + 1e-12) {
            best = v;
            improved = true;
          } else {
            x[i] += d;
            x[j] -= d;
          }
        }
      }
      if (!improved) break;
    }
  }
  return { x, value: best };
}

/**
 * Best schedule of one channel for a horizon budget (masks, then polish of the best `polished` of them).
 * @throws if weeks is not 1..16 (2^weeks masks)
 */
export function bestChannelSchedule(t: TruthTiming, weeks: number, budget: number, polished = 4): { x: number[]; value: number } {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 16) throw new Error(`bestChannelSchedule: weeks must be 1..16, got ${weeks}`);
  if (budget <= 0) {
    const x = new Array<number>(weeks).fill(0);
    return { x, value: truthScheduleValue(t, x) };
  }
  const top: { mask: number; value: number }[] = [];
  const x = new Array<number>(weeks);
  for (let mask = 1; mask < 1 << weeks; mask++) {
    let on = 0;
    for (let k = 0; k < weeks; k++) if (mask & (1 << k)) on++;
    for (let k = 0; k < weeks; k++) x[k] = mask & (1 << k) ? budget / on : 0;
    const v = truthScheduleValue(t, x);
    if (top.length < polished || v > top[top.length - 1].value) {
      top.push({ mask, value: v });
      top.sort((a, b) => b.value - a.value);
      if (top.length > polished) top.pop();
    }
  }
  let best: { x: number[]; value: number } | null = null;
  for (const { mask, value } of top) {
    let on = 0;
    for (let k = 0; k < weeks; k++) if (mask & (1 << k)) on++;
    const start = Array.from({ length: weeks }, (_, k) => (mask & (1 << k) ? budget / on : 0));
    const r = polish(start, budget, (y) => truthScheduleValue(t, y), value);
    if (!best || r.value > best.value) best = r;
  }
  return best!;
}

/**
 * Best schedule over channels × weeks for one horizon budget (grid DP over channels on per-channel best values, then
 * a joint pairwise-transfer polish).
 * @returns x[c][week] and the total true media revenue over the evaluation window
 */
export function bestJointSchedule(channels: TruthTiming[], weeks: number, budget: number, grid = 40): { x: number[][]; value: number } {
  const C = channels.length;
  const step = budget / grid;
  const table = channels.map((t) => Array.from({ length: grid + 1 }, (_, j) => bestChannelSchedule(t, weeks, j * step, 2)));
  // value[j]: best total of the first channels with j budget units; pick[c][j]: units channel c takes.
  let value = table[0].map((r) => r.value);
  const picks: number[][] = [value.map((_, j) => j)];
  for (let c = 1; c < C; c++) {
    const next = new Array<number>(grid + 1).fill(-Infinity),
      pick = new Array<number>(grid + 1).fill(0);
    for (let j = 0; j <= grid; j++) {
      for (let i = 0; i <= j; i++) {
        const v = value[j - i] + table[c][i].value;
        if (v > next[j]) {
          next[j] = v;
          pick[j] = i;
        }
      }
    }
    value = next;
    picks.push(pick);
  }
  const units = new Array<number>(C).fill(0);
  let left = grid;
  for (let c = C - 1; c >= 0; c--) {
    units[c] = c === 0 ? left : picks[c][left];
    left -= units[c];
  }
  const start = channels.map((_, c) => table[c][units[c]].x.slice());
  const perChannel = channels.map((t, c) => truthScheduleValue(t, start[c]));
  const flat = start.flat();
  // Only the two channels holding the moved cells change; the others keep their value (perChannel, kept in step).
  const valueAfterMove = (y: number[], i: number, j: number) => {
    const ci = Math.floor(i / weeks),
      cj = Math.floor(j / weeks);
    let total = 0;
    for (let c = 0; c < C; c++) total += c === ci || c === cj ? truthScheduleValue(channels[c], y.slice(c * weeks, (c + 1) * weeks)) : perChannel[c];
    return total;
  };
  const base = perChannel.reduce((a, b) => a + b, 0);
  let best = base;
  const x = flat;
  for (let s = budget / 4; s > budget * 1e-7; s /= 2) {
    for (let sweep = 0; sweep < 50; sweep++) {
      let improved = false;
      for (let i = 0; i < x.length; i++) {
        for (let j = 0; j < x.length; j++) {
          if (i === j || x[i] <= 0) continue;
          const d = Math.min(s, x[i]);
          x[i] -= d;
          x[j] += d;
          const v = valueAfterMove(x, i, j);
          if (v > best * (1 + 1e-13) + 1e-12) {
            best = v;
            improved = true;
            for (const c of new Set([Math.floor(i / weeks), Math.floor(j / weeks)]))
              perChannel[c] = truthScheduleValue(channels[c], x.slice(c * weeks, (c + 1) * weeks));
          } else {
            x[i] += d;
            x[j] -= d;
          }
        }
      }
      if (!improved) break;
    }
  }
  return { x: channels.map((_, c) => x.slice(c * weeks, (c + 1) * weeks)), value: best };
}
