/**
 * The built-in demo dataset: a seeded, documented generating process with known true parameters
 * (see README.md). Pure: no I/O; the DB seed and the importer persist what this returns.
 */
import { simulateDemo } from "./simulate-demo";
import type { DemoDataset, DemoOptions } from "./types";

export { DEMO_DATASET_NAME, DEMO_DEFAULT_SEED, DEMO_DEFAULT_WEEKS, DEMO_LAST_WEEK } from "./simulate-demo";
export { truePromoOutcome, truePromoCost } from "./promo-truth";
export { trueLowSatisfactionProbability } from "./service-truth";
export { fitOracleRegression, type OracleRegression } from "./oracle-regression";
export type {
  DemoCampaignRow,
  DemoChannelRow,
  DemoChannelTruth,
  DemoDataset,
  DemoDemandRow,
  DemoHolidayRow,
  DemoHolidayTruth,
  DemoLiftTestRow,
  DemoMacroRow,
  DemoMacroTruth,
  DemoOptions,
  DemoPromoMechanism,
  DemoPromotionRow,
  DemoServiceInteractionRow,
  DemoServiceMechanism,
  DemoSpendRow,
  DemoTruth,
  DemoUnitEconomicsRow,
} from "./types";
export type { PromoInput } from "./promo-truth";
export type { ServiceInput } from "./service-truth";

/** Generate the demo dataset (defaults: seed 42, 208 weeks ending Monday 2026-11-16). */
export function generateDemoDataset(options: DemoOptions = {}): DemoDataset {
  return simulateDemo(options).dataset;
}
