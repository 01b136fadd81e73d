import type { Metadata } from "next";
import Link from "next/link";
import { AdstockChart } from "@/components/roi/adstock-chart";
import { ChannelTable } from "@/components/roi/channel-table";
import { DecompositionChart } from "@/components/roi/decomposition-chart";
import { Diagnostics } from "@/components/roi/diagnostics";
import { FitChart } from "@/components/roi/fit-chart";
import { GeoRoiTable } from "@/components/roi/geo-roi-table";
import { roundForChart } from "@/lib/charts/round-for-chart";
import { ResponseCurves } from "@/components/roi/response-curves";
import { RoiBars } from "@/components/roi/roi-bars";
import { TruthTable } from "@/components/roi/truth-table";
import { FitLauncher } from "@/components/runs/fit-launcher";
import { RunSource } from "@/components/runs/run-source";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchActiveRun } from "@/lib/data/reads/model-runs";
import { fetchChampionMmmRun, fetchLatestMmmFailure } from "@/lib/data/reads/mmm-runs";
import { formatMoney, formatPercent, formatRatio } from "@/lib/format";
import { adstockFamilyNote } from "@/lib/mmm/view/adstock-family";
import { adstockRows } from "@/lib/mmm/view/adstock-rows";
import { decompositionRows } from "@/lib/mmm/view/decomposition-rows";
import { geoRoiGrid } from "@/lib/mmm/view/geo-roi-grid";
import { describePartners, FOLLOWS_SEASON_SENTENCE, weaklyIdentified } from "@/lib/mmm/view/identifiability";
import { responseCurveRows } from "@/lib/mmm/view/response-curve-rows";
import { roiAxisMax, roiBarRows } from "@/lib/mmm/view/roi-bar-rows";
import { summarizeMedia } from "@/lib/mmm/view/summarize-media";
import { requirePageUser } from "@/lib/auth/current-user";
import { describeIncompleteWeeks } from "@/lib/weeks/complete-weeks";

export const metadata: Metadata = { title: "Channel ROI" };

const TITLE = "Channel ROI";

