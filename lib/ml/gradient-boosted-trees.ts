import { createRng } from "@/lib/math/random";
import { sigmoid } from "./sigmoid";

/**
 * One regression tree as flat arrays (node 0 is the root; feature −1 marks a leaf). `value` is
 * stored for every node, not only leaves, so a prediction can be decomposed along its path
 * (Saabas path contributions) without the training data.
 */
export type RegressionTree = {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
};

/** A fitted gradient-boosted ensemble. Plain JSON: `JSON.parse(JSON.stringify(m))` predicts the same. */
export type GradientBoostedTreesModel = {
  loss: "logistic" | "squared";
  baseScore: number;
  nFeatures: number;
  trees: RegressionTree[];
};

export type GradientBoostedTreesOptions = {
  loss: "logistic" | "squared";
  nTrees?: number;
  maxDepth?: number;
  learningRate?: number;
  /** L2 penalty on leaf values (XGBoost's λ). */
  l2?: number;
  /** Minimum sum of hessians (weighted observations for squared loss) in a child. */
  minChildWeight?: number;
  /** Fraction of rows drawn (without replacement) for each tree; < 1 decorrelates trees. */
  subsample?: number;
  /** Candidate split points per feature (quantiles); 32 keeps fitting fast with little loss. */
  maxBins?: number;
  weights?: readonly number[];
  seed?: number;
};

/**
 * Second-order gradient boosting (XGBoost-style Newton leaves, −G/(H+λ)) on histogram-binned
 * features. Written here rather than using ml-random-forest because we need sample weights for
 * class imbalance, exact per-feature path contributions for the "reasons", a model that is plain
 * JSON, and a predictable fit time on 2 shared cores.
 *
 * Splits send x ≤ threshold left; missing values must be imputed before fitting.
 *
 * @throws {Error} on empty input or mismatched lengths.
 */
