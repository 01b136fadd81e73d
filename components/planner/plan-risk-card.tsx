import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { InfoTip } from "@/components/ui/info-tip";
import { formatMoney, formatPercent } from "@/lib/format";
import { HOLD_BAND } from "@/lib/optimize/data-range-guard";
import type { PlanRiskView } from "@/lib/planner/plan-risk-view";

export type OptimizeSummary = {
  /** How far the optimizer moved from the current mix toward its expected-value optimum (1 = all the way). */
  step: number | null;
  /** When the current mix was kept because the best step (this fraction of the way) paid in fewer than 99 % of draws. */
  notConfident: number | null;
  /** The refused step paid in 99 % of draws but not once each channel's curve may bend differently around its current level. */
  notConfidentShape: boolean;
  /** When a step that stopped short was followed by pairwise transfers: how many, checked on how many draws. */
  transfers: { count: number; checkedOn: number } | null;
  /** When the current mix was kept: the channels the draws disagree about most for the refused move (share of the spread). */
  hingesOn: { channel: string; share: number }[];
  /** Why no safeguard step applied (step null): no draws, a target objective, or a current split outside the range. */
  noSafeguard: "no-draws" | "target" | "outside-range" | null;
  held: string[];
  rangeLabel: string;
};

const transferCount = (n: number) => (n === 1 ? "one transfer" : `${n} transfers`);

/**
 * The plan against the current mix: expected weekly gain with its 90 % interval and the chance it beats the current
 * mix, over the mix model's bootstrap draws; which channels leave the data's range; which are held because the data
 * cannot tell their effect from zero. Recomputed for every plan, optimized or moved by hand.
 */
