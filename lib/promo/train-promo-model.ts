import { selectBinaryClassifier, type BinaryClassifier, type ClassifierCandidate } from "@/lib/ml/binary-classifier";
import { classificationReport } from "@/lib/ml/classification-report";
import { encodeFeatures, fitFeatureEncoder, type FeatureEncoder } from "@/lib/ml/feature-encoder";
import { buildPromoFeatures } from "./build-promo-features";
import { PROMO_FEATURE_SPEC, promoFeatureValues } from "./promo-feature-spec";
import { selectUpliftModel, type UpliftCandidate, type UpliftModel } from "./uplift-model";
import type { HolidayRow, PromotionRow, RegionWeekRevenue } from "./types";
import { MIN_P_SELLS } from "./promo-policy";

/** Fitted promo planner. Plain JSON: store it in the model registry, load it, score with it. */
export type PromoModel = {
  version: 1;
  encoder: FeatureEncoder;
  classifier: BinaryClassifier;
  uplift: UpliftModel;
  /** Training means of the promo features, for phrasing reasons ("above usual"). */
  reference: { discountPct: number; durationDays: number; baselineDailyRevenue: number; concurrentPromos: number; sellRate: number };
  trainedOn: { rows: number; sold: number; firstStart: string; lastStart: string };
};

export type PromoModelMetrics = {
  classifier: {
    chosen: BinaryClassifier["kind"];
    /** Validation metrics of both families (the chosen one is also under `validation`). */
    candidates: ClassifierCandidate[];
    validation: {
      auc: number;
      brier: number;
      /** Precision, recall and F1 at `threshold` (the go rule's minimum P(sells)). */
      precision: number;
      recall: number;
      f1: number;
      threshold: number;
      /** The same at 0.5, the usual classification cut-off, for comparison. */
      atHalf: { precision: number; recall: number; f1: number };
      baselineBrier: number;
    };
    protocol: string;
  };
  uplift: { chosen: UpliftModel["kind"]; candidates: UpliftCandidate[]; fitSize: number; validateSize: number };
  sizes: { rows: number; fit: number; calibrate: number; validate: number; soldRateFit: number; soldRateValidate: number };
};

export type TrainPromoModelOptions = {
  seed?: number;
  /** Share of the latest promos (by start date) held out for validation. Default 0.2. */
  validationFraction?: number;
  /** P(sells) threshold at which precision/recall/F1 are reported; the go rule's default. */
  decisionThreshold?: number;
};

const mean = (a: readonly number[]) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : 0);

/**
 * Trains the promo planner: will it sell (logistic regression vs gradient-boosted trees, both
 * class-weighted and Platt-calibrated, picked by validation AUC) and how much per day when it does
 * (ridge vs trees on log uplift, picked by validation RMSE). Time-based split on start date.
 *
 * @throws {Error} with fewer than 40 observed promotions or too few that sold.
 */
export function trainPromoModel(
  rows: readonly PromotionRow[],
  regionRevenue: readonly RegionWeekRevenue[],
  holidays: readonly HolidayRow[],
  options: TrainPromoModelOptions = {},
): { model: PromoModel; metrics: PromoModelMetrics } {
  const seed = options.seed ?? 1;
  const validationFraction = options.validationFraction ?? 0.2;
  const threshold = options.decisionThreshold ?? MIN_P_SELLS;
  const table = buildPromoFeatures(rows, regionRevenue, holidays);
  if (table.length < 40) throw new Error(`trainPromoModel: need at least 40 observed promotions, got ${table.length}`);
  const values = table.map((r) => promoFeatureValues(r.features));
  // The encoder (means, levels) is fitted on all labelled rows: it uses no targets, so it leaks
  // nothing about outcomes into the validation slice.
  const encoder = fitFeatureEncoder(values, PROMO_FEATURE_SPEC);
  const x = values.map((v) => encodeFeatures(encoder, v));
  const y = table.map((r) => (r.sold ? 1 : 0));

  const selected = selectBinaryClassifier(x, y, threshold, { seed, validationFraction });
  const soldIdx = table.map((r, i) => (r.sold ? i : -1)).filter((i) => i >= 0);
  const uplift = selectUpliftModel(
    soldIdx.map((i) => x[i]),
    soldIdx.map((i) => table[i].dailyUplift),
    validationFraction,
    seed,
  );
  const v = selected.validation;
  const pVal = selected.sizes.positiveRateValidate;
  const half = classificationReport(y.slice(y.length - selected.sizes.validate), selected.validationProbabilities, 0.5);
  const model: PromoModel = {
    version: 1,
    encoder,
    classifier: selected.classifier,
    uplift: uplift.model,
    reference: {
      discountPct: mean(table.map((r) => r.features.discountPct)),
      durationDays: mean(table.map((r) => r.features.durationDays)),
      baselineDailyRevenue: mean(table.flatMap((r) => (r.features.baselineDailyRevenue === null ? [] : [r.features.baselineDailyRevenue]))),
      concurrentPromos: mean(table.map((r) => r.features.concurrentPromos)),
      sellRate: mean(y),
    },
    trainedOn: { rows: table.length, sold: soldIdx.length, firstStart: table[0].startDate, lastStart: table[table.length - 1].startDate },
  };
  return {
    model,
    metrics: {
      classifier: {
        chosen: selected.chosen,
        candidates: selected.candidates,
        validation: {
          auc: v.auc,
          brier: v.brier,
          precision: v.report.precision,
          recall: v.report.recall,
          f1: v.report.f1,
          threshold,
          atHalf: { precision: half.precision, recall: half.recall, f1: half.f1 },
          // What always predicting the validation sell rate would score.
          baselineBrier: pVal * (1 - pVal),
        },
        protocol: selected.protocol,
      },
      uplift: { chosen: uplift.chosen, candidates: uplift.candidates, fitSize: uplift.fitSize, validateSize: uplift.validateSize },
      sizes: {
        rows: table.length,
        fit: selected.sizes.fit,
        calibrate: selected.sizes.calibrate,
        validate: selected.sizes.validate,
        soldRateFit: selected.sizes.positiveRateFit,
        soldRateValidate: pVal,
      },
    },
  };
}
