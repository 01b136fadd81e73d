/**
 * Maximises Σ_c v_c(x_c) over lo_c ≤ x_c ≤ hi_c with Σ_c x_c = budget ("spend-all") or ≤ budget ("at-most"),
 * for ANY per-channel value functions v_c — increasing or not, concave or S-shaped, e.g. a channel's response
 * curve averaged over bootstrap draws (an average of Hill curves is no Hill curve: it can have several bends) or
 * margin × that curve − spend.
 *
 * Method: dynamic programming over a grid of `gridSteps` equal budget units (exact on the grid for any curves:
 * best[j][r] = max_u best[j−1][r−u] + v_j(lo_j + u·δ)), then a local polish that moves money between pairs of
 * channels (and, "at-most", to or from the unspent remainder) with a step halving from one grid unit to
 * ~1e-9 of the budget while any move helps. The polish can only improve the DP point, so the answer is at least
 * the best grid point and at most a grid unit's worth of curvature away from the continuous optimum of the
 * basin the grid found. Cost O(channels · gridSteps²) for the DP (≈ 0.2 M steps for 6 channels at 250 units).
 */
/**
 * Budget units of the grid. 250 (0.4 % of the budget each) finds the right basin for curves that bend at most a few
 * times, and the polish finishes the job continuously; a finer grid costs O(units²) for nothing measurable.
 */
export const DEFAULT_GRID_STEPS = 250;

export type SeparableProblem = {
  values: ((x: number) => number)[];
  lo: number[];
  hi: number[];
  budget: number;
  mode: "spend-all" | "at-most";
  /** Budget units of the grid (default DEFAULT_GRID_STEPS). */
  gridSteps?: number;
};

export type SeparableSolution = { x: number[]; value: number };

export function maximizeSeparable(problem: SeparableProblem): SeparableSolution {
  const { values, lo, budget, mode } = problem;
  const m = values.length;
  const G = Math.max(10, Math.round(problem.gridSteps ?? DEFAULT_GRID_STEPS));
  const sumLo = lo.reduce((a, b) => a + b, 0);
  const hi = problem.hi.map((h, i) => Math.max(lo[i], Math.min(h, lo[i] + Math.max(0, budget - sumLo))));
  const free = budget - sumLo;
  const x = lo.slice();
  if (!(free > 1e-12 * Math.max(1, budget))) return { x, value: total(values, x) };
  const step = free / G;
  const caps = hi.map((h, i) => Math.min(G, Math.floor((h - lo[i]) / step + 1e-9)));
  // best[r]: best value of the channels so far using exactly r units; choice[j][r]: units channel j took.
  let best = new Float64Array(G + 1).fill(-Infinity);
  best[0] = 0;
  const choice: Int32Array[] = [];
  const table = new Float64Array(G + 1);
  for (let j = 0; j < m; j++) {
    const cap = caps[j];
    for (let u = 0; u <= cap; u++) table[u] = values[j](lo[j] + u * step);
    const next = new Float64Array(G + 1).fill(-Infinity);
    const pick = new Int32Array(G + 1);
    for (let r = 0; r <= G; r++) {
      let b = -Infinity,
        arg = 0;
      const top = Math.min(r, cap);
      for (let u = 0; u <= top; u++) {
        const prev = best[r - u];
        if (prev === -Infinity) continue;
        const v = prev + table[u];
        if (v > b) {
          b = v;
          arg = u;
        }
      }
      next[r] = b;
      pick[r] = arg;
    }
    choice.push(pick);
    best = next;
  }
  let r = G;
  if (mode === "at-most") {
    for (let k = 0; k <= G; k++) if (best[k] > best[r] || best[r] === -Infinity) r = k;
  } else {
    // Caps rounded down can leave the full grid unreachable: take the most units that are reachable.
    while (r > 0 && best[r] === -Infinity) r--;
  }
  for (let j = m - 1; j >= 0; j--) {
    const u = choice[j][r];
    x[j] = lo[j] + u * step;
    r -= u;
  }
  if (mode === "spend-all") {
    // Spread what the grid could not place over the channels with room, in proportion to their room.
    const left = budget - x.reduce((a, b) => a + b, 0);
    const room = x.map((v, i) => Math.max(0, hi[i] - v));
    const totalRoom = room.reduce((a, b) => a + b, 0);
    if (left > 0 && totalRoom > 0) for (let i = 0; i < m; i++) x[i] += Math.min(room[i], (left * room[i]) / totalRoom);
  }
  return polish(problem, x, hi, step);
}

function total(values: ((x: number) => number)[], x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += values[i](x[i]);
  return s;
}

/** Pairwise transfers (and, "at-most", transfers to or from the unspent budget) with a halving step. */
function polish(problem: SeparableProblem, start: number[], hi: number[], gridStep: number): SeparableSolution {
  const { values, lo, budget, mode } = problem;
  const m = values.length;
  const x = start.slice();
  const v = x.map((xi, i) => values[i](xi));
  const tol = 1e-12;
  // Down to 1e-7 of the budget: a cent in a 100,000 budget; finer moves change the plan by nothing anyone spends.
  const floor = 1e-7 * Math.max(budget, 1e-300);
  for (let s = gridStep; s >= floor; s /= 2) {
    for (let sweep = 0; sweep < 50; sweep++) {
      let moved = false;
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < m; j++) {
          if (i === j) continue;
          const d = Math.min(s, x[i] - lo[i], hi[j] - x[j]);
          if (!(d > 0)) continue;
          const vi = values[i](x[i] - d),
            vj = values[j](x[j] + d);
          if (vi + vj > v[i] + v[j] + tol * (Math.abs(v[i]) + Math.abs(v[j]) + 1e-300)) {
            x[i] -= d;
            x[j] += d;
            v[i] = vi;
            v[j] = vj;
            moved = true;
          }
        }
      }
      if (mode === "at-most") {
        let spent = x.reduce((a, b) => a + b, 0);
        for (let i = 0; i < m; i++) {
          const up = Math.min(s, hi[i] - x[i], budget - spent);
          if (up > 0) {
            const vu = values[i](x[i] + up);
            if (vu > v[i] + tol * (Math.abs(v[i]) + 1e-300)) {
              x[i] += up;
              spent += up;
              v[i] = vu;
              moved = true;
              continue;
            }
          }
          const down = Math.min(s, x[i] - lo[i]);
          if (down > 0) {
            const vd = values[i](x[i] - down);
            if (vd > v[i] + tol * (Math.abs(v[i]) + 1e-300)) {
              x[i] -= down;
              spent -= down;
              v[i] = vd;
              moved = true;
            }
          }
        }
      }
      if (!moved) break;
    }
  }
  return { x, value: v.reduce((a, b) => a + b, 0) };
}
