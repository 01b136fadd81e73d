import { z } from "zod";
import { describeIncompleteWeeks } from "../../weeks/complete-weeks";
import { fetchMmmGeoRows } from "../../data/reads/mmm-geo-input";
import { buildGeoInput, demoRegionalTruth } from "../../mmm/pipeline/mmm-geo-rows";
import { fetchMmmData } from "../../data/reads/mmm-input";
import { fitGeoMixModel, GEO_DEFAULTS } from "../../mmm/fit-geo-mix-model";
import type { GeoMmmResult } from "../../mmm/geo-types";
import { DEFAULT_MMM_OPTIONS, fitMarketingMixModel, type MmmOptions } from "../../mmm";
import { adstockWeights } from "../../math/response-curve";
import { compareRoiToTruth } from "../../mmm/view/compare-roi-to-truth";
import { costPerActivation } from "../../mmm/view/cost-per-activation";
import { MMM_RUN_CONTRACT, type MmmRunArtifactsInput, type MmmRunMetricsInput } from "../../runs/mmm";
import { SPEND_OVERLAP_R, spendOverlaps } from "../../mmm/view/spend-overlap";
import { summarizeMedia } from "../../mmm/view/summarize-media";
import type { FitRunner } from "../fit-runner";
import { plainRatio } from "../../format";

/**
 * Fit options a run may set. Defaults are the engine's (DEFAULT_MMM_OPTIONS, the same as `mixcast mmm`: seed 1,
 * adstock auto (geometric for the geo model), lags up to 8 weeks — the demo's slowest channel carries 90 % of its effect within 4), so refitting
 * the same data reproduces the same numbers and the app agrees with the CLI.
 */
const mmmParamsSchema = z.object({
  seed: z.coerce.number().int().min(0).default(DEFAULT_MMM_OPTIONS.seed),
  /** Unset: the engine's default for the model that runs ("auto" national, geometric geo); "auto" named rules out geo. */
  adstock: z.enum(["geometric", "weibull-cdf", "weibull-pdf", "auto"]).optional(),
  maxLag: z.coerce.number().int().min(0).max(26).default(DEFAULT_MMM_OPTIONS.maxLag),
  iterations: z.coerce.number().int().min(1).max(2000).optional(),
  bootstrap: z.coerce.number().int().min(1).max(2000).optional(),
  /** "auto": the geo-level model whenever the data have revenue and spend per region for every week (issue 13), else national. */
  model: z.enum(["auto", "geo", "national"]).default("auto"),
});

const MIN_WEEKS = 26;

/**
 * The marketing-mix-model fit: national weekly revenue (USD) against spend per channel, macro, promotions and
 * holidays, calibrated to the dataset's lift tests. Stores the engine's result as artifacts (with cost per activation
 * and adstock shapes added) and, on the demo dataset, grades each channel's ROI against the generating truth.
 */
