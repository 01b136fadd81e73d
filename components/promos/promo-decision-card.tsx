import { Badge } from "@/components/ui/badge";
import { Stat } from "@/components/ui/stat";
import { formatMoney, formatPercent, formatSignedPercent } from "@/lib/format";
import type { PromoDecisionView } from "@/lib/actions/score-promo";
import { DiscountRoiChart } from "./discount-roi-chart";
import { BEST_DISCOUNT_RULE, MAX_DISCOUNT_PCT } from "@/lib/promo/promo-limits";
import { DEFAULT_PROMO_MARGIN, MIN_P_SELLS, policyPercent } from "@/lib/promo/promo-policy";

/** GO/NO-GO with the numbers behind it, the three strongest reasons, the best discount and the discount curve. */
export function PromoDecisionCard({ view }: { view: PromoDecisionView }) {
  const go = view.decision === "go";
  const best = view.bestDiscountPoint;
  return (
    <section
      aria-label="Decision"
      aria-live="polite"
      data-testid="promo-decision"
      className={`rounded-xl border p-4 ${go ? "border-emerald-200 bg-emerald-50/40" : "border-rose-200 bg-rose-50/40"}`}
    >
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <span
          className={`rounded-lg px-3 py-1 text-lg font-bold tracking-wide ${go ? "bg-emerald-600 text-white" : "bg-rose-600 text-white"}`}
          data-testid="promo-decision-badge"
        >
          {go ? "GO" : "NO-GO"}
        </span>
        <p className="text-sm text-slate-700">
          {go
            ? "Expected to pay back its discount and costs, and likely enough to sell."
            : view.pSells < MIN_P_SELLS
              ? `Too unlikely to sell (needs P(sells) ≥ ${policyPercent(MIN_P_SELLS)}).`
              : "Not expected to pay back its discount and costs (ROI < 0)."}
        </p>
        <span className="ml-auto text-xs text-slate-500">scored with run #{view.runId}</span>
      </div>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label="P(sells)"
          value={formatPercent(view.pSells)}
          hint={`Calibrated probability that the promotion generates any incremental sales. A go needs at least ${policyPercent(MIN_P_SELLS)}.`}
        />
        <Stat
          label="Daily uplift"
          value={
            <>
              {formatMoney(view.uplift, "full")}
              <span className="text-sm font-normal text-slate-500"> /day</span>
            </>
          }
          hint="Expected incremental sales per day (USD/day) if the promotion sells."
        />
        <Stat
          label="Expected ROI"
          value={formatSignedPercent(view.roi)}
          tone={view.roi >= 0 ? "good" : "bad"}
          delta={`profit ${formatMoney(view.expectedProfit, "full")}`}
          hint={`(expected incremental sales × ${policyPercent(DEFAULT_PROMO_MARGIN)} margin − discount cost − promo cost) ÷ (discount cost + promo cost). Expected sales = P(sells) × daily uplift × days; discount cost = discount % × expected sales.`}
        />
        <Stat
          label="Best discount"
          value={view.bestDiscount === null ? "—" : `${view.bestDiscount} %`}
          delta={best ? `ROI ${formatSignedPercent(best.roi)} · P(sells) ${formatPercent(best.pSells, 0)}` : undefined}
          hint={`Best = ${BEST_DISCOUNT_RULE} (0–${MAX_DISCOUNT_PCT} % in steps of 2.5). It maximizes expected ROI, not the chance of selling: deeper discounts may sell more often but pay back less.`}
        />
      </div>
      <h3 className="mt-4 text-sm font-semibold">Why</h3>
      <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm" data-testid="promo-reasons">
        {view.reasons.map((r) => (
          <li key={r.feature}>
            {r.text} <Badge tone={r.effect >= 0 ? "good" : "bad"}>{r.effect >= 0 ? "helps" : "hurts"}</Badge>
          </li>
        ))}
      </ol>
      {best && (
        <p className="mt-2 text-sm text-slate-700" data-testid="best-discount-reason">
          Best discount {best.discountPct} %: {BEST_DISCOUNT_RULE}
          {best.discountPct === view.discountPct
            ? " — your discount already is."
            : ` (expected ROI ${formatSignedPercent(best.roi)} against ${formatSignedPercent(view.roi)} at your ${view.discountPct} %).`}
        </p>
      )}
      <p className="mt-1 text-xs text-slate-500">The three drivers that move the probability of selling most for this promo.</p>
      <div className="mt-4">
        <DiscountRoiChart curve={view.discountCurve} chosen={view.discountPct} best={best} />
      </div>
    </section>
  );
}
