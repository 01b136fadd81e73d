/**
 * Runs the whole generating process in a fixed order and assembles the dataset and its truth.
 * `simulateDemo` also returns the internal weekly series (national spend, true media effects,
 * expected revenue) so tests can check the stored truth against the process that made the rows.
 */
import { addDays, weekStarts } from "./calendar";
import { BASELINE, organicBaseline } from "./baseline";
import { generateCampaigns } from "./campaigns";
import { DEMO_CHANNELS } from "./channel-config";
import { DEMAND_NOISE, generateDemand } from "./demand";
import { HOLIDAY_SPECS, generateHolidays } from "./holidays";
import { generateLiftTests } from "./lift-tests";
import { MACRO_SPECS, generateMacro } from "./macro";
import { channelOutcome, nationalMediaEffect } from "./media-effects";
import { PROMO_MECHANISM } from "./promo-truth";
import { generatePromotions } from "./promotions";
import { DEMO_REGIONS, REGION_SHARES } from "./regions";
import { roundTo, streamRng } from "./rng-streams";
import { SERVICE_MECHANISM } from "./service-truth";
import { generateServiceInteractions } from "./service-interactions";
import { generateSpend } from "./spend-patterns";
import type { DemoChannelTruth, DemoDataset, DemoOptions, DemoTruth } from "./types";

export const DEMO_DATASET_NAME = "Demo";
export const DEMO_DEFAULT_SEED = 42;
export const DEMO_DEFAULT_WEEKS = 208;
export const DEMO_LAST_WEEK = "2026-11-16";
const MIN_WEEKS = 60;

/** Stream ids: one per component, never reused, so components do not disturb each other. */
const STREAM = { spend: 1, macro: 2, promotions: 3, demand: 4, campaigns: 5, service: 6, liftTests: 7 } as const;

export type DemoInternals = {
  weeks: string[];
  nationalSpend: Record<string, number[]>;
  /** True national revenue effect per channel and week. */
  mediaEffects: Record<string, number[]>;
  expectedNationalRevenue: number[];
  observedNationalRevenue: number[];
  promotionRevenue: number[];
  holidayRevenue: number[];
  macroRevenue: number[];
  baselineRevenue: number[];
};

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function rSquared(observed: readonly number[], fitted: readonly number[]): number {
  const mean = sum(observed) / observed.length;
  let ssr = 0;
  let sst = 0;
  observed.forEach((y, i) => {
    ssr += (y - fitted[i]) ** 2;
    sst += (y - mean) ** 2;
  });
  return 1 - ssr / sst;
}

