import { rocAuc } from "@/lib/ml/roc-auc";
import { spearmanCorrelation } from "@/lib/ml/spearman-correlation";
import { decidePromo } from "./decide-promo";
import { expectedPromoRoi } from "./expected-promo-roi";
import { promotionRowToPlanned, type PromoContext } from "./promo-context";
import { DEFAULT_DISCOUNT_GRID } from "./discount-sweep";
import { scorePromotion, type ScorePromotionOptions } from "./score-promotion";
import type { PlannedPromo, PromotionRow } from "./types";
import type { PromoModel } from "./train-promo-model";
import { DEFAULT_PROMO_MARGIN, MIN_P_SELLS } from "./promo-policy";

/** The true mechanism, injected so lib/promo does not depend on the demo generator. */
export type PromoTruth = (p: PlannedPromo) => { pSells: number; dailyUplift: number };

export type PromoTruthEvaluation = {
  n: number;
  /** Promos with an observed outcome among the evaluated ones. */
  nObserved: number;
  /** AUC of predicted P(sells) against observed sold/not sold (NaN when none observed). */
  aucObserved: number;
  /** AUC of the TRUE pSells against the same outcomes: the ceiling any model can reach. */
  aucOracle: number;
  /** Spearman of predicted vs true P(sells). */
  spearmanPSells: number;
  /** Spearman of predicted vs true daily uplift (given it sells). */
  spearmanUplift: number;
  /** Spearman of predicted vs true expected ROI (same ROI formula, true pSells and uplift). */
  spearmanRoi: number;
  /** Share of promos whose go/no-go matches the decision the truth would give. */
  decisionAgreement: number;
  /** Mean |predicted − true| P(sells). */
  meanAbsPSellsError: number;
  /** Share of promos the truth would run (go) — context for decisionAgreement. */
  trueGoShare: number;
  /** Mean |model's best discount − truth's best discount| over the sweep grid (same ROI rule, cost held fixed). */
  bestDiscountMeanAbsError: number;
};

/**
 * Grades a promo model against a known generating process: how well it ranks promos by sell
 * probability, uplift and ROI compared with the truth, on promotions it should not have trained
 * on (pass later-than-training or planned promos).
 */
export function evaluatePromoModelAgainstTruth(
  model: PromoModel,
  promotions: readonly PromotionRow[],
  context: PromoContext,
  truth: PromoTruth,
  options: ScorePromotionOptions = {},
): PromoTruthEvaluation {
  if (promotions.length < 2) throw new Error("evaluatePromoModelAgainstTruth: need at least 2 promotions");
  const margin = options.margin ?? DEFAULT_PROMO_MARGIN;
  const predicted: { p: number; u: number; roi: number; go: boolean }[] = [];
  const actual: { p: number; u: number; roi: number; go: boolean }[] = [];
  const observed: { sold: number; p: number; truthP: number }[] = [];
  const grid = options.sweep === false || options.sweep === undefined ? DEFAULT_DISCOUNT_GRID : options.sweep;
  const minPSells = options.minPSells ?? MIN_P_SELLS;
  let bestDiscountError = 0;
  for (const row of promotions) {
    const planned = promotionRowToPlanned(row);
    const score = scorePromotion(model, planned, context, { ...options, sweep: grid });
    // The truth's own sweep, with the same rule the model's sweep uses.
    const trueCurve = grid.map((d) => {
      const tt = truth({ ...planned, discountPct: d });
      return { d, p: tt.pSells, roi: expectedPromoRoi({ ...tt, durationDays: planned.durationDays, discountPct: d, cost: planned.cost }, margin).roi };
    });
    const eligible = trueCurve.filter((c) => c.p >= minPSells);
    const trueBest = (eligible.length ? eligible : trueCurve).reduce((a, b) => (b.roi > a.roi ? b : a)).d;
    bestDiscountError += Math.abs((score.bestDiscount ?? Number.NaN) - trueBest);
    const t = truth(planned);
    const econ = expectedPromoRoi(
      { pSells: t.pSells, dailyUplift: t.dailyUplift, durationDays: planned.durationDays, discountPct: planned.discountPct, cost: planned.cost },
      margin,
    );
    predicted.push({ p: score.pSells, u: score.uplift, roi: score.roi, go: score.decision === "go" });
    actual.push({ p: t.pSells, u: t.dailyUplift, roi: econ.roi, go: decidePromo({ roi: econ.roi, pSells: t.pSells }, options) === "go" });
    if (row.salesAmount !== null) observed.push({ sold: row.salesAmount > 0 ? 1 : 0, p: score.pSells, truthP: t.pSells });
  }
  return {
    n: promotions.length,
    nObserved: observed.length,
    aucObserved: observed.length
      ? rocAuc(
          observed.map((o) => o.sold),
          observed.map((o) => o.p),
        )
      : Number.NaN,
    aucOracle: observed.length
      ? rocAuc(
          observed.map((o) => o.sold),
          observed.map((o) => o.truthP),
        )
      : Number.NaN,
    spearmanPSells: spearmanCorrelation(
      predicted.map((v) => v.p),
      actual.map((v) => v.p),
    ),
    spearmanUplift: spearmanCorrelation(
      predicted.map((v) => v.u),
      actual.map((v) => v.u),
    ),
    spearmanRoi: spearmanCorrelation(
      predicted.map((v) => v.roi),
      actual.map((v) => v.roi),
    ),
    decisionAgreement: predicted.filter((v, i) => v.go === actual[i].go).length / predicted.length,
    meanAbsPSellsError: predicted.reduce((s, v, i) => s + Math.abs(v.p - actual[i].p), 0) / predicted.length,
    trueGoShare: actual.filter((v) => v.go).length / actual.length,
    bestDiscountMeanAbsError: bestDiscountError / promotions.length,
  };
}