export function fitGradientBoostedTrees(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: GradientBoostedTreesOptions,
): GradientBoostedTreesModel {
  const n = x.length;
  if (n === 0) throw new Error("fitGradientBoostedTrees: no rows");
  if (y.length !== n) throw new Error("fitGradientBoostedTrees: x and y differ in length");
  const p = x[0].length;
  const nTrees = options.nTrees ?? 150;
  const maxDepth = options.maxDepth ?? 3;
  const learningRate = options.learningRate ?? 0.08;
  const l2 = options.l2 ?? 1;
  const minChildWeight = options.minChildWeight ?? 1;
  const subsample = options.subsample ?? 0.8;
  const maxBins = options.maxBins ?? 32;
  const w = options.weights ?? new Array<number>(n).fill(1);
  const rng = createRng(options.seed ?? 1);

  // Candidate thresholds per feature: distinct values at evenly spaced quantiles.
  const thresholds: number[][] = [];
  const bins: Uint8Array[] = [];
  for (let j = 0; j < p; j++) {
    const sorted = x.map((r) => r[j]).sort((a, b) => a - b);
    const cuts: number[] = [];
    for (let b = 1; b < maxBins; b++) {
      const v = sorted[Math.min(n - 1, Math.floor((b * n) / maxBins))];
      if (v !== sorted[n - 1] && (cuts.length === 0 || v > cuts[cuts.length - 1])) cuts.push(v);
    }
    thresholds.push(cuts);
    const col = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let b = 0;
      while (b < cuts.length && x[i][j] > cuts[b]) b++;
      col[i] = b;
    }
    bins.push(col);
  }

  let wSum = 0;
  let wy = 0;
  for (let i = 0; i < n; i++) {
    wSum += w[i];
    wy += w[i] * y[i];
  }
  const mean = wy / wSum;
  const baseScore = options.loss === "logistic" ? Math.log(Math.min(1 - 1e-6, Math.max(1e-6, mean)) / (1 - Math.min(1 - 1e-6, Math.max(1e-6, mean)))) : mean;
  const score = new Float64Array(n).fill(baseScore);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const trees: RegressionTree[] = [];

  for (let t = 0; t < nTrees; t++) {
    for (let i = 0; i < n; i++) {
      if (options.loss === "logistic") {
        const prob = sigmoid(score[i]);
        grad[i] = w[i] * (prob - y[i]);
        hess[i] = Math.max(w[i] * prob * (1 - prob), 1e-12);
      } else {
        grad[i] = w[i] * (score[i] - y[i]);
        hess[i] = w[i];
      }
    }
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (subsample >= 1 || rng.next() < subsample) rows.push(i);
    const tree: RegressionTree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const build = (idx: number[], depth: number): number => {
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += grad[i];
        H += hess[i];
      }
      const node = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push((-G / (H + l2)) * learningRate);
      if (depth >= maxDepth || idx.length < 2) return node;
      const parentGain = (G * G) / (H + l2);
      let bestGain = 1e-9;
      let bestFeature = -1;
      let bestBin = -1;
      for (let j = 0; j < p; j++) {
        const nb = thresholds[j].length;
        if (nb === 0) continue;
        const hg = new Float64Array(nb + 1);
        const hh = new Float64Array(nb + 1);
        const col = bins[j];
        for (const i of idx) {
          hg[col[i]] += grad[i];
          hh[col[i]] += hess[i];
        }
        let gl = 0;
        let hl = 0;
        for (let b = 0; b < nb; b++) {
          gl += hg[b];
          hl += hh[b];
          const hr = H - hl;
          if (hl < minChildWeight || hr < minChildWeight) continue;
          const gr = G - gl;
          const gain = (gl * gl) / (hl + l2) + (gr * gr) / (hr + l2) - parentGain;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = j;
            bestBin = b;
          }
        }
      }
      if (bestFeature < 0) return node;
      const leftIdx: number[] = [];
      const rightIdx: number[] = [];
      const col = bins[bestFeature];
      for (const i of idx) (col[i] <= bestBin ? leftIdx : rightIdx).push(i);
      tree.feature[node] = bestFeature;
      tree.threshold[node] = thresholds[bestFeature][bestBin];
      tree.left[node] = build(leftIdx, depth + 1);
      tree.right[node] = build(rightIdx, depth + 1);
      return node;
    };
    build(rows, 0);
    trees.push(tree);
    // Update every row's score, including those left out of this tree's subsample.
    for (let i = 0; i < n; i++) score[i] += treeLeafValue(tree, x[i]);
  }
  return { loss: options.loss, baseScore, nFeatures: p, trees };
}

function treeLeafValue(tree: RegressionTree, row: readonly number[]): number {
  let node = 0;
  while (tree.feature[node] >= 0) node = row[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
  return tree.value[node];
}

/**
 * All trees flattened into typed arrays (child indices made global). Built lazily once per model
 * object and cached, because batch scoring with a discount sweep walks the ensemble ~20k times and
 * typed-array traversal is several times faster than walking the JSON arrays.
 */
type CompiledEnsemble = { roots: Int32Array; feature: Int32Array; threshold: Float64Array; left: Int32Array; right: Int32Array; value: Float64Array };
const compiledCache = new WeakMap<GradientBoostedTreesModel, CompiledEnsemble>();

function compile(model: GradientBoostedTreesModel): CompiledEnsemble {
  const cached = compiledCache.get(model);
  if (cached) return cached;
  const total = model.trees.reduce((s, t) => s + t.feature.length, 0);
  const c: CompiledEnsemble = {
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(total),
    threshold: new Float64Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    value: new Float64Array(total),
  };
  let offset = 0;
  model.trees.forEach((tree, t) => {
    c.roots[t] = offset;
    for (let i = 0; i < tree.feature.length; i++) {
      c.feature[offset + i] = tree.feature[i];
      c.threshold[offset + i] = tree.threshold[i];
      c.left[offset + i] = tree.left[i] + offset;
      c.right[offset + i] = tree.right[i] + offset;
      c.value[offset + i] = tree.value[i];
    }
    offset += tree.feature.length;
  });
  compiledCache.set(model, c);
  return c;
}

/** Raw ensemble output: log-odds for the logistic loss, the prediction itself for squared loss. */
export function gradientBoostedTreesRaw(model: GradientBoostedTreesModel, row: readonly number[]): number {
  const c = compile(model);
  const { feature, threshold, left, right, value, roots } = c;
  let s = model.baseScore;
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t];
    let f = feature[node];
    while (f >= 0) {
      node = row[f] <= threshold[node] ? left[node] : right[node];
      f = feature[node];
    }
    s += value[node];
  }
  return s;
}

