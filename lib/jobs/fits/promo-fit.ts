import { fetchPromoData } from "../../data/reads/promo-training-data";
import { truePromoOutcome } from "../../demo";
import { predictBinaryClassifier } from "../../ml/binary-classifier";
import { groupColumnIndices } from "../../ml/feature-encoder";
import { permutationImportance } from "../../ml/permutation-importance";
import { buildPromoContext, buildPromoFeatures, evaluatePromoModelAgainstTruth, trainPromoModel, type PromotionRow } from "../../promo";
import { encodePromoFeatures } from "../../promo/predict-promo";
import type { FitRunner } from "../fit-runner";
import { DEFAULT_PROMO_MARGIN, MIN_P_SELLS } from "../../promo/promo-policy";
import type { z } from "zod";
import { PROMO_RUN_CONTRACT, type promoRunArtifactsSchema, type promoRunMetricsSchema } from "../../runs/promo";

const DEFAULTS = { seed: 1, validationFraction: 0.2, margin: DEFAULT_PROMO_MARGIN, minPSells: MIN_P_SELLS };

const numberParam = (v: unknown, fallback: number) => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

/**
 * Promo planner fit: trains the will-it-sell classifier and the uplift regressor on every observed promotion of the
 * dataset, measures which drivers the classifier relies on (permutation importance on the time-split validation
 * slice), and on the demo grades the model against the known generating mechanism on promos it was not fitted on
 * (the validation slice and the planned promos).
 */
export const runPromoFit: FitRunner = async (ctx) => {
  const params = {
    seed: numberParam(ctx.params.seed, DEFAULTS.seed),
    validationFraction: numberParam(ctx.params.validationFraction, DEFAULTS.validationFraction),
    margin: DEFAULTS.margin,
    minPSells: DEFAULTS.minPSells,
  };
  await ctx.progress(0.02, "loading promotions, revenue and holidays");
  const data = await fetchPromoData(ctx.datasetId);
  const observed = data.promotions.filter((p) => p.salesAmount !== null);
  const planned = data.promotions.filter((p) => p.salesAmount === null);
  await ctx.log(
    `${observed.length} observed and ${planned.length} planned promotions, ${data.regionRevenue.length} region-weeks of revenue, ${data.holidays.length} holidays`,
  );

  await ctx.progress(0.1, `training on ${observed.length} promotions`);
  const { model, metrics } = trainPromoModel(observed, data.regionRevenue, data.holidays, {
    seed: params.seed,
    validationFraction: params.validationFraction,
    decisionThreshold: params.minPSells,
  });
  const v = metrics.classifier.validation;
  const upliftChosen = metrics.uplift.candidates.find((c) => c.kind === metrics.uplift.chosen) ?? metrics.uplift.candidates[0];
  await ctx.log(
    `classifier ${metrics.classifier.chosen} (validation AUC ${v.auc.toFixed(3)}), uplift ${metrics.uplift.chosen} (R² ${upliftChosen?.r2.toFixed(3)})`,
  );

  await ctx.progress(0.6, "measuring driver importance");
  // Same rows and split as training: the validation slice is the latest `validate` promos by start date.
  const table = buildPromoFeatures(observed, data.regionRevenue, data.holidays);
  const validation = table.slice(table.length - metrics.sizes.validate);
  const importance = permutationImportance(
    (row) => predictBinaryClassifier(model.classifier, row),
    validation.map((r) => encodePromoFeatures(model, r.features)),
    validation.map((r) => (r.sold ? 1 : 0)),
    groupColumnIndices(model.encoder),
    { seed: params.seed, repeats: 3 },
  );

  let truth = null;
  if (data.isDemo) {
    await ctx.progress(0.75, "grading against the demo's true promo mechanism");
    const validationIds = new Set(validation.map((r) => r.promotionId));
    const holdout: PromotionRow[] = [...observed.filter((p) => validationIds.has(p.promotionId)), ...planned];
    const context = buildPromoContext(data.promotions, data.regionRevenue, data.holidays);
    truth = {
      ...evaluatePromoModelAgainstTruth(model, holdout, context, truePromoOutcome, { margin: params.margin, minPSells: params.minPSells }),
      evaluatedOn: `the latest ${validation.length.toLocaleString("en-US")} observed promotions (the validation slice) and ${planned.length.toLocaleString("en-US")} planned ones`,
    };
    await ctx.log(`truth: Spearman ROI ${truth.spearmanRoi.toFixed(3)}, decision agreement ${(100 * truth.decisionAgreement).toFixed(1)} %`);
  }

  await ctx.progress(0.95, "saving");
  return {
    // The promo run contract (lib/runs/promo.ts): what every reader parses.
    metrics: {
      contract: PROMO_RUN_CONTRACT,
      // Flat headline numbers for registry tables; the engine's full report is under classifier/uplift/sizes.
      auc: v.auc,
      precision: v.precision,
      recall: v.recall,
      f1: v.f1,
      brier: v.brier,
      baselineBrier: v.baselineBrier,
      threshold: v.threshold,
      upliftRmse: upliftChosen?.rmse ?? null,
      upliftR2: upliftChosen?.r2 ?? null,
      classifierModel: metrics.classifier.chosen,
      upliftModel: metrics.uplift.chosen,
      ...metrics,
      importance,
      truth,
    } satisfies z.input<typeof promoRunMetricsSchema>,
    artifacts: { model, importance } satisfies z.input<typeof promoRunArtifactsSchema>,
    params: { ...params, trainedOn: model.trainedOn },
  };
};
