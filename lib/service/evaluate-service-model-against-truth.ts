import { rocAuc } from "@/lib/ml/roc-auc";
import { spearmanCorrelation } from "@/lib/ml/spearman-correlation";
import { scoreInteractions } from "./score-interactions";
import type { ServiceHistory } from "./service-history";
import type { ServiceModel } from "./train-service-model";
import { LOW_SATISFACTION_MAX_RATING, type ServiceInteractionRow } from "./types";

/** The true P(low) given the observable row and the customer's past average rating (injected, so lib/service does not import the demo). */
export type ServiceTruth = (row: ServiceInteractionRow & { pastAverageSatisfaction: number | null }) => number;

export type ServiceTruthEvaluation = {
  n: number;
  nObserved: number;
  /** AUC of predicted risk against observed low ratings. */
  aucObserved: number;
  /** AUC of the true probability (observables only) against the same outcomes: the attainable ceiling. */
  aucOracle: number;
  /** Spearman of predicted vs true probability. */
  spearman: number;
  meanAbsError: number;
};

/** Grades a service-risk model against a known generating process on interactions it did not train on. */
export function evaluateServiceModelAgainstTruth(
  model: ServiceModel,
  rows: readonly ServiceInteractionRow[],
  history: ServiceHistory,
  truth: ServiceTruth,
): ServiceTruthEvaluation {
  if (rows.length < 2) throw new Error("evaluateServiceModelAgainstTruth: need at least 2 interactions");
  const scores = scoreInteractions(model, rows, history, { reasons: 0 });
  const trueP = rows.map((r, i) => truth({ ...r, pastAverageSatisfaction: scores[i].features.pastAverageSatisfaction }));
  const obs = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.satisfaction !== null);
  const labels = obs.map(({ r }) => ((r.satisfaction as number) <= LOW_SATISFACTION_MAX_RATING ? 1 : 0));
  return {
    n: rows.length,
    nObserved: obs.length,
    aucObserved: obs.length
      ? rocAuc(
          labels,
          obs.map(({ i }) => scores[i].probability),
        )
      : Number.NaN,
    aucOracle: obs.length
      ? rocAuc(
          labels,
          obs.map(({ i }) => trueP[i]),
        )
      : Number.NaN,
    spearman: spearmanCorrelation(
      scores.map((s) => s.probability),
      trueP,
    ),
    meanAbsError: scores.reduce((s, v, i) => s + Math.abs(v.probability - trueP[i]), 0) / rows.length,
  };
}
