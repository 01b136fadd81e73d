/**
 * Two-sample Kolmogorov–Smirnov test: D = sup_x |F_ref(x) − F_cur(x)| and its asymptotic p-value
 *   p = Q_KS(λ),  λ = (√n_e + 0.12 + 0.11/√n_e) · D,  n_e = n·m/(n+m),
 *   Q_KS(λ) = 2 Σ_{k≥1} (−1)^{k−1} exp(−2k²λ²)
 * (Press et al., Numerical Recipes, 3rd ed., §14.3.3). Exact for large samples; conservative for tiny ones.
 *
 * @throws {Error} ksTwoSample: when either sample is empty
 * @example ksTwoSample([1, 2, 3, 4, 5], [3, 4, 5, 6, 7]).statistic // 0.4
 */
export function kolmogorovQ(lambda: number): number {
  if (lambda < 1e-3) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.max(0, Math.min(1, 2 * sum));
}

export function ksTwoSample(reference: number[], current: number[]): { statistic: number; pValue: number } {
  if (reference.length === 0 || current.length === 0) throw new Error("ksTwoSample: both samples must be non-empty");
  const a = [...reference].sort((x, y) => x - y);
  const b = [...current].sort((x, y) => x - y);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i], b[j]);
    while (i < a.length && a[i] <= x) i++;
    while (j < b.length && b[j] <= x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  const ne = (a.length * b.length) / (a.length + b.length);
  const sq = Math.sqrt(ne);
  return { statistic: d, pValue: kolmogorovQ((sq + 0.12 + 0.11 / sq) * d) };
}