export default async function RoiPage() {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const dataset = await fetchActiveDataset();
  if (!dataset) {
    return (
      <>
        <PageHeader title={TITLE} />
        <EmptyState
          title="No data yet"
          action={
            <Link className="text-brand-600 underline" href="/data">
              Import weekly revenue and spend
            </Link>
          }
        >
          The mix model needs weekly revenue and spend per channel.
        </EmptyState>
      </>
    );
  }
  const [champion, active] = await Promise.all([fetchChampionMmmRun(dataset.id), fetchActiveRun(dataset.id, "mmm")]);
  const launcher = <FitLauncher kind="mmm" label="Refit the mix model" activeRunId={active?.id ?? null} />;

  if (!champion?.results) {
    const failure = active ? null : await fetchLatestMmmFailure(dataset.id);
    return (
      <>
        <PageHeader title={TITLE} description="What each channel's spend returns, from the marketing mix model." actions={launcher} />
        <EmptyState title={active ? "Fitting the first mix model…" : "No mix model fitted yet"}>
          {active
            ? "The model searches adstock and saturation shapes for every channel, then bootstraps the weeks for 90 % intervals. This takes a minute; the numbers appear here when it is done."
            : "Fit the marketing mix model to see ROI, marginal ROI and response curves per channel."}
          {failure && (
            <p role="alert" className="mt-3 text-rose-700">
              The last fit (run #{failure.id}) failed: {failure.error}
            </p>
          )}
        </EmptyState>
      </>
    );
  }

  const { run } = champion;
  const { artifacts, metrics } = champion.results;
  const view = artifacts.view;
  const labels = Object.fromEntries(view.channels.map((c) => [c.name, c.label]));
  const channels = artifacts.channels;
  const named = channels.map((c) => ({ name: c.name, label: labels[c.name] ?? c.name }));
  const media = summarizeMedia(channels, view.totalRevenue);
  const axis = {
    roi: roiAxisMax(channels.map((c) => ({ value: c.roi, high: c.roiHigh }))),
    mroi: roiAxisMax(channels.map((c) => ({ value: c.mroi, high: c.mroiHigh }))),
  };
  const bars = roiBarRows(channels, labels, axis);
  const notes = weaklyIdentified(channels, labels, view.spendOverlap ?? []);
  const decomposition = decompositionRows(
    artifacts.decomposition,
    channels.map((c) => c.name),
  );
  const panels = channels.map((c) => {
    const curve = responseCurveRows(c.responseCurve, c.meanWeeklySpend);
    const note = curve.current ? `now ${formatMoney(curve.current.spend)}/wk → ${formatMoney(curve.current.kpi)}/wk` : "";
    return { name: c.name, label: labels[c.name] ?? c.name, note, ...curve };
  });
  const lags = adstockRows(Object.fromEntries(view.channels.map((c) => [c.name, c.adstockWeights])));
  const liftChannels = [...new Set(view.liftTests.map((l) => labels[l.channel] ?? l.channel))];
  const geoGrid = artifacts.geos?.length ? geoRoiGrid(channels, artifacts.geos, labels, view.regionalTruth) : null;

  return (
    <>
      <PageHeader
        title={TITLE}
        description={
          <>
            {geoGrid ? (
              <span data-testid="roi-model-geo">
                What each channel&apos;s spend returned in revenue (USD), from a geo-level marketing mix model of weekly revenue in {geoGrid.rows.length}{" "}
                regions on {dataset.name}, weeks {view.firstWeek} to {view.lastWeek} ({artifacts.weeks} weeks): media shapes shared per channel, each
                region&apos;s effect pooled toward the national one, national figures the sums of the regions
                {view.liftTests.length
                  ? artifacts.fit.liftZ2 !== undefined
                    ? `, calibrated to ${view.liftTests.length} lift tests (${liftChannels.join(", ")})`
                    : ` (fitted before the geo model took lift tests: the ${view.liftTests.length} lift tests were not used; refit to use them)`
                  : ""}
                .
              </span>
            ) : (
              <span data-testid="roi-model-national">
                What each channel&apos;s spend returned in revenue (USD), from a marketing mix model of national weekly revenue on {dataset.name}, weeks{" "}
                {view.firstWeek} to {view.lastWeek} ({artifacts.weeks} weeks)
                {view.liftTests.length ? `, calibrated to ${view.liftTests.length} lift tests (${liftChannels.join(", ")})` : ""}
                {view.modelNote ? `; national rather than geo-level because ${view.modelNote}` : ""}.
              </span>
            )}
          </>
        }
        actions={
          <>
            <Link href="/reports/mmm" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50" data-testid="report-link">
              Report
            </Link>
            {launcher}
          </>
        }
      />
      <div className="-mt-4 mb-6">
        <RunSource run={run} />
        {view.incompleteWeeks?.length ? (
          <p className="mt-1 text-xs text-amber-800" data-testid="roi-incomplete-weeks">
            {describeIncompleteWeeks(view.incompleteWeeks)}. The mix model uses only weeks with both revenue and spend imported.
          </p>
        ) : null}
      </div>

      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat
          label="Media contribution"
          value={formatMoney(media.totalContribution)}
          delta={`${formatPercent(media.shareOfRevenue)} of ${formatMoney(view.totalRevenue)} revenue`}
          hint="Revenue in the window that the model attributes to paid media (the revenue that would be lost with zero spend in every channel), in USD."
        />
        <Stat
          label="Blended ROI"
          value={formatRatio(media.blendedRoi)}
          delta={`on ${formatMoney(media.totalSpend)} spend`}
          hint="All media contribution divided by all media spend: revenue per $1 of spend, across channels."
        />
        <Stat
          label="Fit R²"
          value={artifacts.fit.r2.toFixed(3)}
          hint="Share of the week-to-week variance of national revenue that the model explains (1 = all of it)."
        />
        <Stat
          label="NRMSE · MAPE"
          value={
            <>
              {artifacts.fit.nrmse.toFixed(3)} · <span className="whitespace-nowrap">{formatPercent(artifacts.fit.mape)}</span>
            </>
          }
          hint="NRMSE: root-mean-square error of fitted weekly revenue divided by the range of weekly revenue. MAPE: mean absolute % error of fitted weekly revenue. Lower is better for both."
        />
      </div>

      <div className="flex flex-col gap-6">
        <Card
          title="ROI and marginal ROI by channel"
          description="ROI = revenue contribution per $1 of spend over the whole window, averaged over the response-curve shapes the data cannot tell apart (so it can differ a little from the decomposition's contribution ÷ spend). Marginal ROI = revenue from the next $1 of weekly spend at today's level. Whiskers: 90 % intervals from a block bootstrap of weeks."
        >
          <RoiBars rows={bars} roiAxisMax={axis.roi} mroiAxisMax={axis.mroi} />
          {channels.some((c) => c.roiHigh > axis.roi || c.mroiHigh > axis.mroi) && (
            <p className="mt-1 text-xs text-slate-500">
              Whiskers that reach the top of a chart are cut there so the other bars stay readable; the table below has the full intervals.
            </p>
          )}
          {notes.length > 0 && (
            <div className="mt-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="note" data-testid="identifiability-note">
              <p className="font-medium">Not every channel can be pinned down by this data.</p>
              <ul className="mt-1 list-disc pl-5">
                {notes.map((n) => (
                  <li key={n.name} data-testid={`identifiability-${n.name}`}>
                    {n.reason === "shares-signal" ? (
                      <>
                        {n.label}: pinned down (90 %: {formatRatio(n.roiLow)} to {formatRatio(n.roiHigh)}), but its weekly spend moves with{" "}
                        {describePartners(n.movesWith)}, which the model cannot tell from zero. With {n.movesWith.length > 1 ? "those" : "that channel"} held at
                        zero, part of {n.movesWith.length > 1 ? "their" : "its"} effect may sit in {n.label}&apos;s estimate; the channels&apos; combined return
                        is better known than each one&apos;s.
                      </>
                    ) : n.reason === "unidentified" ? (
                      <>
                        <strong data-testid={`unidentified-${n.name}`}>{n.label}: indistinguishable from zero.</strong> A likelihood-ratio test cannot tell its
                        effect from none, so the model
                        {geoGrid ? " reports a shrunk estimate with an interval from 0" : " holds its ROI at 0"}; the data allow anything from{" "}
                        {formatRatio(n.roiLow)} to {formatRatio(n.roiHigh)}. That is not proof it returns nothing. The Planner keeps it near its current spend
                        unless you unlock it.
                        {n.followsSeason && <span data-testid={`follows-season-${n.name}`}> {FOLLOWS_SEASON_SENTENCE}</span>}
                      </>
                    ) : (
                      <>
                        {n.label}: the 90 % interval runs from {formatRatio(n.roiLow)} to {formatRatio(n.roiHigh)}.{" "}
                        {n.reason === "includes-zero"
                          ? "The model cannot tell its effect apart from zero; that is not proof it returns nothing."
                          : "The interval is wider than the estimate itself."}
                      </>
                    )}
                    {n.reason !== "shares-signal" && n.movesWith.length > 0 && (
                      <> Its weekly spend moves with {describePartners(n.movesWith)}, so the data can trade one&apos;s effect for the other&apos;s.</>
                    )}
                  </li>
                ))}
              </ul>
              <p className="mt-1">
                Usual causes: spend that moves together with another channel or the season, or too little variation in spend. A lift test (geo or holdout
                experiment) on the channel would settle it; treat these ROIs as ranges, not numbers.
              </p>
            </div>
          )}
        </Card>

        <Card title="Channels" description="Window totals per channel; small numbers under each value are the 90 % interval.">
          <ChannelTable channels={channels} views={view.channels} />
        </Card>

        {geoGrid && (
          <Card
            title="ROI by region"
            description="The geo-level model estimates every channel in every region; regions with little data lean on the national (pooled) estimate. National row: the sums over regions."
          >
            <GeoRoiTable grid={geoGrid} />
          </Card>
        )}

        {metrics.truth && (
          <Card
            title="Estimate vs truth (demo data)"
            description="The demo dataset is simulated from known adstock, saturation and ROI per channel, so the model's estimates can be graded against the truth."
          >
            <TruthTable comparison={metrics.truth} />
          </Card>
        )}

        <Card
          title="Where revenue came from"
          description="Weekly revenue split into the organic baseline (level, trend, season), promotions, holidays, macro swings around their average, and each channel's contribution (stacked, USD); the line is actual revenue."
        >
          <DecompositionChart rows={roundForChart(decomposition)} channels={named} />
        </Card>

        <Card
          title="Response curves"
          description="Steady-state weekly revenue (USD) at a constant weekly spend, with the 90 % band from the bootstrap; the dot is today's mean weekly spend. Where the curve flattens, extra spend buys little."
        >
          <ResponseCurves panels={roundForChart(panels)} />
        </Card>

        <div className="grid gap-6 xl:grid-cols-2">
          <Card
            title="Carryover (adstock)"
            description={`Share of a week's spend effect that lands in that week and the weeks after it. ${adstockFamilyNote(artifacts.settings.adstock)}`}
          >
            <AdstockChart rows={roundForChart(lags)} channels={named} />
          </Card>
          <Card title="Actual vs fitted" description="National weekly revenue (USD) and the model's in-sample fit.">
            <FitChart rows={roundForChart(decomposition.map(({ date, actual, fitted }) => ({ date, actual, fitted })))} />
          </Card>
        </div>

        <Card title="Diagnostics" description="How well the model fits, how separable the channels are, and how the model was chosen.">
          <Diagnostics result={artifacts} channelLabels={labels} />
        </Card>
      </div>
    </>
  );
}
