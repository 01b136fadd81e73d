/**
 * The decision benchmark's reusable pieces, for tests elsewhere (e.g. a lib/ test "the default plan on a
 * generated case is not worse than the current mix under the truth"). Nothing here imports lib/.
 *
 * @example
 *   const g = generateCase("narrow-s-156w-5ch");            // g.mixInput is shaped like lib/mmm's MmmInput
 *   const score = scorePlan(g.truth, plan.allocation);       // { outcome, regret, lossVsCurrent, spend }
 */
export { CASES, CASE_NAMES, QUICK_CASES, caseSpec } from "./cases";
export type { CaseSpec, ChannelSpec, SpendPattern } from "./case-spec";
export { generateCase, generateFromSpec, type CaseTruth, type GeneratedCase, type TruthChannel } from "./generate-case";
export { scorePlan, steadyStateOutcome, trueOptimum, trueRoi, type PlanScore, type ScoringTruth } from "./true-outcome";
