import type { AdstockKind, Problem } from "./candidate-model";
import { buildControlColumns, parseIsoDate } from "./design-controls";
import type { GeoMmmInput } from "./geo-types";
import type { MmmInput } from "./model-types";
import { buildProblem } from "./mmm-problem";

/**
 * The geo model's precomputed data. Every region's KPI and spend are divided by its size (population, or mean KPI
 * when no population is given, scaled so the mean region has size 1): the Hill curve then acts on spend per size
 * unit and one shape fits regions of any size. `national` is a national Problem on the per-size aggregate
 * (Σ_g spend / Σ_g size), built by the national model's own buildProblem: the hyperparameter decoding (adstock
 * ranges, gamma inside the observed adstocked range), the alpha prior and the no-effect threshold are the
 * national model's, unchanged; its `lifts` are the lift tests with their week windows (measured in absolute KPI units).
 */
export type GeoProblem = {
  n: number;
  G: number;
  m: number;
  channels: string[];
  regions: string[];
  sizes: number[];
  population: (number | null)[];
  sizeSource: "population" | "kpi";
  /** Per-size KPI per region. */
  y: Float64Array[];
  /** Per-size spend [g][c]. */
  spend: Float64Array[][];
  /** Raw spend [g][c] (currency per week). */
  rawSpend: Float64Array[][];
  /** Baseline design per region (intercept, trend, Fourier terms, the region's controls), unorthogonalised. */
  Z: Float64Array[][];
  national: Problem;
  harmonics: number;
  /**
   * Baseline columns (indices into Z) whose per-size coefficients are pooled across regions like media effects
   * (around a national value, the between-region variance estimated from the data): the trend and the seasonality
   * always, the intercept when populations are given. Why: a channel whose spend follows the season, or never stops,
   * is confounded with a free per-region season or level; pooled, regions that spend more per size unit must show it
   * in a bigger seasonal swing or level — the cross-regional information that separates media from baseline. Without
   * populations a region's size IS its mean KPI, so per-size levels are equal by construction and the intercept stays
   * free. The region's own controls stay free (freeZ).
   */
  pooledZ: number[];
  freeZ: number[];
  poolIntercept: boolean;
};