export const runMmmFit: FitRunner = async (ctx) => {
  const parsed = mmmParamsSchema.safeParse(ctx.params);
  if (!parsed.success) throw new Error(`Invalid mmm fit parameters: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const params = parsed.data;

  await ctx.progress(0.01, "reading weekly revenue, spend and controls");
  const { input, unitEconomics, labels, truth, incompleteWeeks } = await fetchMmmData(ctx.datasetId);
  if (input.dates.length < MIN_WEEKS) throw new Error(`A mix model needs at least ${MIN_WEEKS} weeks of revenue; this dataset has ${input.dates.length}`);
  if (!input.media.length) throw new Error("No channel has any spend: import weekly spend per channel first");
  await ctx.log(
    `${input.dates.length} weeks (${input.dates[0]} to ${input.dates[input.dates.length - 1]}), ${input.media.length} channels, ${input.controls?.length ?? 0} controls, ${input.liftTests?.length ?? 0} lift tests`,
  );

  if (incompleteWeeks.length) await ctx.log(describeIncompleteWeeks(incompleteWeeks), "warn");
  const unspent = Object.keys(labels).filter((name) => !input.media.some((m) => m.name === name));
  if (unspent.length) await ctx.log(`left out (no spend in the window): ${unspent.join(", ")}`, "warn");

  // The engine runs synchronously (its progress callback cannot await a database write), so progress is reported
  // before and after it; a cancel takes effect at the next report, after the fit.
  await ctx.progress(0.05, "fitting the mix model (search, then bootstrap)");
  const options: MmmOptions = { seed: params.seed, adstock: params.adstock, maxLag: params.maxLag, iterations: params.iterations, bootstrap: params.bootstrap };
  // The geo model whenever every region has every week (issue 13), calibrated by the same lift tests as the national
  // model (geo-pooled-fit.ts). On the demo (seeds 1, 2, 3 at 156 weeks and the app's seed 42 at 208), geo + lift tests
  // has a median ROI error of 11.2 / 15.3 / 12.3 / 12.6 % against the national model's 7.8 / 16.8 / 12.9 / 21.6 %, in
  // half the time (bench/README-geo.md, round 4). One adstock family only: "auto" adstock keeps the national model's search over families.
  let geo: { input: NonNullable<ReturnType<typeof buildGeoInput>["input"]> } | null = null;
  let geoReason: string | null =
    params.model === "national"
      ? "the national model was requested"
      : params.adstock === "auto"
        ? "adstock auto searches several families, which the geo model does not"
        : null;
  if (!geoReason) {
    const built = buildGeoInput(await fetchMmmGeoRows(ctx.datasetId), input);
    if (built.input) geo = { input: built.input };
    else geoReason = built.reason;
  }
  if (params.model === "geo" && !geo) throw new Error(`The geo model needs revenue and spend per region for every week: ${geoReason}`);
  if (geo)
    await ctx.log(
      `geo-level model: ${geo.input.geos.length} regions (${geo.input.geos.map((g) => g.name).join(", ")})${input.liftTests?.length ? `, calibrated by ${input.liftTests.length} lift test(s)` : ""}`,
    );
  else await ctx.log(`national model: ${geoReason}`);
  const result: ReturnType<typeof fitMarketingMixModel> | GeoMmmResult = geo
    ? fitGeoMixModel(geo.input, {
        seed: params.seed,
        adstock: params.adstock === "auto" ? undefined : params.adstock,
        maxLag: params.maxLag,
        iterations: params.iterations ?? GEO_DEFAULTS.iterations,
        bootstrap: params.bootstrap ?? GEO_DEFAULTS.bootstrap,
      })
    : fitMarketingMixModel(input, options);
  await ctx.log(`engine finished in ${result.seconds.toFixed(1)} s: R² ${result.fit.r2.toFixed(3)}, NRMSE ${result.fit.nrmse.toFixed(4)}`);
  await ctx.log(`ROI [90 %]: ${result.channels.map((c) => `${c.name} ${plainRatio(c.roi)} [${plainRatio(c.roiLow)}, ${plainRatio(c.roiHigh)}]`).join("; ")}`);
  await ctx.progress(0.95, "summarising");

  const totalRevenue = input.kpi.reduce((s, v) => s + v, 0);
  const media = summarizeMedia(result.channels, totalRevenue);
  const comparison = truth
    ? compareRoiToTruth(
        result.channels,
        truth.channels.map((c) => ({ name: c.name, label: c.label, roi: c.roi })),
      )
    : undefined;

  const geos = "geos" in result ? (result as GeoMmmResult).geos : undefined;
  // Channels whose spend moves together, on the variation the fitted model used: the national weeks, or the weeks
  // within each region for the geo model (spend-overlap.ts).
  const spendOverlap = geo
    ? spendOverlaps(geo.input.channels.map((name, c) => ({ name, spend: geo.input.geos.map((g) => g.spend[c]) })))
    : spendOverlaps(input.media.map((m) => ({ name: m.name, spend: [m.spend] })));
  if (spendOverlap.length)
    await ctx.log(`spend that moves together (|r| ≥ ${SPEND_OVERLAP_R}): ${spendOverlap.map((o) => `${o.a}–${o.b} ${o.r.toFixed(2)}`).join(", ")}`);
  const regionalTruth = truth && geos && truth.regionShares ? demoRegionalTruth(truth.regionShares, truth.channels, geos) : undefined;
  const artifacts: MmmRunArtifactsInput = {
    contract: MMM_RUN_CONTRACT,
    ...result,
    view: {
      model: geos ? "geo" : "national",
      modelNote: geos ? null : geoReason,
      ...(regionalTruth ? { regionalTruth } : {}),
      firstWeek: input.dates[0],
      lastWeek: input.dates[input.dates.length - 1],
      totalRevenue,
      controls: (input.controls ?? []).map((c) => c.name),
      liftTests: input.liftTests ?? [],
      incompleteWeeks,
      spendOverlap,
      channels: result.channels.map((c) => {
        const rpa = unitEconomics[c.name]?.revenuePerActivation;
        const cpa = costPerActivation(c.spend, { contribution: c.contribution, low: c.contributionLow, high: c.contributionHigh }, rpa);
        return {
          name: c.name,
          label: labels[c.name] ?? c.name,
          revenuePerActivation: rpa ?? null,
          cpa: cpa.cpa,
          cpaLow: cpa.low,
          cpaHigh: cpa.high,
          adstockWeights: Array.from(adstockWeights(c.adstock)),
        };
      }),
    },
  };
  const metrics: MmmRunMetricsInput = {
    r2: result.fit.r2,
    nrmse: result.fit.nrmse,
    mape: result.fit.mape,
    dw: result.fit.dw,
    aic: result.fit.aic,
    bic: result.fit.bic,
    decompRssd: result.fit.decompRssd,
    ...(result.fit.liftZ2 !== undefined ? { liftZ2: result.fit.liftZ2 } : {}),
    weeks: result.weeks,
    seconds: result.seconds,
    totalMediaContribution: media.totalContribution,
    blendedRoi: media.blendedRoi,
    mediaShareOfRevenue: media.shareOfRevenue,
    channels: result.channels.map((c) => ({
      name: c.name,
      roi: c.roi,
      roiLow: c.roiLow,
      roiHigh: c.roiHigh,
      mroi: c.mroi,
      mroiLow: c.mroiLow,
      mroiHigh: c.mroiHigh,
      share: c.share,
    })),
    ...(comparison ? { truth: comparison } : {}),
  };
  if (comparison) {
    const pct = (v: number | null) => (v === null ? "—" : `${(100 * v).toFixed(1)} %`);
    await ctx.log(
      `vs the demo truth: median |ROI error| ${pct(comparison.medianAbsPctError)}, 90 % intervals cover ${comparison.coveredCount}/${comparison.channelCount}`,
    );
  }
  // JSON columns cannot hold NaN or ±Infinity (e.g. the VIF of a perfectly collinear column): store them as null.
  const json = <T>(v: T): T => JSON.parse(JSON.stringify(v));
  // The adstock family the engine used (the default leaves it to the engine), so a run says what it fitted.
  return { metrics: json(metrics), artifacts: json(artifacts), params: { ...params, adstock: result.settings.adstock, trigger: ctx.params.trigger } };
};
