import type { Metadata } from "next";
import Link from "next/link";
import { AlertList } from "@/components/alerts/alert-list";
import { DriverList } from "@/components/forecasts/driver-list";
import { ForecastFitControls } from "@/components/forecasts/fit-controls";
import { ForecastViewSelector } from "@/components/forecasts/forecast-view-selector";
import { MediaSource } from "@/components/forecasts/media-source";
import { SharedPlanControl } from "@/components/forecasts/shared-plan-control";
import { ForecastChart } from "@/components/forecasts/forecast-chart";
import { LeaderboardTable } from "@/components/forecasts/leaderboard-table";
import { MoneyPanel } from "@/components/forecasts/money-panel";
import { OverrideForm } from "@/components/forecasts/override-form";
import { SeriesPicker } from "@/components/forecasts/series-picker";
import { RunSource } from "@/components/runs/run-source";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchForecastOverride } from "@/lib/data/writes/forecast-overrides";
import {
  fetchForecastDropAlerts,
  fetchForecastRunMeta,
  fetchForecastSeriesArtifact,
  fetchStoredBacktests,
  fetchStoredForecasts,
} from "@/lib/data/reads/forecast-page";
import { fetchScenarioChoices, fetchScenarioPlan } from "@/lib/data/reads/forecast-scenario";
import { fetchSharedForecastPlan } from "@/lib/data/writes/forecast-shared-plan";
import { fetchPlanForecastContext, fetchStoredBaselines } from "@/lib/data/reads/plan-forecast";
import { scenarioIdSchema } from "@/lib/planner/scenario-schema";
import { detectDrop } from "@/lib/forecast/drop-alert";
import { cellsOf } from "@/lib/forecast/view/build-series-inputs";
import { seriesPlanView, type PlanView } from "@/lib/forecast-plan/plan-view";
import { hasRole } from "@/lib/auth/roles";
import { fetchActiveRun, fetchChampionRun } from "@/lib/data/reads/model-runs";
import { buildChartRows, weeksFrom } from "@/lib/forecast/view/chart-rows";
import { summariseDrivers } from "@/lib/forecast/view/driver-summary";
import { RECONCILED_MODEL } from "@/lib/forecast/view/forecast-artifacts";
import { condenseNotes } from "@/lib/forecast/view/condense-notes";
import { choiceReason } from "@/lib/forecast/view/choice-reason";
import { forecastHeadline } from "@/lib/forecast/view/headline";
import { modelLabel } from "@/lib/forecast/view/leaderboard-columns";
import { forecastHref, resolvePageSelection } from "@/lib/forecast/view/page-selection";
import { isBottomKey, seriesKey, seriesLabel } from "@/lib/forecast/view/series-keys";
import { pickShownForecast, planForShown } from "@/lib/forecast/view/shown-forecast";
import { formatNumber, formatPercent, formatSignedPercent } from "@/lib/format";
import { requirePageUser } from "@/lib/auth/current-user";
import { describeIncompleteWeeks } from "@/lib/weeks/complete-weeks";

export const metadata: Metadata = { title: "Forecasts" };

type Query = { channel?: string; region?: string; horizon?: string; scenario?: string };