export function simulateDemo(options: DemoOptions = {}): { dataset: DemoDataset; internals: DemoInternals } {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const nWeeks = options.weeks ?? DEMO_DEFAULT_WEEKS;
  if (!Number.isInteger(seed)) throw new Error(`generateDemoDataset: seed must be an integer, got ${seed}`);
  if (!Number.isInteger(nWeeks) || nWeeks < MIN_WEEKS) throw new Error(`generateDemoDataset: weeks must be an integer ≥ ${MIN_WEEKS}, got ${nWeeks}`);

  const weeks = weekStarts(DEMO_LAST_WEEK, nWeeks);
  const firstWeek = weeks[0];
  const lastWeek = weeks[nWeeks - 1];

  const spend = generateSpend(weeks, DEMO_CHANNELS, streamRng(seed, STREAM.spend));
  const effects = DEMO_CHANNELS.map((ch) => nationalMediaEffect(spend.national[ch.name], ch));
  const mediaEffects = Object.fromEntries(effects.map((e) => [e.name, e.effect]));

  const macro = generateMacro(weeks, streamRng(seed, STREAM.macro));
  const holidays = generateHolidays(weeks, addDays(lastWeek, 364));
  const promotions = generatePromotions(weeks, streamRng(seed, STREAM.promotions));
  const baseline = organicBaseline(weeks);
  const demand = generateDemand(
    { weeks, channels: DEMO_CHANNELS, baseline, macroEffect: macro.effect, holidays: holidays.regional, promotions: promotions.regional, media: mediaEffects },
    streamRng(seed, STREAM.demand),
  );
  const campaigns = generateCampaigns(weeks, DEMO_CHANNELS, spend.rows, streamRng(seed, STREAM.campaigns));
  const service = generateServiceInteractions(lastWeek, streamRng(seed, STREAM.service));
  const liftTests = generateLiftTests(weeks, mediaEffects, spend.national, streamRng(seed, STREAM.liftTests));

  const nationalOf = (regional: Record<string, number[]>) => weeks.map((_, t) => sum(DEMO_REGIONS.map((r) => regional[r][t])));
  const promotionRevenue = nationalOf(promotions.regional);
  const holidayRevenue = nationalOf(holidays.regional);

  const totalRevenue = sum(demand.rows.map((r) => r.revenue));
  const totalActivations = sum(demand.rows.map((r) => r.activations));
  const outcomes = DEMO_CHANNELS.map((ch, i) => channelOutcome(spend.national[ch.name], effects[i], ch));
  const mediaContribution = sum(outcomes.map((o) => o.contribution));
  const mediaSpend = sum(outcomes.map((o) => o.spend));
  const channels: DemoChannelTruth[] = DEMO_CHANNELS.map((ch, i) => {
    const o = outcomes[i];
    return {
      name: ch.name,
      label: ch.label,
      // Copies, so a consumer that edits the truth cannot change the generator's constants.
      adstock: { ...ch.adstock },
      adstockWeights: effects[i].weights.map((w) => roundTo(w, 6)),
      saturation: { ...ch.saturation },
      roi: o.roi,
      mroi: o.mroi,
      contribution: o.contribution,
      spend: o.spend,
      meanWeeklySpend: o.meanWeeklySpend,
      share: o.contribution / totalRevenue,
      effectShare: o.contribution / mediaContribution,
      spendShare: o.spend / mediaSpend,
      carryoverWeeks90: o.carryoverWeeks90,
      costPerIncrementalActivation: o.spend / (o.contribution / ch.revenuePerActivation),
    };
  });

  const observedPromos = promotions.rows.filter((p) => p.salesAmount !== null);
  const promoContribution = sum(promotionRevenue);
  const baselineContribution = sum(baseline);
  const lowRate =
    service.rows.filter((r) => r.satisfaction !== null && r.satisfaction <= 2).length / service.rows.filter((r) => r.satisfaction !== null).length;

  const truth: DemoTruth = {
    seed,
    weeks: nWeeks,
    firstWeek,
    lastWeek,
    kpi: "revenue",
    currency: "USD",
    description: [
      "Weekly revenue per channel × region = organic baseline (level + trend + yearly seasonality) + macro effects + holiday effects + promotion uplift + the channel's own media effect, with lognormal noise.",
      "Media effect per channel is national: Hill(adstock(national weekly spend)) in revenue per week, split over regions by fixed region shares; organic, macro, holiday and promo revenue is split over channels by organic shares.",
      "ROI = in-window true contribution / in-window spend; mroi = steady-state slope of the response at mean weekly spend; adstock starts from zero spend before the first week.",
      "Promotions: sells with logistic probability (see promotions.mechanism); if it sells, salesAmount = days × dailyUplift × lognormal noise, spread evenly over its days into regional demand.",
      "Service: low satisfaction (≤ 2) with logistic probability (see service.mechanism) including each customer's latent temper; the last 14 days are open.",
      "See lib/demo/README.md for the full process.",
    ],
    regionShares: { ...REGION_SHARES },
    channels,
    media: { contribution: mediaContribution, spend: mediaSpend, roi: mediaContribution / mediaSpend, shareOfRevenue: mediaContribution / totalRevenue },
    baseline: {
      levelPerWeek: BASELINE.levelPerWeek,
      trendPerWeek: BASELINE.trendPerWeek,
      seasonality: BASELINE.seasonality.map((h) => ({ ...h })),
      organicChannelShares: Object.fromEntries(DEMO_CHANNELS.map((c) => [c.name, c.organicShare])),
      contribution: baselineContribution,
      shareOfRevenue: baselineContribution / totalRevenue,
    },
    holidays: HOLIDAY_SPECS.map((h) => ({ name: h.name, region: h.region, effectPerWeek: h.effectPerWeek })),
    macro: MACRO_SPECS.map((m) => ({
      name: m.name,
      coefficient: m.coefficient,
      reference: m.reference,
      unit: m.unit,
      contributionMean: (m.coefficient * sum(macro.series[m.name].map((v) => v - m.reference))) / nWeeks,
    })),
    promotions: {
      mechanism: structuredClone(PROMO_MECHANISM),
      demandContribution: promoContribution,
      shareOfRevenue: promoContribution / totalRevenue,
      count: promotions.rows.length,
      plannedCount: promotions.rows.length - observedPromos.length,
      soldShare: observedPromos.filter((p) => (p.salesAmount ?? 0) > 0).length / observedPromos.length,
    },
    service: {
      mechanism: structuredClone(SERVICE_MECHANISM),
      count: service.rows.length,
      openCount: service.rows.filter((r) => r.satisfaction === null).length,
      customers: service.customers,
      lowSatisfactionRate: lowRate,
    },
    noise: {
      nationalWeeklySdLog: DEMAND_NOISE.nationalWeeklySdLog,
      rowSdLog: DEMAND_NOISE.rowSdLog,
      nationalOracleR2: rSquared(demand.observedNational, demand.expectedNational),
    },
    totals: { revenue: totalRevenue, activations: totalActivations, spend: mediaSpend },
  };

  const dataset: DemoDataset = {
    name: DEMO_DATASET_NAME,
    description: `Synthetic ${nWeeks}-week marketing dataset (${firstWeek} – ${lastWeek}, seed ${seed}): 6 channels × 4 regions with known true adstock, saturation, ROI, promotion and service mechanisms.`,
    truth,
    channels: DEMO_CHANNELS.map((c) => ({ name: c.name, label: c.label })),
    regions: [...DEMO_REGIONS],
    demand: demand.rows,
    spend: spend.rows,
    unitEconomics: DEMO_CHANNELS.map((c) => ({
      channel: c.name,
      validFrom: firstWeek,
      revenuePerActivation: c.revenuePerActivation,
      costPerActivation: c.costPerActivation,
    })),
    macro: macro.rows,
    holidays: holidays.rows,
    promotions: promotions.rows,
    campaigns,
    serviceInteractions: service.rows,
    liftTests,
  };

  return {
    dataset,
    internals: {
      weeks,
      nationalSpend: spend.national,
      mediaEffects,
      expectedNationalRevenue: demand.expectedNational,
      observedNationalRevenue: demand.observedNational,
      promotionRevenue,
      holidayRevenue,
      macroRevenue: macro.effect,
      baselineRevenue: baseline,
    },
  };
}