export function PlanRiskCard({
  risk,
  labels,
  horizonWeeks,
  summary,
}: {
  risk: PlanRiskView;
  labels: Record<string, string>;
  horizonWeeks: number;
  summary: OptimizeSummary | null;
}) {
  const name = (c: string) => labels[c] ?? c;
  const outside = risk.channels.filter((c) => c.position === "above" || c.position === "below");
  const unidentified = risk.channels.filter((c) => !c.identified);
  const tone = risk.isCurrentMix ? "neutral" : risk.gain.low > 0 ? "good" : risk.gain.mean > 0 ? "warn" : "bad";
  return (
    <Card
      title="Plan vs current mix"
      description="The current mix is the baseline split scaled to this plan's total spend, so only the split differs. Gains are media revenue per week over the mix model's bootstrap draws (each a full set of response curves refitted on resampled weeks)."
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="plan-risk">
        <div>
          <div className="flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-slate-500">
            Expected gain vs current mix{" "}
            <InfoTip text="Mean over the bootstrap draws of this plan's weekly media revenue minus the current mix's, with the 5–95 % range of the draws (USD per week)." />
          </div>
          <div className="tabular mt-1 text-2xl font-semibold text-slate-900" data-testid="gain-vs-current">
            {risk.isCurrentMix ? "$0" : `${risk.gain.mean >= 0 ? "+" : ""}${formatMoney(risk.gain.mean)}`}
            <span className="text-sm font-normal text-slate-500"> /wk</span>
          </div>
          <div className="tabular text-xs text-slate-600" data-testid="gain-interval">
            90 % interval {formatMoney(risk.gain.low)} to {formatMoney(risk.gain.high)} per week · {formatMoney(risk.gain.mean * horizonWeeks)} over{" "}
            {horizonWeeks} wk
          </div>
        </div>
        <div>
          <div className="flex items-center gap-1 text-xs font-medium uppercase tracking-wide text-slate-500">
            P(beats current mix){" "}
            <InfoTip text="Share of the bootstrap draws in which this plan earns more media revenue per week than the current mix. The draws carry the model's uncertainty about the curves, not week-to-week noise." />
          </div>
          <div className="tabular mt-1 text-2xl font-semibold text-slate-900" data-testid="prob-beats-current">
            {risk.isCurrentMix ? "—" : risk.probBeatsCurrent === null ? "n/a" : formatPercent(risk.probBeatsCurrent, 0)}
          </div>
          <div className="mt-0.5 text-xs">
            {risk.isCurrentMix ? (
              <Badge>this is the current mix</Badge>
            ) : (
              <Badge tone={tone}>{risk.gain.low > 0 ? "gains in 95 % of draws" : risk.gain.mean > 0 ? "likely gain, not certain" : "expected to lose"}</Badge>
            )}
          </div>
        </div>
        <div className="text-sm text-slate-700">
          {summary && (
            <p data-testid="optimize-safeguard">
              {summary.step === null
                ? summary.noSafeguard === "outside-range"
                  ? "Optimized on the average over the draws, without the safeguard: at this budget the current split, scaled to it, lies outside the spend range, so there is no in-range starting point to step from."
                  : summary.noSafeguard === "target"
                    ? "Optimized on the average over the draws; the safeguard toward the current mix applies to revenue and profit plans, not to targets."
                    : "Optimized without the safeguard (no bootstrap draws)."
                : summary.step === 0
                  ? summary.notConfident !== null
                    ? summary.notConfidentShape
                      ? `Kept the current mix: the best move (${formatPercent(summary.notConfident, 0)} of the way to the expected-value optimum) pays in 99 % of draws, but not once each channel's curve may bend a little differently around its current spend (the draws are surer of the curves' shapes than the data allow), so the model cannot promise it beats what you spend now.`
                      : `Kept the current mix: the best move (${formatPercent(summary.notConfident, 0)} of the way to the expected-value optimum) pays in fewer than 99 % of draws, so the model cannot promise it beats what you spend now.`
                    : "Kept the current mix: no step toward the optimizer's answer had a positive gain in 9 out of 10 draws."
                  : summary.step === 1
                    ? "Moved all the way to the expected-value optimum: the gain held up in 9 out of 10 draws, and it pays in at least 99 %."
                    : `Moved ${formatPercent(summary.step, 0)} of the way from the current mix to the expected-value optimum — as far as the gain stays positive in 9 out of 10 draws; the move pays in at least 99 %.${summary.transfers !== null ? ` Then ${transferCount(summary.transfers.count)} between channels, kept only because the whole move gains in every one of ${summary.transfers.checkedOn} draws the choice did not use.` : ""}`}{" "}
              Spend range: {summary.rangeLabel}.
            </p>
          )}
          {summary && summary.step === 0 && summary.hingesOn.length > 0 && (
            <p className="mt-1 text-slate-700" data-testid="hinges-on-note">
              The draws disagree most about{" "}
              {summary.hingesOn.map((h, i) => (
                <span key={h.channel}>
                  {i > 0 ? (i === summary.hingesOn.length - 1 ? " and " : ", ") : ""}
                  <strong>{name(h.channel)}</strong>
                </span>
              ))}{" "}
              ({summary.hingesOn.map((h) => formatPercent(h.share, 0)).join(", ")} of the spread in the move&apos;s gain over the draws). Evidence on how{" "}
              {name(summary.hingesOn[0].channel)} responds to a change in spend would narrow the decision most: a lift test that raises or cuts its spend for a
              few weeks, or in some regions, measures exactly that.
            </p>
          )}
          {outside.length > 0 && (
            <p className="mt-1 text-amber-800" role="note" data-testid="outside-data-note">
              Outside the data&apos;s range:{" "}
              {outside
                .map((c) => `${name(c.channel)} (${c.position === "above" ? `above ${formatMoney(c.dataMax)}` : `below ${formatMoney(c.dataMin)}`}/wk)`)
                .join(", ")}
              . The model never saw these levels; its numbers there are extrapolated.
            </p>
          )}
          {unidentified.length > 0 && (
            <p className="mt-1 text-slate-600" data-testid="unidentified-note">
              Indistinguishable from zero: {unidentified.map((c) => name(c.channel)).join(", ")}
              {summary
                ? summary.held.length
                  ? ` — held by the optimizer: never above current + ${HOLD_BAND * 100} %, cut only where 9 draws in 10 agree`
                  : " — unlocked, the optimizer moved them freely"
                : ` — unless unlocked, the optimizer never raises them above current + ${HOLD_BAND * 100} % and cuts them only where 9 draws in 10 agree`}
              .
            </p>
          )}
        </div>
      </div>
    </Card>
  );
}