/** Validates a geo panel and precomputes it. @throws naming the region, channel and week of a problem */
export function buildGeoProblem(input: GeoMmmInput, kind: AdstockKind, maxLag: number, trend: boolean, seasonality: boolean, harmonics: number): GeoProblem {
  const fail = (msg: string): never => {
    throw new Error(`fitGeoMixModel: ${msg}`);
  };
  const n = input.dates.length,
    G = input.geos.length,
    m = input.channels.length;
  if (G < 2) fail(`a geo model needs at least 2 regions, got ${G}`);
  if (!m) fail("at least one media channel is required");
  const times = input.dates.map(parseIsoDate);
  for (let t = 1; t < n; t++) if (times[t] <= times[t - 1]) fail(`dates must be strictly increasing (row ${t + 1}: ${input.dates[t]})`);
  const names = new Set<string>();
  for (const g of input.geos) {
    if (names.has(g.name)) fail(`duplicate region "${g.name}"`);
    names.add(g.name);
    if (g.kpi.length !== n) fail(`region "${g.name}" has ${g.kpi.length} weeks of KPI but there are ${n} dates`);
    g.kpi.forEach((v, t) => Number.isFinite(v) || fail(`region "${g.name}": kpi is not a finite number in week ${t + 1}`));
    if (g.spend.length !== m) fail(`region "${g.name}" has ${g.spend.length} spend series for ${m} channels`);
    g.spend.forEach((s, c) => {
      if (s.length !== n) fail(`region "${g.name}", channel "${input.channels[c]}" has ${s.length} weeks of spend but there are ${n} dates`);
      s.forEach(
        (v, t) =>
          (Number.isFinite(v) && v >= 0) ||
          fail(`region "${g.name}", channel "${input.channels[c]}" has ${Number.isFinite(v) ? "negative" : "non-numeric"} spend in week ${t + 1}`),
      );
    });
  }
  const withPop = input.geos.filter((g) => g.population !== undefined).length;
  if (withPop && withPop !== G) fail("population must be given for every region or for none");
  input.geos.forEach(
    (g) =>
      g.population === undefined ||
      (Number.isFinite(g.population) && g.population > 0) ||
      fail(`region "${g.name}": population must be a positive number, got ${g.population}`),
  );
  const controlNames = (input.geos[0].controls ?? []).map((c) => c.name);
  for (const g of input.geos) {
    const got = (g.controls ?? []).map((c) => c.name);
    if (got.join("\u0000") !== controlNames.join("\u0000"))
      fail(`region "${g.name}" has controls [${got.join(", ")}] but the first region has [${controlNames.join(", ")}]`);
    for (const c of g.controls ?? []) {
      if (c.values.length !== n) fail(`region "${g.name}", control "${c.name}" has ${c.values.length} values but there are ${n} dates`);
      c.values.forEach((v, t) => Number.isFinite(v) || fail(`region "${g.name}", control "${c.name}" is not a finite number in week ${t + 1}`));
    }
  }
  const meanKpi = input.geos.map((g) => g.kpi.reduce((a, b) => a + b, 0) / n);
  const sizeSource = withPop ? "population" : "kpi";
  const rawSize = input.geos.map((g, i) => (withPop ? g.population! : meanKpi[i]));
  rawSize.forEach(
    (s, i) =>
      s > 0 || fail(`region "${input.geos[i].name}" has a mean KPI of ${s}: without --population a region's size is its mean KPI, which must be positive`),
  );
  const meanSize = rawSize.reduce((a, b) => a + b, 0) / G;
  const sizes = rawSize.map((s) => s / meanSize);
  const y = input.geos.map((g, i) => Float64Array.from(g.kpi, (v) => v / sizes[i]));
  const rawSpend = input.geos.map((g) => g.spend.map((s) => Float64Array.from(s)));
  const spend = rawSpend.map((ss, i) => ss.map((s) => Float64Array.from(s, (v) => v / sizes[i])));
  const totalSize = sizes.reduce((a, b) => a + b, 0);
  const nationalInput: MmmInput = {
    dates: input.dates,
    kpi: Array.from({ length: n }, (_, t) => input.geos.reduce((s, g) => s + g.kpi[t], 0) / totalSize),
    media: input.channels.map((name, c) => ({ name, spend: Array.from({ length: n }, (_, t) => rawSpend.reduce((s, ss) => s + ss[c][t], 0) / totalSize) })),
    // Only for their validation and week windows (national.lifts); the measured lifts stay in absolute KPI units.
    liftTests: input.liftTests,
  };
  let national: Problem;
  try {
    national = buildProblem(nationalInput, kind, maxLag, trend, seasonality, harmonics);
  } catch (e) {
    // Its checks (e.g. a lift test naming an unknown channel) are the geo model's input errors too.
    throw new Error(String(e instanceof Error ? e.message : e).replace(/^fitMarketingMixModel: /, "fitGeoMixModel: "));
  }
  // Baseline columns other than the intercept are centred over the fitted weeks, so that the intercept is the region's
  // mean per-size baseline level (what the pooled intercept compares across regions) rather than its level in week 1,
  // which the region's own trend and season would move.
  const skip = Math.min(maxLag, Math.floor(n / 4));
  const Z = input.geos.map((g) => {
    const cols = buildControlColumns({ dates: input.dates, kpi: g.kpi, media: [], controls: g.controls }, trend, seasonality, harmonics).columns;
    for (const col of cols) {
      let mean = 0;
      for (let t = skip; t < n; t++) mean += col[t];
      mean /= n - skip;
      for (let t = 0; t < n; t++) col[t] -= mean;
    }
    return [new Float64Array(n).fill(1), ...cols];
  });
  const poolIntercept = sizeSource === "population";
  const calendar = (trend ? 1 : 0) + (seasonality ? 2 * harmonics : 0);
  const pooledZ = [...(poolIntercept ? [0] : []), ...Array.from({ length: calendar }, (_, k) => 1 + k)];
  const freeZ = Z[0].map((_, j) => j).filter((j) => !pooledZ.includes(j));
  if (n < Z[0].length + m + 8) fail(`too few weeks: ${n} weeks for ${Z[0].length + m} coefficients per region (need coefficients + 8)`);
  return {
    n,
    G,
    m,
    channels: input.channels.slice(),
    regions: input.geos.map((g) => g.name),
    sizes,
    population: input.geos.map((g) => g.population ?? null),
    sizeSource,
    y,
    spend,
    rawSpend,
    Z,
    national,
    harmonics,
    poolIntercept,
    pooledZ,
    freeZ,
  };
}

/** The per-size national aggregate as a national MmmInput (used to choose the seasonality once for all regions). */
export function nationalPerSizeInput(input: GeoMmmInput): MmmInput {
  const n = input.dates.length;
  return {
    dates: input.dates,
    kpi: Array.from({ length: n }, (_, t) => input.geos.reduce((s, g) => s + g.kpi[t], 0)),
    media: input.channels.map((name, c) => ({ name, spend: Array.from({ length: n }, (_, t) => input.geos.reduce((s, g) => s + g.spend[c][t], 0)) })),
  };
}
