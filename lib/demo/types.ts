/**
 * Shapes of the built-in demo dataset. The importer, the DB seed, the benchmarks and the
 * "how close is the model to the truth" views all read these, so they are the contract.
 * Dates are ISO `YYYY-MM-DD` strings (weeks are the Monday of the ISO week); money is in the
 * dataset's currency (USD) and never rounded to whole units except where noted.
 */
import type { Adstock, HillSaturation } from "@/lib/mmm/types";
import type { PromotionRow } from "@/lib/promo/types";
import type { ServiceInteractionRow } from "@/lib/service/types";

export type DemoChannelRow = { name: string; label: string };

export type DemoDemandRow = { week: string; channel: string; region: string; activations: number; revenue: number };

export type DemoSpendRow = {
  week: string;
  channel: string;
  region: string;
  spend: number;
  impressions: number | null;
  clicks: number | null;
};

export type DemoUnitEconomicsRow = {
  channel: string;
  validFrom: string;
  revenuePerActivation: number;
  costPerActivation: number;
};

export type DemoMacroRow = { week: string; name: string; value: number };

export type DemoHolidayRow = { date: string; name: string; region: string | null };

/** The demo writes promotions in the promo engine's row shape (one definition, in lib/promo/types.ts). */
export type DemoPromotionRow = PromotionRow;

export type DemoCampaignRow = {
  campaignId: string;
  channel: string;
  region: string | null;
  budget: number;
  reach: number;
  conversionRate: number;
  startDate: string;
  endDate: string;
};

/** Service interactions in the service engine's row shape (defined in lib/service/types.ts). */
export type DemoServiceInteractionRow = ServiceInteractionRow;

export type DemoLiftTestRow = {
  channel: string;
  startDate: string;
  endDate: string;
  incrementalKpi: number;
  standardError: number;
};

/** True media parameters and outcomes of one channel, all measured at NATIONAL weekly level. */
export type DemoChannelTruth = {
  name: string;
  label: string;
  adstock: Adstock;
  /** The normalised lag weights the adstock expands to (lag 0 first), so no reader has to re-derive them. */
  adstockWeights: number[];
  /** Hill on national adstocked weekly spend (currency/week); beta in revenue per week. */
  saturation: HillSaturation;
  /** In-window true contribution / in-window spend. */
  roi: number;
  /** d(weekly revenue)/d(weekly spend) at steady state at the mean weekly spend. */
  mroi: number;
  /** True revenue contributed in the window (sum of the simulated weekly effects). */
  contribution: number;
  /** Spend in the window (sum of the spend table). */
  spend: number;
  meanWeeklySpend: number;
  /** contribution / total revenue in the window. */
  share: number;
  /** contribution / total media contribution. */
  effectShare: number;
  /** spend / total spend. */
  spendShare: number;
  /** Smallest number of weeks (spend week included) over which ≥ 90 % of the adstock weight is delivered. */
  carryoverWeeks90: number;
  /** Spend / true activations caused by media (currency per incremental activation). */
  costPerIncrementalActivation: number;
};

export type DemoHolidayTruth = { name: string; region: string | null; effectPerWeek: number };

export type DemoMacroTruth = {
  name: string;
  /** Revenue per week per unit of the indicator above `reference` (national). */
  coefficient: number;
  reference: number;
  unit: string;
  contributionMean: number;
};

export type DemoPromoMechanism = {
  sellLogit: {
    intercept: number;
    discountSlopeUpTo30: number;
    discountSlopeAbove30: number;
    durationPerDay: number;
    category: Record<string, number>;
    region: Record<string, number>;
    promoType: Record<string, number>;
    holidaySeason: number;
    summer: number;
    january: number;
  };
  dailyUplift: {
    base: number;
    /** discount shape d/peak·exp(1 − d/peak): an inverted U that equals 1 at the peak. */
    discountPeakPct: number;
    category: Record<string, number>;
    region: Record<string, number>;
    promoType: Record<string, number>;
    month: number[];
  };
  salesNoiseSdLog: number;
  averageTicket: Record<string, number>;
  cost: { fixed: number; perDiscountPointPerDay: number };
};

export type DemoServiceMechanism = {
  intercept: number;
  interactionType: Record<string, number>;
  contactChannel: Record<string, number>;
  customerSegment: Record<string, number>;
  repeatContact: number;
  waitPerMinute: number;
  agePer10YearsFrom45: number;
  tenurePerYear: number;
  hour: { lateEvening: number; night: number; morning: number };
  weekday: Record<string, number>;
  pastAverageSatisfaction: { coefficient: number; reference: number };
  latentTemperSd: number;
  satisfactionGivenLow: Record<string, number>;
  satisfactionGivenNotLow: Record<string, number>;
};

export type DemoTruth = {
  seed: number;
  weeks: number;
  firstWeek: string;
  lastWeek: string;
  kpi: "revenue";
  currency: string;
  description: string[];
  regionShares: Record<string, number>;
  channels: DemoChannelTruth[];
  media: { contribution: number; spend: number; roi: number; shareOfRevenue: number };
  baseline: {
    levelPerWeek: number;
    trendPerWeek: number;
    seasonality: { harmonic: number; amplitude: number; peakDayOfYear: number }[];
    organicChannelShares: Record<string, number>;
    contribution: number;
    shareOfRevenue: number;
  };
  holidays: DemoHolidayTruth[];
  macro: DemoMacroTruth[];
  promotions: {
    mechanism: DemoPromoMechanism;
    demandContribution: number;
    shareOfRevenue: number;
    count: number;
    plannedCount: number;
    soldShare: number;
  };
  service: { mechanism: DemoServiceMechanism; count: number; openCount: number; customers: number; lowSatisfactionRate: number };
  noise: { nationalWeeklySdLog: number; rowSdLog: number; nationalOracleR2: number };
  totals: { revenue: number; activations: number; spend: number };
};

export type DemoDataset = {
  name: string;
  description: string;
  truth: DemoTruth;
  channels: DemoChannelRow[];
  regions: string[];
  demand: DemoDemandRow[];
  spend: DemoSpendRow[];
  unitEconomics: DemoUnitEconomicsRow[];
  macro: DemoMacroRow[];
  holidays: DemoHolidayRow[];
  promotions: DemoPromotionRow[];
  campaigns: DemoCampaignRow[];
  serviceInteractions: DemoServiceInteractionRow[];
  liftTests: DemoLiftTestRow[];
};

export type DemoOptions = { seed?: number; weeks?: number };
