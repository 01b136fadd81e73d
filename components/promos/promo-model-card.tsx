import { InfoTip } from "@/components/ui/info-tip";
import { formatMoney, formatNumber, formatPercent } from "@/lib/format";
import type { PromoRunMetrics } from "@/lib/runs/promo";
import { MIN_P_SELLS, policyPercent } from "@/lib/promo/promo-policy";

const MODEL_NAMES: Record<string, string> = {
  "logistic-regression": "logistic regression",
  "gradient-boosted-trees": "gradient-boosted trees",
  "ridge-log": "ridge regression on log uplift",
};
const modelName = (k: string) => MODEL_NAMES[k] ?? k.replace(/-/g, " ");
const num = (v: number | null | undefined, d = 3) => (typeof v === "number" && Number.isFinite(v) ? v.toFixed(d) : "—");

function Metric({ label, value, tip }: { label: string; value: string; tip: string }) {
  return (
    <div className="rounded-lg border border-slate-200 px-3 py-2">
      <dt className="flex items-center gap-1 text-xs text-slate-500">
        {label} <InfoTip text={tip} />
      </dt>
      <dd className="tabular text-lg font-semibold text-slate-900">{value}</dd>
    </div>
  );
}

/** Validation metrics of the champion promo model and, on the demo, how it compares with the known truth. */
export function PromoModelCard({ metrics }: { metrics: PromoRunMetrics }) {
  const t = metrics.truth;
  return (
    <div className="flex flex-col gap-4" data-testid="promo-model-metrics">
      <p className="text-sm text-slate-600">
        Will it sell: <strong>{modelName(metrics.classifierModel)}</strong>; how much per day: <strong>{modelName(metrics.upliftModel)}</strong>. Validated on
        the latest {formatNumber(metrics.sizes.validate, "full")} of {formatNumber(metrics.sizes.rows, "full")} past promotions (by start date), never used for
        fitting.
      </p>
      <dl className="grid grid-cols-2 gap-2">
        <Metric
          label="ROC AUC"
          value={num(metrics.auc)}
          tip="Chance that a promo that sold gets a higher P(sells) than one that did not (0.5 = coin flip, 1 = perfect)."
        />
        <Metric
          label="Precision"
          value={formatPercent(metrics.precision)}
          tip={`Of the promos with P(sells) ≥ ${formatPercent(metrics.threshold, 0)}, the share that actually sold.`}
        />
        <Metric
          label="Recall"
          value={formatPercent(metrics.recall)}
          tip={`Of the promos that sold, the share with P(sells) ≥ ${formatPercent(metrics.threshold, 0)}.`}
        />
        <Metric label="F1" value={num(metrics.f1)} tip={`Harmonic mean of precision and recall at the go rule's ${policyPercent(MIN_P_SELLS)} threshold.`} />
        <Metric
          label="Brier score"
          value={num(metrics.brier)}
          tip={`Mean squared error of P(sells) (lower is better). Always predicting the average sell rate scores ${num(metrics.baselineBrier)}.`}
        />
        <Metric
          label="Uplift R²"
          value={num(metrics.upliftR2)}
          tip="Share of the variation in daily uplift (USD/day, promos that sold) the uplift model explains on the validation promos."
        />
        <Metric
          label="Uplift RMSE"
          value={metrics.upliftRmse === null ? "—" : `${formatMoney(metrics.upliftRmse, "full")}/day`}
          tip="Typical error of the predicted daily uplift (USD/day) on the validation promos that sold."
        />
      </dl>
      {t && (
        <div className="rounded-lg border border-brand-100 bg-brand-50/50 p-3" data-testid="promo-truth">
          <h3 className="text-sm font-semibold">How well the model ranks promos against the known truth</h3>
          <p className="mb-2 text-xs text-slate-600">
            The demo&apos;s promotions were drawn from a known mechanism; here the model is compared with it on {t.evaluatedOn}.
          </p>
          <dl className="grid grid-cols-2 gap-2">
            <Metric
              label="ROI rank agreement"
              value={num(t.spearmanRoi)}
              tip="Spearman correlation of the model's expected ROI with the true expected ROI (1 = the same ranking)."
            />
            <Metric label="P(sells) rank agreement" value={num(t.spearmanPSells)} tip="Spearman correlation of predicted with true probability of selling." />
            <Metric label="Uplift rank agreement" value={num(t.spearmanUplift)} tip="Spearman correlation of predicted with true daily uplift." />
            <Metric
              label="Same go/no-go"
              value={formatPercent(t.decisionAgreement)}
              tip={`Share of promos where the model's decision matches the truth's. The truth would run ${formatPercent(t.trueGoShare)} of them.`}
            />
            <Metric
              label="AUC vs ceiling"
              value={`${num(t.aucObserved)} / ${num(t.aucOracle)}`}
              tip="AUC of the model on observed outcomes vs the AUC of the true probabilities themselves: outcomes are random, so even the truth cannot reach 1."
            />
            <Metric
              label="P(sells) error"
              value={formatPercent(t.meanAbsPSellsError)}
              tip="Mean absolute difference between predicted and true P(sells), in percentage points."
            />
            <Metric
              label="Best-discount error"
              value={`${num(t.bestDiscountMeanAbsError, 1)} pts`}
              tip="Mean distance (percentage points) between the model's best discount and the truth's."
            />
            <Metric label="True go share" value={formatPercent(t.trueGoShare)} tip="Share of these promos the true mechanism says are worth running." />
          </dl>
        </div>
      )}
    </div>
  );
}
