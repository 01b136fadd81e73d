import { Matrix, inverse } from "ml-matrix";
import type { BacktestFold, IntervalForecast } from "./types";

/**
 * Coherent forecasts for the channel × region hierarchy: bottom series "channel|region",
 * channel totals "channel|all", region totals "all|region" and the grand total "total".
 * Linear reconciliation ỹ = S·G·ŷ (Hyndman et al. 2011; Wickramasuriya, Athanasopoulos &
 * Hyndman 2019) with
 *  - "bottom-up": G picks the bottom forecasts (aggregates are their sums) — the default, used
 *    by the app because it keeps each bottom series' own chosen model;
 *  - "ols": G = (SᵀS)⁻¹Sᵀ;
 *  - "mint-shrink": G = (SᵀW⁻¹S)⁻¹SᵀW⁻¹ with W the backtest-residual covariance shrunk toward
 *    its diagonal (Schäfer & Strimmer 2005 intensity).
 * Intervals: each node keeps its base interval widths, re-centred on the reconciled mean (the
 * means add up exactly; quantiles of sums do not add, so bounds are not summed).
 */
export type ReconcileMethod = "bottom-up" | "ols" | "mint-shrink";

export const TOTAL_KEY = "total";
export const ALL = "all";

export type Hierarchy = {
  /** every node, aggregates first: total, channel totals, region totals, then bottom */
  nodes: string[];
  bottom: string[];
  /** summing matrix, nodes × bottom */
  S: number[][];
};

export function splitBottomKey(key: string): [string, string] {
  const parts = key.split("|");
  if (parts.length !== 2 || !parts[0] || !parts[1] || parts.includes(ALL)) {
    throw new Error(`buildHierarchy: bottom key "${key}" must be "channel|region"`);
  }
  return [parts[0], parts[1]];
}

export function buildHierarchy(bottomKeys: string[]): Hierarchy {
  if (bottomKeys.length === 0) throw new Error("buildHierarchy: no bottom series");
  if (new Set(bottomKeys).size !== bottomKeys.length) throw new Error("buildHierarchy: duplicate bottom keys");
  const bottom = [...bottomKeys].sort();
  const pairs = bottom.map(splitBottomKey);
  const channels = [...new Set(pairs.map((p) => p[0]))].sort();
  const regions = [...new Set(pairs.map((p) => p[1]))].sort();
  const nodes = [TOTAL_KEY, ...channels.map((c) => `${c}|${ALL}`), ...regions.map((r) => `${ALL}|${r}`), ...bottom];
  const S = nodes.map((node) => {
    if (node === TOTAL_KEY) return bottom.map(() => 1);
    const [c, r] = node.split("|");
    return pairs.map(([bc, br]) => ((c === ALL || c === bc) && (r === ALL || r === br) ? 1 : 0));
  });
  return { nodes, bottom, S };
}

/** Bottom-up: every aggregate is the sum of its bottom series. */
export function reconcileBottomUp(bottomForecasts: Record<string, number[]>): Record<string, number[]> {
  const h = buildHierarchy(Object.keys(bottomForecasts));
  const len = bottomForecasts[h.bottom[0]].length;
  for (const k of h.bottom) {
    if (bottomForecasts[k].length !== len) throw new Error(`reconcileBottomUp: "${k}" has ${bottomForecasts[k].length} steps, expected ${len}`);
  }
  return Object.fromEntries(
    h.nodes.map((node, i) => [node, Array.from({ length: len }, (_, t) => h.S[i].reduce((s, w, j) => s + (w ? bottomForecasts[h.bottom[j]][t] : 0), 0))]),
  );
}

/** Schäfer–Strimmer shrinkage of the residual covariance toward its diagonal. */
export function shrinkCovariance(residuals: number[][]): { W: number[][]; lambda: number } {
  const T = residuals.length;
  const p = residuals[0].length;
  if (T < 3) throw new Error(`shrinkCovariance: need at least 3 residual rows, got ${T}`);
  const mean = Array.from({ length: p }, (_, j) => residuals.reduce((s, r) => s + r[j], 0) / T);
  const sd = Array.from({ length: p }, (_, j) => Math.sqrt(residuals.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / (T - 1)) || 1);
  const z = residuals.map((r) => r.map((v, j) => (v - mean[j]) / sd[j]));
  let num = 0;
  let den = 0;
  const W = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      const w = z.map((r) => r[i] * r[j]);
      const wBar = w.reduce((a, b) => a + b, 0) / T;
      const rij = (T / (T - 1)) * wBar;
      if (i !== j) {
        num += (T / (T - 1) ** 3) * w.reduce((s, v) => s + (v - wBar) ** 2, 0);
        den += rij * rij;
      }
      W[i][j] = rij * sd[i] * sd[j];
    }
  }
  const lambda = den > 0 ? Math.min(1, Math.max(0, num / den)) : 1;
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) if (i !== j) W[i][j] *= 1 - lambda;
  return { W, lambda };
}

