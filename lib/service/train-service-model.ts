import { predictBinaryClassifier, selectBinaryClassifier, type BinaryClassifier, type ClassifierCandidate } from "@/lib/ml/binary-classifier";
import { classificationReport } from "@/lib/ml/classification-report";
import { encodeFeatures, fitFeatureEncoder, groupColumnIndices, type FeatureEncoder } from "@/lib/ml/feature-encoder";
import { permutationImportance, type GroupImportance } from "@/lib/ml/permutation-importance";
import { buildServiceFeatures } from "./build-service-features";
import { DEFAULT_RISK_CUTOFFS, type RiskCutoffs } from "./risk-level";
import { SERVICE_FEATURE_SPEC, serviceFeatureValues } from "./service-feature-spec";
import type { ServiceInteractionRow } from "./types";

/** Fitted service-risk model. Plain JSON. */
export type ServiceModel = {
  version: 1;
  encoder: FeatureEncoder;
  classifier: BinaryClassifier;
  riskCutoffs: RiskCutoffs;
  /** Permutation importance (validation AUC drop) per driver, largest first. */
  importance: GroupImportance[];
  reference: { waitMinutes: number; lowRate: number };
  trainedOn: { rows: number; low: number; first: string; last: string };
};

type Report = { precision: number; recall: number; f1: number };

export type ServiceModelMetrics = {
  chosen: BinaryClassifier["kind"];
  candidates: ClassifierCandidate[];
  validation: {
    auc: number;
    brier: number;
    /** At the High cut-off (flag for escalation). */
    atHigh: Report & { threshold: number };
    /** At the Medium cut-off (flag for attention). */
    atMedium: Report & { threshold: number };
    baselineBrier: number;
    /** Share of validation interactions per risk level and the low-satisfaction rate in each. */
    levels: { level: "High" | "Medium" | "Low"; share: number; lowRate: number }[];
  };
  importance: GroupImportance[];
  protocol: string;
  sizes: { rows: number; fit: number; calibrate: number; validate: number; lowRateFit: number; lowRateValidate: number };
};

export type TrainServiceModelOptions = { seed?: number; validationFraction?: number; riskCutoffs?: RiskCutoffs };

const mean = (a: readonly number[]) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : 0);

/**
 * Trains the low-satisfaction (rating ≤ 2) classifier on closed interactions: class-weighted
 * logistic regression vs gradient-boosted trees, Platt-calibrated, chosen by validation AUC on a
 * time split (latest 20 % by default). Importance is permutation importance on the validation
 * slice, using the model as validated (it never saw those rows).
 *
 * @throws {Error} with fewer than 40 closed interactions.
 */
export function trainServiceModel(
  rows: readonly ServiceInteractionRow[],
  options: TrainServiceModelOptions = {},
): { model: ServiceModel; metrics: ServiceModelMetrics } {
  const seed = options.seed ?? 1;
  const cutoffs = options.riskCutoffs ?? DEFAULT_RISK_CUTOFFS;
  const table = buildServiceFeatures(rows);
  if (table.length < 40) throw new Error(`trainServiceModel: need at least 40 closed interactions, got ${table.length}`);
  const values = table.map((r) => serviceFeatureValues(r.features));
  const encoder = fitFeatureEncoder(values, SERVICE_FEATURE_SPEC);
  const x = values.map((v) => encodeFeatures(encoder, v));
  const y = table.map((r) => (r.low ? 1 : 0));
  const selected = selectBinaryClassifier(x, y, cutoffs.high, { seed, validationFraction: options.validationFraction ?? 0.2 });
  const nVal = selected.sizes.validate;
  const xVal = x.slice(x.length - nVal);
  const yVal = y.slice(y.length - nVal);
  const probs = selected.validationProbabilities;
  const importance = permutationImportance((r) => predictBinaryClassifier(selected.validatedClassifier, r), xVal, yVal, groupColumnIndices(encoder), {
    seed,
    repeats: 3,
  });
  const report = (threshold: number) => {
    const r = classificationReport(yVal, probs, threshold);
    return { threshold, precision: r.precision, recall: r.recall, f1: r.f1 };
  };
  const levels = (["High", "Medium", "Low"] as const).map((level) => {
    const idx = probs
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => (level === "High" ? p >= cutoffs.high : level === "Medium" ? p >= cutoffs.medium && p < cutoffs.high : p < cutoffs.medium));
    return { level, share: idx.length / nVal, lowRate: idx.length ? mean(idx.map(({ i }) => yVal[i])) : Number.NaN };
  });
  const pVal = selected.sizes.positiveRateValidate;
  const model: ServiceModel = {
    version: 1,
    encoder,
    classifier: selected.classifier,
    riskCutoffs: cutoffs,
    importance,
    reference: { waitMinutes: mean(table.map((r) => r.features.waitMinutes)), lowRate: mean(y) },
    trainedOn: { rows: table.length, low: y.filter((v) => v === 1).length, first: table[0].occurredAt, last: table[table.length - 1].occurredAt },
  };
  return {
    model,
    metrics: {
      chosen: selected.chosen,
      candidates: selected.candidates,
      validation: {
        auc: selected.validation.auc,
        brier: selected.validation.brier,
        atHigh: report(cutoffs.high),
        atMedium: report(cutoffs.medium),
        baselineBrier: pVal * (1 - pVal),
        levels,
      },
      importance,
      protocol: selected.protocol,
      sizes: {
        rows: table.length,
        fit: selected.sizes.fit,
        calibrate: selected.sizes.calibrate,
        validate: nVal,
        lowRateFit: selected.sizes.positiveRateFit,
        lowRateValidate: pVal,
      },
    },
  };
}
