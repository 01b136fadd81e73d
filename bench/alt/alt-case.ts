/**
 * A second, independent family of mix-model datasets with known truth (fourteenth session). bench/decisions'
 * generator and lib/mmm were written by the same hands and share the Hill curve; this one was written from a
 * blank page in the conventions of PyMC-Marketing's and Robyn's examples, so that a rule tuned (even unknowingly)
 * to the first family shows up here:
 *
 * - adstock weights NORMALISED to sum 1 (PyMC), geometric or delayed (w_l ∝ decay^((l − peak)²)), 8 lags;
 * - saturation drawn per channel: PyMC's logistic (1 − e^(−λx/s)) / (1 + e^(−λx/s)) with s the channel's largest
 *   weekly spend, Hill with alpha in [0.8, 2.5], or Michaelis–Menten x / (x + k);
 * - baseline: level × (1 + linear trend, a kink in 30 % of cases, + a two-harmonic Fourier season with random
 *   phases + price elasticity × (price/10 − 1) + holiday lifts in weeks 47 and 51 that the model is NOT told of);
 * - spend: always-on, PyMC-example style (uniform, halved below 0.85), on/off flights, or following the season;
 *   a common AR(1) factor (weight 0–0.8) correlates the channels; channel sizes log-normal (sd 0.8);
 * - ROIs log-normal around a case level in [0.8, 3.5]; 0–2 channels with no effect; media 10–40 % of the KPI;
 *   noise 3–10 % of the baseline level.
 *
 * Nothing here imports lib/ or bench/decisions (alt-case.test.ts checks it). Everything is drawn from one seeded
 * stream, in a fixed order: the same seed gives the same case on every platform.
 */

/** mulberry32 (public domain), the family's own stream. */
export function stream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type AltSaturation = { kind: "logistic"; lambda: number; scale: number } | { kind: "hill"; alpha: number; k: number } | { kind: "mm"; k: number };

export type AltChannel = {
  name: string;
  pattern: "always-on" | "pymc" | "flighted" | "seasonal";
  adstock: { kind: "geometric" | "delayed"; decay: number; peak: number; weights: number[] };
  saturation: AltSaturation;
  /** Revenue per unit of saturation: contribution_t = beta · sat(adstock_t). 0 for a channel with no effect. */
  beta: number;
  isNull: boolean;
  /** True in-window ROI: Σ_t contribution_t / Σ_t spend_t over the CSV's weeks (carry-over from before included). */
  roi: number;
  /** Mean weekly spend in the CSV: the current mix. */
  current: number;
  /** Largest weekly spend in the CSV. */
  maxSpend: number;
};

export type AltCase = {
  seed: number;
  weeks: number;
  csv: string;
  channels: AltChannel[];
  noise: number;
  mediaShare: number;
  /** Historical mean weekly total spend: the plan's budget. */
  budget: number;
  /** Per week, in CSV order: what an oracle regression needs (unscaled true media columns, price, holiday flag). */
  columns: { media: number[][]; price: number[]; holiday: number[]; kpi: number[] };
};

/** Saturation at adstocked spend x (no beta): every family is 0 at 0 and increasing. */
export function saturate(s: AltSaturation, x: number): number {
  if (x <= 0) return 0;
  if (s.kind === "logistic") {
    const e = Math.exp((-s.lambda * x) / s.scale);
    return (1 - e) / (1 + e);
  }
  if (s.kind === "hill") return x ** s.alpha / (x ** s.alpha + s.k ** s.alpha);
  return x / (x + s.k);
}

/** True steady-state weekly revenue of a plan (weekly spend per channel; adstock weights sum to 1, so x adstocks to x). */
export function trueOutcome(c: Pick<AltCase, "channels">, plan: Record<string, number>): number {
  return c.channels.reduce((s, ch) => s + ch.beta * saturate(ch.saturation, plan[ch.name] ?? 0), 0);
}

const WEEK_MS = 7 * 864e5;
const weekOfYear = (ms: number) => {
  const d = new Date(ms);
  return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / WEEK_MS);
};

