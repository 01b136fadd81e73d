/**
 * Pareto utilities for the multi-objective hyperparameter search (Deb et al. 2002, NSGA-II: fast
 * non-dominated sort and crowding distance). All objectives are minimised.
 */

/** True if a is no worse than b in every objective and strictly better in at least one. */
export function dominates(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let strictly = false;
  for (let k = 0; k < a.length; k++) {
    if (a[k] > b[k]) return false;
    if (a[k] < b[k]) strictly = true;
  }
  return strictly;
}

/** Fronts of indices: fronts[0] is the non-dominated set, fronts[1] the next layer, … */
export function nonDominatedSort(points: ArrayLike<number>[]): number[][] {
  const n = points.length;
  const dominatedBy = new Int32Array(n);
  const dominating: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (dominates(points[i], points[j])) {
        dominating[i].push(j);
        dominatedBy[j]++;
      } else if (dominates(points[j], points[i])) {
        dominating[j].push(i);
        dominatedBy[i]++;
      }
    }
  const fronts: number[][] = [];
  let current = [];
  for (let i = 0; i < n; i++) if (dominatedBy[i] === 0) current.push(i);
  while (current.length) {
    fronts.push(current);
    const next: number[] = [];
    for (const i of current) for (const j of dominating[i]) if (--dominatedBy[j] === 0) next.push(j);
    current = next;
  }
  return fronts;
}

/** Crowding distance of each member of one front (boundary points get +∞), used to keep the front spread. */
export function crowdingDistance(points: ArrayLike<number>[], front: number[]): Float64Array {
  const d = new Float64Array(front.length);
  if (front.length === 0) return d;
  const m = points[front[0]].length;
  const order = front.map((_, i) => i);
  for (let k = 0; k < m; k++) {
    order.sort((a, b) => points[front[a]][k] - points[front[b]][k]);
    const lo = points[front[order[0]]][k],
      hi = points[front[order[order.length - 1]]][k];
    d[order[0]] = d[order[order.length - 1]] = Number.POSITIVE_INFINITY;
    if (hi - lo <= 0) continue;
    for (let i = 1; i < order.length - 1; i++) d[order[i]] += (points[front[order[i + 1]]][k] - points[front[order[i - 1]]][k]) / (hi - lo);
  }
  return d;
}

/**
 * Index of the front member closest to the utopia point after min–max normalising each objective over the
 * front (Robyn's default model pick). `weights` scale the normalised objectives (1 each by default).
 */
export function closestToUtopia(points: ArrayLike<number>[], front: number[], weights?: number[]): number {
  const m = points[front[0]].length;
  const lo = new Array(m).fill(Infinity),
    hi = new Array(m).fill(-Infinity);
  for (const i of front)
    for (let k = 0; k < m; k++) {
      lo[k] = Math.min(lo[k], points[i][k]);
      hi[k] = Math.max(hi[k], points[i][k]);
    }
  let best = front[0],
    bestD = Infinity;
  for (const i of front) {
    let d = 0;
    for (let k = 0; k < m; k++) {
      const v = hi[k] > lo[k] ? (points[i][k] - lo[k]) / (hi[k] - lo[k]) : 0;
      d += (weights?.[k] ?? 1) * v * v;
    }
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