/** Reconciliation weights G (bottom × nodes). */
export function reconciliationMatrix(h: Hierarchy, method: ReconcileMethod, residuals?: number[][]): Matrix {
  const S = new Matrix(h.S);
  const nAgg = h.nodes.length - h.bottom.length;
  if (method === "bottom-up") {
    return new Matrix(h.bottom.map((_, j) => h.nodes.map((__, i) => (i === nAgg + j ? 1 : 0))));
  }
  const St = S.transpose();
  if (method === "ols") return inverse(St.mmul(S)).mmul(St);
  if (!residuals) throw new Error("reconcile: mint-shrink needs residuals (rows = time, columns = nodes)");
  const Winv = inverse(new Matrix(shrinkCovariance(residuals).W));
  return inverse(St.mmul(Winv).mmul(S)).mmul(St).mmul(Winv);
}

/**
 * Reconcile base forecasts of every node (keys as in `buildHierarchy`). For "bottom-up" only
 * the bottom forecasts are needed. `residuals` (mint-shrink): one row per time point, one column
 * per node in `buildHierarchy(bottom).nodes` order.
 */
export function reconcileForecasts(
  base: Record<string, IntervalForecast>,
  method: ReconcileMethod = "bottom-up",
  residuals?: number[][],
): Record<string, IntervalForecast> {
  const bottomKeys = Object.keys(base).filter((k) => k !== TOTAL_KEY && !k.split("|").includes(ALL));
  const h = buildHierarchy(bottomKeys);
  const missing = method === "bottom-up" ? [] : h.nodes.filter((n) => !base[n]);
  if (missing.length) throw new Error(`reconcile(${method}): missing base forecasts for ${missing.join(", ")}`);
  const first = base[h.bottom[0]];
  const len = first.yhat.length;
  const G = reconciliationMatrix(h, method, residuals);
  const S = new Matrix(h.S);
  const yhat = new Matrix(h.nodes.map((n) => (base[n] ? base[n].yhat : new Array<number>(len).fill(0))));
  const rec = S.mmul(G).mmul(yhat); // nodes × steps
  const out: Record<string, IntervalForecast> = {};
  // An aggregate without its own base forecast gets half-widths √Σ(bottom half-width²) — exact
  // for independent normal bottom errors, too narrow under positive correlation.
  const pooled = (i: number, t: number, lo: "lo80" | "lo95", hi: "hi80" | "hi95") => {
    let lower = 0;
    let upper = 0;
    h.bottom.forEach((k, j) => {
      if (!h.S[i][j]) return;
      lower += (base[k].yhat[t] - base[k][lo][t]) ** 2;
      upper += (base[k][hi][t] - base[k].yhat[t]) ** 2;
    });
    return [Math.sqrt(lower), Math.sqrt(upper)];
  };
  h.nodes.forEach((node, i) => {
    const y = rec.getRow(i);
    const b = base[node];
    const band = (lo: "lo80" | "lo95", hi: "hi80" | "hi95") => {
      const lower = y.map((v, t) => (b ? v - (b.yhat[t] - b[lo][t]) : v - pooled(i, t, lo, hi)[0]));
      const upper = y.map((v, t) => (b ? v + (b[hi][t] - b.yhat[t]) : v + pooled(i, t, lo, hi)[1]));
      return [lower, upper];
    };
    const [lo80, hi80] = band("lo80", "hi80");
    const [lo95, hi95] = band("lo95", "hi95");
    out[node] = { dates: (b ?? first).dates, yhat: y, lo80, hi80, lo95, hi95 };
  });
  return out;
}

/**
 * Residual matrix for "mint-shrink" from each node's backtest folds (e.g. the shown model's
 * `ForecastResult.backtests[model]`): one row per backtest week that every node has, columns in
 * `buildHierarchy(bottom).nodes` order, residual = actual − forecast.
 * @throws when a node has no backtest or the nodes share fewer than 3 weeks
 */
export function backtestResiduals(h: Hierarchy, backtests: Record<string, BacktestFold[]>): number[][] {
  const byNode = h.nodes.map((node) => {
    const folds = backtests[node];
    if (!folds?.length) throw new Error(`backtestResiduals: no backtest for "${node}"`);
    const m = new Map<string, number>();
    for (const f of folds) f.dates.forEach((d, i) => m.set(d, f.actual[i] - f.yhat[i]));
    return m;
  });
  const weeks = [...byNode[0].keys()].filter((d) => byNode.every((m) => m.has(d))).sort();
  if (weeks.length < 3) throw new Error(`backtestResiduals: nodes share ${weeks.length} backtest weeks, need at least 3`);
  return weeks.map((d) => byNode.map((m) => m.get(d)!));
}
