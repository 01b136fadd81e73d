import type { AdstockKind, LiftTest, Problem } from "./candidate-model";
import { buildControlColumns, parseIsoDate } from "./design-controls";
import type { MmmInput } from "./model-types";

/**
 * Ridge penalties tried by time-series cross-validation, relative to rows (λ·n·Σb² on standardised
 * controls and RMS-scaled media). Kept small on purpose: CV optimises prediction, and with the larger
 * values it liked (0.05–0.2) the penalty outweighed both the data and lift-test evidence for a channel
 * confounded with seasonality, shrinking its ROI several-fold (demo data: search 0.8 vs a true 3.1).
 */
export const LAMBDA_GRID = [1e-5, 1e-4, 1e-3, 3e-3];

/**
 * Validates the input and precomputes everything that does not depend on the hyperparameters.
 * @throws naming the problem (length mismatch, negative or non-finite spend, unknown lift channel, …)
 */
export function buildProblem(input: MmmInput, kind: AdstockKind, maxLag: number, trend: boolean, seasonality: boolean, harmonics = 2): Problem {
  const n = input.dates.length;
  const fail = (msg: string): never => {
    throw new Error(`fitMarketingMixModel: ${msg}`);
  };
  if (input.kpi.length !== n) fail(`kpi has ${input.kpi.length} values but there are ${n} dates`);
  if (!input.media.length) fail("at least one media channel is required");
  const times = input.dates.map(parseIsoDate);
  for (let t = 1; t < n; t++) if (times[t] <= times[t - 1]) fail(`dates must be strictly increasing (row ${t + 1}: ${input.dates[t]})`);
  input.kpi.forEach((v, t) => Number.isFinite(v) || fail(`kpi is not a finite number in week ${t + 1}`));
  const names = new Set<string>();
  for (const ch of input.media) {
    if (names.has(ch.name)) fail(`duplicate channel "${ch.name}"`);
    names.add(ch.name);
    if (ch.spend.length !== n) fail(`channel "${ch.name}" has ${ch.spend.length} weeks of spend but there are ${n} dates`);
    ch.spend.forEach(
      (v, t) => (Number.isFinite(v) && v >= 0) || fail(`channel "${ch.name}" has ${Number.isFinite(v) ? "negative" : "non-numeric"} spend in week ${t + 1}`),
    );
  }
  for (const c of input.controls ?? []) {
    if (c.values.length !== n) fail(`control "${c.name}" has ${c.values.length} values but there are ${n} dates`);
    c.values.forEach((v, t) => Number.isFinite(v) || fail(`control "${c.name}" is not a finite number in week ${t + 1}`));
  }
  if (input.holidays && input.holidays.length !== n) fail(`holidays has ${input.holidays.length} values but there are ${n} dates`);
  const ctrl = buildControlColumns(input, trend, seasonality, harmonics);
  const q = 1 + ctrl.columns.length,
    m = input.media.length;
  const p = q + m;
  if (n < 26 || n < p + 8) fail(`too few weeks: ${n} weeks for ${p} coefficients (need at least 26 and coefficients + 8)`);

  const y = Float64Array.from(input.kpi);
  let lo = Infinity,
    hi = -Infinity,
    yy = 0;
  for (const v of y) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
    yy += v * v;
  }
  // A constant KPI leaves nothing to explain: every fit is exact at the intercept, R² is 0/0 and the intervals NaN.
  if (hi === lo) fail(`kpi is ${lo} in every week: there is no variation for the model to explain`);
  const media = input.media.map((ch) => {
    const spend = Float64Array.from(ch.spend);
    let total = 0,
      pos = 0,
      count = 0;
    for (const v of spend) {
      total += v;
      if (v > 0) {
        pos += v;
        count++;
      }
    }
    return { name: ch.name, spend, total, scale: count ? pos / count : 1 };
  });
  const totalSpend = media.reduce((s, ch) => s + ch.total, 0);
  const spendShare = media.map((ch) => (totalSpend > 0 ? ch.total / totalSpend : 0));
  const controlMean: number[] = [],
    controlSd: number[] = [];
  const controlZ = ctrl.columns.map((colm) => {
    let s = 0;
    for (const v of colm) s += v;
    const mean = s / n;
    let v2 = 0;
    for (const v of colm) v2 += (v - mean) ** 2;
    const sd = Math.sqrt(v2 / n);
    controlMean.push(mean);
    controlSd.push(sd);
    return Float64Array.from(colm, (v) => (sd > 1e-12 ? (v - mean) / sd : 0));
  });
  // A constant control carries no information beyond the intercept: pin it to zero.
  const controlSigns = ctrl.signs.map((s, i) => (controlSd[i] > 1e-12 ? s : 2));
  const bounds = [0, Math.round(0.55 * n), Math.round(0.7 * n), Math.round(0.85 * n), n];
  const segGram: Float64Array[] = [],
    segXy: Float64Array[] = [],
    segYy: number[] = [];
  const col = (j: number, t: number) => (j === 0 ? 1 : controlZ[j - 1][t]);
  for (let s = 0; s < bounds.length - 1; s++) {
    const G = new Float64Array(q * q),
      c = new Float64Array(q);
    let syy = 0;
    for (let t = bounds[s]; t < bounds[s + 1]; t++) {
      syy += y[t] * y[t];
      for (let i = 0; i < q; i++) {
        const xi = col(i, t);
        c[i] += xi * y[t];
        for (let j = 0; j <= i; j++) G[i * q + j] += xi * col(j, t);
      }
    }
    for (let i = 0; i < q; i++) for (let j = 0; j < i; j++) G[j * q + i] = G[i * q + j];
    segGram.push(G);
    segXy.push(c);
    segYy.push(syy);
  }
  const lifts: LiftTest[] = (input.liftTests ?? []).map((l) => {
    const channel = input.media.findIndex((ch) => ch.name === l.channel);
    if (channel < 0) fail(`lift test names unknown channel "${l.channel}"`);
    if (!(l.standardError > 0)) fail(`lift test for "${l.channel}" needs a positive standard error`);
    const a = parseIsoDate(l.start),
      b = parseIsoDate(l.end);
    let from = -1,
      to = -1;
    // A week belongs to the test when its start date falls inside [start, end].
    times.forEach((tm, t) => {
      if (tm >= a && tm <= b) {
        if (from < 0) from = t;
        to = t;
      }
    });
    if (from < 0) fail(`lift test for "${l.channel}" (${l.start}…${l.end}) covers no week of the data`);
    return { channel, from, to, measured: l.incrementalKpi, se: l.standardError };
  });
  return {
    n,
    y,
    ones: new Float64Array(n).fill(1),
    yy,
    yRange: hi - lo > 0 ? hi - lo : 1,
    media,
    spendShare,
    controlNames: ctrl.names,
    controlZ,
    controlMean,
    controlSd,
    controlSigns,
    interceptSign: lo >= 0 ? 1 : 0,
    kind,
    maxLag,
    bounds,
    lambdas: LAMBDA_GRID,
    lifts,
    segGram,
    segXy,
    segYy,
  };
}