export function makeAltCase(seed: number): AltCase {
  const r = stream(seed * 7919 + 17);
  const U = (a: number, b: number) => a + (b - a) * r();
  const N = () => {
    let u = 0;
    while (u === 0) u = r();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const T = pick([104, 130, 156, 156, 208, 260]);
  const C = 3 + Math.floor(r() * 6);
  const burn = 12;
  const n = T + burn;
  const h1 = U(0.04, 0.18),
    p1 = U(0, 2 * Math.PI),
    h2 = U(0, 0.08),
    p2 = U(0, 2 * Math.PI);
  const season = Array.from({ length: n }, (_, t) => h1 * Math.sin((2 * Math.PI * t) / 52.18 + p1) + h2 * Math.sin((4 * Math.PI * t) / 52.18 + p2));
  const rho = U(0, 0.8);
  const common: number[] = [];
  let ar = 0;
  for (let t = 0; t < n; t++) {
    ar = 0.7 * ar + N() * 0.5;
    common.push(ar);
  }
  const nullCount = r() < 0.6 ? 1 : r() < 0.5 ? 0 : 2;

  type Draft = Omit<AltChannel, "beta" | "roi" | "current" | "maxSpend"> & { spend: number[]; adstocked: number[] };
  const drafts: Draft[] = [];
  for (let c = 0; c < C; c++) {
    const pattern = pick(["always-on", "always-on", "pymc", "flighted", "seasonal"] as const);
    const mean = 5000 * Math.exp(0.8 * N());
    const spend = new Array<number>(n).fill(0);
    let own = 0;
    let on = r() < 0.5,
      left = 1 + Math.floor(r() * 5);
    for (let t = 0; t < n; t++) {
      own = 0.6 * own + N() * 0.4;
      const f = Math.exp(rho * common[t] * 0.6 + (1 - rho) * own * 0.6);
      if (pattern === "always-on") spend[t] = mean * f;
      else if (pattern === "seasonal") spend[t] = mean * f * Math.max(0.1, 1 + 4 * season[t]);
      else if (pattern === "pymc") {
        const u = r();
        spend[t] = mean * 1.6 * (u > 0.85 ? u : u / 2) * f;
      } else {
        if (--left <= 0) {
          on = !on;
          left = 2 + Math.floor(r() * 5);
        }
        spend[t] = on ? mean * 1.8 * f : 0;
      }
    }
    const kind = pick(["geometric", "geometric", "delayed"] as const);
    const L = 8;
    const decay = U(0.1, 0.8),
      peak = Math.floor(U(0, 3));
    const raw = Array.from({ length: L }, (_, l) => (kind === "geometric" ? decay ** l : decay ** ((l - peak) ** 2)));
    const total = raw.reduce((a, b) => a + b, 0);
    const weights = raw.map((w) => w / total);
    const adstocked = spend.map((_, t) => {
      let s = 0;
      for (let l = 0; l < L && l <= t; l++) s += weights[l] * spend[t - l];
      return s;
    });
    const scale = Math.max(...spend);
    const satKind = pick(["logistic", "logistic", "hill", "mm"] as const);
    const lambda = U(0.5, 3.5),
      alpha = U(0.8, 2.5),
      k = U(0.4, 1.6) * mean;
    const saturation: AltSaturation =
      satKind === "logistic" ? { kind: "logistic", lambda, scale } : satKind === "hill" ? { kind: "hill", alpha, k } : { kind: "mm", k };
    drafts.push({
      name: `ch_${String.fromCharCode(97 + c)}`,
      pattern,
      adstock: { kind, decay, peak, weights },
      saturation,
      isNull: c < nullCount,
      spend,
      adstocked,
    });
  }

  const mediaShare = U(0.1, 0.4);
  const level = U(0.8, 3.5);
  const roiTarget = drafts.map((d) => (d.isNull ? 0 : level * Math.exp(0.6 * N())));
  const spendIn = drafts.map((d) => d.spend.slice(burn).reduce((a, b) => a + b, 0));
  const mediaRevenue = roiTarget.reduce((s, x, i) => s + x * spendIn[i], 0) / T;
  const base = (mediaRevenue * (1 - mediaShare)) / mediaShare;
  const channels: AltChannel[] = drafts.map((d, i) => {
    const satIn = d.adstocked.slice(burn).reduce((s, x) => s + saturate(d.saturation, x), 0);
    return {
      name: d.name,
      pattern: d.pattern,
      adstock: d.adstock,
      saturation: d.saturation,
      isNull: d.isNull,
      beta: d.isNull ? 0 : (roiTarget[i] * spendIn[i]) / satIn,
      roi: roiTarget[i],
      current: spendIn[i] / T,
      maxSpend: Math.max(...d.spend.slice(burn)),
    };
  });

  const trend = U(-0.15, 0.3),
    kink = r() < 0.3 ? U(0.3, 0.7) : null,
    kinkSlope = U(-0.3, 0.3);
  const elasticity = U(-1.5, -0.3);
  const noise = U(0.03, 0.1);
  const holidays = r() < 0.6;
  const holidayLift = U(0.05, 0.25);
  const start = Date.UTC(2021, 0, 4) + Math.floor(r() * 52) * WEEK_MS;
  const price: number[] = [],
    kpi: number[] = [],
    dates: string[] = [],
    holiday: number[] = [];
  for (let t = burn; t < n; t++) {
    const tt = (t - burn) / (T - 1);
    const p = 10 * (1 + 0.03 * N() - (r() < 0.1 ? U(0.05, 0.2) : 0));
    price.push(p);
    let trendAt = trend * (tt - 0.5);
    if (kink !== null && tt > kink) trendAt += kinkSlope * (tt - kink);
    const ms = start + (t - burn) * WEEK_MS;
    const woy = weekOfYear(ms);
    const isHoliday = holidays && (woy === 47 || woy === 51) ? 1 : 0;
    holiday.push(isHoliday);
    let y = base * (1 + trendAt + season[t] + elasticity * (p / 10 - 1) + holidayLift * isHoliday);
    channels.forEach((ch, i) => (y += ch.beta * saturate(ch.saturation, drafts[i].adstocked[t])));
    y += N() * noise * base;
    kpi.push(y);
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  const lines = [`date,kpi,${channels.map((c) => c.name).join(",")},price`];
  for (let i = 0; i < T; i++) lines.push([dates[i], kpi[i].toFixed(2), ...drafts.map((d) => d.spend[i + burn].toFixed(2)), price[i].toFixed(3)].join(","));
  return {
    seed,
    weeks: T,
    csv: `${lines.join("\n")}\n`,
    channels,
    noise,
    mediaShare,
    budget: channels.reduce((s, c) => s + c.current, 0),
    columns: { media: drafts.map((d) => d.adstocked.slice(burn).map((x) => saturate(d.saturation, x))), price, holiday, kpi },
  };
}

/**
 * The true optimum of Σ beta·sat(x_c) subject to Σ x_c = budget, 0 ≤ x_c ≤ cap_c, by dynamic programming over a
 * grid of budget/steps (exact for any curve shape up to the grid; S-shaped Hill curves rule out a marginal-return
 * rule). Returns the outcome and the allocation.
 */
export function trueOptimum(
  c: Pick<AltCase, "channels" | "budget">,
  caps?: Record<string, number>,
  steps = 800,
): { outcome: number; allocation: Record<string, number> } {
  const unit = c.budget / steps;
  let best = new Float64Array(steps + 1);
  const choices: Int32Array[] = [];
  for (const ch of c.channels) {
    const cap = caps?.[ch.name] ?? Infinity;
    const value = Array.from({ length: steps + 1 }, (_, k) => (k * unit <= cap * (1 + 1e-12) ? ch.beta * saturate(ch.saturation, k * unit) : -Infinity));
    const next = new Float64Array(steps + 1).fill(-Infinity);
    const choice = new Int32Array(steps + 1);
    for (let a = 0; a <= steps; a++)
      for (let h = 0; h <= a; h++) {
        const v = best[a - h] + value[h];
        if (v > next[a]) {
          next[a] = v;
          choice[a] = h;
        }
      }
    best = next;
    choices.push(choice);
  }
  const allocation: Record<string, number> = {};
  let left = steps;
  for (let i = c.channels.length - 1; i >= 0; i--) {
    allocation[c.channels[i].name] = choices[i][left] * unit;
    left -= choices[i][left];
  }
  return { outcome: best[steps], allocation };
}
