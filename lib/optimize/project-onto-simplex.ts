/**
 * Euclidean projection of v onto { x ≥ 0, Σ x = total } (Duchi, Shalev-Shwartz, Singer & Chandra
 * 2008, sort-based O(n log n)): x_i = max(v_i − τ, 0) with τ chosen so the sum matches.
 * Used by the weekly-schedule optimizer and the benchmark's projected-gradient reference.
 */
export function projectOntoSimplex(v: ArrayLike<number>, total: number, out: number[] = new Array(v.length)): number[] {
  const n = v.length;
  if (total <= 0) {
    for (let i = 0; i < n; i++) out[i] = 0;
    return out;
  }
  const u = Array.from(v).sort((a, b) => b - a);
  let cumulative = 0,
    tau = 0;
  for (let k = 0; k < n; k++) {
    cumulative += u[k];
    const t = (cumulative - total) / (k + 1);
    if (u[k] - t > 0) tau = t;
  }
  for (let i = 0; i < n; i++) out[i] = Math.max(v[i] - tau, 0);
  return out;
}