export default async function ForecastsPage({ searchParams }: { searchParams: Promise<Query> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  const user = await requirePageUser();
  const canEdit = hasRole(user.role, "planner");
  const query = await searchParams;
  const dataset = await fetchActiveDataset();
  if (!dataset) {
    return (
      <>
        <PageHeader title="Forecasts" />
        <EmptyState
          title="No data yet"
          action={
            <Link className="text-brand-600 underline" href="/data">
              Import weekly demand
            </Link>
          }
        >
          Forecasts need weekly demand (activations) per channel and region.
        </EmptyState>
      </>
    );
  }
  const [champion, active, scenarios, sharedPlan] = await Promise.all([
    fetchChampionRun(dataset.id, "forecast"),
    fetchActiveRun(dataset.id, "forecast"),
    fetchScenarioChoices(dataset.id),
    fetchSharedForecastPlan(dataset.id),
  ]);
  // ?scenario=ID is a what-if VIEW of the shared forecast: computed on read, stored nowhere, seen by nobody else.
  const askedScenario = query.scenario ? scenarioIdSchema.safeParse(query.scenario) : null;
  const scenarioPlan = askedScenario?.success ? await fetchScenarioPlan(dataset.id, askedScenario.data).catch(() => null) : null;
  const keepQuery = Object.fromEntries(
    Object.entries({ channel: query.channel, region: query.region, horizon: query.horizon }).filter(
      (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
    ),
  );
  const header = (
    <PageHeader
      title="Forecasts"
      description="Weekly demand (activations) for the next 4–52 weeks per channel and region, with prediction intervals, the drivers behind them (paid media from the mix model), each model's backtest accuracy and what forecast error costs in USD."
      actions={
        <div className="flex min-w-0 max-w-full flex-wrap items-start gap-3">
          <ForecastViewSelector scenarios={scenarios} scenarioId={scenarioPlan?.id ?? null} query={keepQuery} />
          {champion && (
            <div className="pt-5">
              <Link
                href="/reports/forecast"
                className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
                data-testid="report-link"
              >
                Report
              </Link>
            </div>
          )}
          <ForecastFitControls activeRunId={active?.id ?? null} />
        </div>
      }
    />
  );
  const meta = champion ? await fetchForecastRunMeta(champion.id) : null;
  if (!champion || !meta) {
    return (
      <>
        {header}
        <EmptyState title={active ? "The first forecast fit is running" : "No forecast yet"}>
          {active
            ? "Every channel × region series, channel total, region total and the grand total is being backtested and forecast. Progress shows at the top right; this page fills in when the run finishes."
            : "Press “Fit forecasts” to backtest the models on every series and store their forecasts."}
        </EmptyState>
      </>
    );
  }

  const sel = resolvePageSelection(query, { channels: meta.channels, regions: meta.regions, storedHorizon: meta.horizon });
  const key = seriesKey(sel);
  const [series, forecasts, override, alerts, planContext, baselines] = await Promise.all([
    fetchForecastSeriesArtifact(champion.id, key),
    fetchStoredForecasts(champion.id, key),
    fetchForecastOverride(dataset.id, key),
    fetchForecastDropAlerts(dataset.id, key),
    fetchPlanForecastContext(dataset.id),
    fetchStoredBaselines(champion.id, key),
  ]);
  if (!series || Object.keys(forecasts).length === 0) {
    return (
      <>
        {header}
        <EmptyState title={`No stored forecast for ${seriesLabel(key)}`}>
          Run #{champion.id} has no forecast for this series. Pick another series or fit again.
        </EmptyState>
      </>
    );
  }

  const shown = pickShownForecast({
    chosen: series.chosen,
    override: override?.model ?? null,
    available: Object.keys(forecasts),
    reconciledModel: RECONCILED_MODEL,
  });
  const bottom = isBottomKey(key);
  const baseModel = shown.source === "override" ? shown.model : series.shown;
  const folds = await fetchStoredBacktests(champion.id, key, baseModel);
  const shared = forecasts[shown.model];
  // The scenario view: the stored baseline of the forecast on screen + the scenario's media (same mix model, same
  // mapping, carryover from the same past spend). Without a usable mix model or baseline there is no view to compute.
  const viewContext = planContext && planContext.forecastRunId === champion.id && planContext.model ? planContext : null;
  const baseline = baselines[shown.model];
  let view: PlanView | null = null;
  if (scenarioPlan && viewContext && baseline)
    view = seriesPlanView(viewContext.model!, viewContext.media, scenarioPlan.allocation, baseline, cellsOf(meta, key));
  const forecast = view ? view.forecast : shared;
  const history = { dates: weeksFrom(series.history.start, series.history.values.length), values: series.history.values };
  const chart = buildChartRows({ history, forecast, folds, horizon: sel.horizon, compare: view ? shared : null });
  const headline = forecastHeadline(history.values, forecast.yhat, sel.horizon);
  const viewDrop = view ? detectDrop(history.values, view.forecast.yhat, { thresholdPct: meta.dropThresholdPct }) : null;
  const drivers = series.drivers ? summariseDrivers(series.drivers.items, sel.horizon) : [];
  const media = meta.media;
  const mediaNow = view ? { byChannel: view.byChannel, perWeek: view.media } : (series.media ?? null);
  const plan = planForShown(series.money, shown, series.shown);
  const shownMetrics = series.leaderboard.find((l) => l.model === baseModel)?.metrics;
  const forecastName =
    shown.source === "override" ? `${shown.model}, override` : shown.source === "reconciled" && !bottom ? "bottom-up sum of the cells" : series.shown;
  const fr = meta.futureRegressors;

  return (
    <>
      {header}
      <div className="mb-4 flex flex-col gap-1">
        <RunSource run={champion} />
        <p className="text-xs text-slate-500" data-testid="future-plan">
          Shared forecast&apos;s plan:{" "}
          {fr.source === "scenario" ? (
            <>
              weekly spend from scenario <strong>“{fr.scenarioName}”</strong> (#{fr.scenarioId}) for {fr.planned.join(", ") || "no channel"}
              {fr.carried.length ? `; the current mix for ${fr.carried.join(", ")}` : ""}
              {sharedPlan ? ` — made the shared plan by ${sharedPlan.setBy} on ${sharedPlan.setAt.slice(0, 16).replace("T", " ")} UTC` : ""}.
            </>
          ) : fr.source === "current-mix" ? (
            <>
              the current mix (mean weekly spend per channel
              {media?.currentMixWeeks.first ? ` from ${media.currentMixWeeks.first} to ${media.currentMixWeeks.last}` : ""}, as the Planner starts from).
            </>
          ) : (
            "last known spend carried forward (a run from before media came from the mix model)."
          )}{" "}
          Promotions and macro indicators carried forward. Reconciliation: {meta.reconciliation.method}.
        </p>
        {meta.incompleteWeeks?.length ? (
          <p className="text-xs text-amber-800" data-testid="forecast-incomplete-weeks">
            {describeIncompleteWeeks(meta.incompleteWeeks)}. Forecasts learn only from weeks with both demand and spend imported.
          </p>
        ) : null}
        {!scenarioPlan && (
          <div className="mt-1">
            <SharedPlanControl scenario={null} canEdit={canEdit} role={user.role} offer={fr.source === "scenario"} />
          </div>
        )}
      </div>

      {query.scenario && !scenarioPlan && (
        <p role="alert" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Scenario “{query.scenario}” was not found in this dataset: showing the shared forecast.
        </p>
      )}
      {scenarioPlan && (
        <div
          className="mb-4 flex flex-col gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-900"
          role="status"
          data-testid="scenario-banner"
        >
          <p>
            <strong>What-if view: under scenario “{scenarioPlan.name}”.</strong>{" "}
            {view
              ? `The same baseline forecast with this scenario's weekly spend (${view.planned.join(", ") || "no channel"}${view.carried.length ? `; the current mix for ${view.carried.join(", ")}` : ""}) through the mix model. `
              : "This forecast run has no mix model to apply a plan with, so the shared forecast is shown. "}
            The shared forecast everyone sees is unchanged (dashed line) and no alert is raised from this view.{" "}
            <Link
              className="font-medium text-brand-700 underline"
              href={`/forecasts${Object.keys(keepQuery).length ? `?${new URLSearchParams(keepQuery).toString()}` : ""}`}
              data-testid="back-to-shared"
            >
              Back to the shared forecast
            </Link>
          </p>
          {view && <SharedPlanControl scenario={{ id: scenarioPlan.id, name: scenarioPlan.name }} canEdit={canEdit} role={user.role} />}
        </div>
      )}

      <Card className="mb-6">
        <SeriesPicker
          channels={meta.channels}
          regions={meta.regions}
          channel={sel.channel}
          region={sel.region}
          horizon={sel.horizon}
          maxHorizon={Math.min(52, meta.horizon)}
          scenarioId={scenarioPlan?.id ?? null}
        />
      </Card>

      <h2 className="mb-3 text-lg font-semibold text-slate-900" data-testid="series-title">
        {seriesLabel(key)} · next {sel.horizon} weeks{scenarioPlan && view ? ` · under “${scenarioPlan.name}”` : ""}
      </h2>
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat
          label={`Forecast, next ${headline.weeks} wk`}
          value={formatNumber(headline.forecastTotal)}
          hint="Sum of the weekly point forecasts (median), activations."
        />
        <Stat
          label="vs last weeks"
          value={headline.change === null ? "—" : formatSignedPercent(headline.change)}
          tone={headline.change === null ? "neutral" : headline.change >= 0 ? "good" : "bad"}
          delta={`${formatNumber(headline.recentTotal)} activations in the last ${headline.recentWeeks} wk`}
          hint="Average forecast week compared with the average actual week over the same number of most recent weeks."
        />
        <Stat
          label="Model shown"
          value={<span className="text-lg">{shown.source === "override" ? shown.model : bottom ? series.shown : "bottom-up"}</span>}
          delta={shown.source === "override" ? "override (set by a person)" : `automatic choice: ${series.chosen}`}
          hint="The engine picks the model with the best walk-forward backtest score (an ensemble unless one model is clearly better). Totals show the bottom-up sum of the cells' forecasts."
        />
        <Stat
          label="Backtest MASE"
          value={typeof shownMetrics?.mase === "number" ? shownMetrics.mase.toFixed(2) : "—"}
          delta={shownMetrics ? `${baseModel} · sMAPE ${shownMetrics.smape?.toFixed(1)} % · 80 % cov. ${formatPercent(shownMetrics.coverage80, 0)}` : undefined}
          hint="Backtest error of the model behind this forecast (for totals: the total's own chosen model) relative to a naive last-week forecast; below 1 beats naive."
        />
      </div>

      {shown.source === "override" && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          Override: showing <strong>{modelLabel(shown.model)}</strong> for this series instead of the automatic choice <strong>{series.chosen}</strong>.
          {bottom
            ? " Channel, region and grand totals include it from the next fit."
            : " This total is shown as that model's own forecast, not the bottom-up sum."}
        </p>
      )}
      {shown.overrideIgnored && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The override “{shown.overrideIgnored}” was not fitted in this run (too little history or not among the models); showing the automatic choice.
        </p>
      )}

      <Card
        title={view ? `Weekly activations under “${scenarioPlan!.name}” beside the shared forecast` : "Weekly activations: actuals, forecast and backtests"}
        className="mb-6"
      >
        <ForecastChart
          rows={chart.rows}
          foldCount={chart.foldCount}
          forecastName={view ? `${forecastName}, under “${scenarioPlan!.name}”` : forecastName}
          origin={meta.origin}
          compareName={view ? "Shared forecast" : undefined}
        />
      </Card>

      <Card
        title="Model leaderboard"
        description={`Walk-forward backtest of every model on ${seriesLabel(key)}, best first. Errors in activations/week unless marked.`}
        className="mb-6"
      >
        <LeaderboardTable rows={series.leaderboard} chosen={series.chosen} shown={baseModel} />
        {choiceReason(series.leaderboard, series.chosen) && (
          <p className="mt-2 text-xs text-slate-600" data-testid="choice-reason">
            <strong>Why {series.chosen} is chosen:</strong> {choiceReason(series.leaderboard, series.chosen)}
          </p>
        )}
        <div className="mt-4 border-t border-slate-100 pt-4">
          <OverrideForm seriesKey={key} models={series.leaderboard.map((l) => l.model)} chosen={series.chosen} override={override?.model ?? null} />
        </div>
      </Card>

      <div className="mb-6 grid gap-6 xl:grid-cols-3">
        <Card
          title="Money impact of forecast error"
          description={view ? "USD, from unit economics; for the shared forecast (backtest costs do not depend on a plan)." : "USD, from unit economics."}
        >
          {series.money ? (
            <MoneyPanel money={series.money} shownModel={baseModel} chosen={series.chosen} forecast={shared} plan={plan} horizon={sel.horizon} />
          ) : (
            <p className="text-sm text-slate-500">
              No unit economics for this series&apos; channels: import cost and revenue per activation on the Data page to price forecast error.
            </p>
          )}
        </Card>
        <Card title="Drivers">
          {drivers.length > 0 && series.drivers ? (
            <DriverList rows={drivers} model={series.drivers.model} horizon={sel.horizon} />
          ) : (
            <p className="text-sm text-slate-500">No model with driver contributions was fitted for this series.</p>
          )}
          {series.regressors.length > 0 && (
            <p className="mt-3 text-xs text-slate-500">
              Drivers offered to the models: {series.regressors.join(", ")}; holidays as calendar events. Media spend is not among them: its effect comes from
              the mix model (below).
            </p>
          )}
          <div className="mt-4 border-t border-slate-100 pt-3">
            <MediaSource
              media={media ?? null}
              mediaNow={mediaNow}
              horizon={sel.horizon}
              cells={cellsOf(meta, key)}
              championMmmRunId={planContext?.championMmmRunId ?? null}
              scenarioName={view ? scenarioPlan!.name : null}
            />
          </div>
        </Card>
        <Card
          title="Drop alerts"
          actions={
            <Link className="text-sm text-brand-600 underline" href="/models#alerts">
              All alerts
            </Link>
          }
        >
          <p className="mb-3 text-sm" data-testid="drop-check">
            Next {series.drop.weeks} weeks vs last {series.drop.weeks} (shared forecast):{" "}
            <strong className="tabular">{Number.isFinite(series.drop.changePct) ? formatSignedPercent(series.drop.changePct / 100) : "—"}</strong>{" "}
            {series.drop.alert ? <Badge tone="bad">drop &gt; {meta.dropThresholdPct.toFixed(0)} %</Badge> : <Badge tone="good">no drop</Badge>}
          </p>
          {viewDrop && (
            <p className="mb-3 text-sm" data-testid="view-drop-check">
              Under “{scenarioPlan!.name}”:{" "}
              <strong className="tabular">{Number.isFinite(viewDrop.changePct) ? formatSignedPercent(viewDrop.changePct / 100) : "—"}</strong>{" "}
              {viewDrop.alert ? <Badge tone="bad">would drop &gt; {meta.dropThresholdPct.toFixed(0)} %</Badge> : <Badge tone="good">no drop</Badge>}{" "}
              <span className="text-xs text-slate-500">(a view raises and resolves no alert)</span>
            </p>
          )}
          <AlertList alerts={alerts.series} empty="No open drop alert for this series." />
          {alerts.others.length > 0 && (
            <div className="mt-3 text-sm">
              <p className="text-xs text-slate-500">Other series with a drop alert:</p>
              <ul className="mt-1 flex flex-wrap gap-2">
                {alerts.others.slice(0, 12).map((a) => (
                  <li key={a.id}>
                    <Link className="text-brand-600 underline" href={forecastHref(a.seriesKey, sel.horizon)}>
                      {seriesLabel(a.seriesKey)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      </div>
      <Card title="Notes">
        <ul className="flex list-disc flex-col gap-1 pl-4 text-sm text-slate-700" data-testid="notes">
          <li>
            <strong>Reconciliation ({meta.reconciliation.method}):</strong> {meta.reconciliation.description}
          </li>
          {condenseNotes(series.notes).map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      </Card>
    </>
  );
}