/** P(y = 1) for the logistic loss, the regression prediction for squared loss. */
export function predictGradientBoostedTrees(model: GradientBoostedTreesModel, row: readonly number[]): number {
  const raw = gradientBoostedTreesRaw(model, row);
  return model.loss === "logistic" ? sigmoid(raw) : raw;
}

/**
 * Saabas path contributions: along each tree's path, the change in node value at a split is
 * credited to the split's feature. `bias + Σ contributions` equals the raw output exactly, so
 * the parts add up to the prediction (unlike SHAP they are not order-fair, but they are O(depth)
 * per tree, fast enough for batch scoring).
 */
export function gradientBoostedTreesContributions(model: GradientBoostedTreesModel, row: readonly number[]): { bias: number; contributions: number[] } {
  const contributions = new Array<number>(model.nFeatures).fill(0);
  let bias = model.baseScore;
  for (const tree of model.trees) {
    let node = 0;
    bias += tree.value[0];
    while (tree.feature[node] >= 0) {
      const next = row[tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
      contributions[tree.feature[node]] += tree.value[next] - tree.value[node];
      node = next;
    }
  }
  return { bias, contributions };
}

const varyingTreesCache = new WeakMap<GradientBoostedTreesModel, Map<string, Int32Array>>();

/** Trees with at least one split on any of `columns` (cached per model and column set). */
function treesUsing(model: GradientBoostedTreesModel, columns: readonly number[]): Int32Array {
  const key = columns.join(",");
  let perModel = varyingTreesCache.get(model);
  if (!perModel) {
    perModel = new Map();
    varyingTreesCache.set(model, perModel);
  }
  let found = perModel.get(key);
  if (!found) {
    const set = new Set(columns);
    const list: number[] = [];
    model.trees.forEach((tree, t) => {
      if (tree.feature.some((f) => set.has(f))) list.push(t);
    });
    found = Int32Array.from(list);
    perModel.set(key, found);
  }
  return found;
}

/**
 * Raw outputs for one row under several settings of a few columns (a what-if sweep). Trees that
 * never split on those columns give the same leaf for every setting, so they are walked once;
 * only the others are re-walked per setting. Equal to calling gradientBoostedTreesRaw per setting.
 *
 * @param settings one array per setting, values in `columns` order.
 */
export function gradientBoostedTreesRawSweep(
  model: GradientBoostedTreesModel,
  row: readonly number[],
  columns: readonly number[],
  settings: readonly (readonly number[])[],
): number[] {
  const c = compile(model);
  const varying = treesUsing(model, columns);
  const isVarying = new Uint8Array(c.roots.length);
  for (let k = 0; k < varying.length; k++) isVarying[varying[k]] = 1;
  const walk = (r: readonly number[], t: number) => {
    let node = c.roots[t];
    let f = c.feature[node];
    while (f >= 0) {
      node = r[f] <= c.threshold[node] ? c.left[node] : c.right[node];
      f = c.feature[node];
    }
    return c.value[node];
  };
  let constant = model.baseScore;
  for (let t = 0; t < c.roots.length; t++) if (!isVarying[t]) constant += walk(row, t);
  const work = row.slice();
  return settings.map((values) => {
    columns.forEach((j, k) => (work[j] = values[k]));
    let s = constant;
    for (let k = 0; k < varying.length; k++) s += walk(work, varying[k]);
    return s;
  });
}
