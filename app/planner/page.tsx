import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { FitLauncher } from "@/components/runs/fit-launcher";
import { RunSource } from "@/components/runs/run-source";
import { PlannerPanelClient as PlannerPanel } from "@/components/planner/planner-panel-client";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchActiveRun } from "@/lib/data/reads/model-runs";
import { fetchChampionMmmRun } from "@/lib/data/reads/mmm-runs";
import { PlannerViewToggle, RegionalPlanCard } from "@/components/planner/regional-plan-card";
import { planByRegion, type RegionalPlan } from "@/lib/optimize/plan-by-region";
import { BASELINE_WEEKS, fetchPlannerInputs } from "@/lib/data/reads/planner-inputs";
import { scenarioIdSchema } from "@/lib/planner/scenario-schema";
import { fetchScenario } from "@/lib/data/writes/scenario-store";
import { fetchPlanForecastContext } from "@/lib/data/reads/plan-forecast";
import { requirePageUser } from "@/lib/auth/current-user";
import { packResponseModel } from "@/lib/planner/packed-response-model";

export const metadata: Metadata = { title: "Planner" };

export default async function PlannerPage({ searchParams }: { searchParams: Promise<{ scenario?: string; view?: string }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const { scenario: scenarioParam, view: viewParam } = await searchParams;
  const dataset = await fetchActiveDataset();
  if (!dataset) {
    return (
      <>
        <PageHeader title="Planner" />
        <EmptyState
          title="No dataset yet"
          action={
            <Link className="text-brand-600 underline" href="/data">
              Import data
            </Link>
          }
        >
          The Planner needs spend and demand data and a fitted mix model.
        </EmptyState>
      </>
    );
  }
  const [planner, active] = await Promise.all([fetchPlannerInputs(dataset.id), fetchActiveRun(dataset.id, "mmm")]);
  if (planner.status !== "ready") {
    return (
      <>
        <PageHeader
          title="Planner"
          description="Allocate a weekly budget across channels with the fitted marketing mix model."
          actions={active ? <FitLauncher kind="mmm" label="Fit mix model" activeRunId={active.id} /> : undefined}
        />
        <EmptyState
          title={planner.status === "no-model" ? "No fitted mix model yet" : `Mix-model run #${planner.runId} cannot be used for planning`}
          action={
            <Link className="text-brand-600 underline" href="/roi">
              Go to Channel ROI to fit the mix model
            </Link>
          }
        >
          {planner.status === "no-model"
            ? active
              ? `A mix-model fit (run #${active.id}) is in progress; the Planner opens when it succeeds.`
              : "The Planner predicts outcomes from the champion marketing mix model's response curves. Fit one on Channel ROI first."
            : `Its stored response model is invalid: ${planner.error}`}
        </EmptyState>
      </>
    );
  }
  const inputs = planner.inputs;
  // The plan by region (issue 13) when the champion mix model is a geo model; the national plan stays the default view.
  const regional = await regionalPlanFor(
    dataset.id,
    inputs.run.id,
    Object.values(inputs.baseline).reduce((a, b) => a + b, 0),
  );
  const view = viewParam === "regions" && regional ? "regions" : "national";
  // The weekly chart adds a plan's media to the champion forecast's baseline: only when that forecast took media out
  // with this same mix model, so baseline and media come from one model.
  const planContext = await fetchPlanForecastContext(dataset.id);
  const planForecast =
    planContext && planContext.model && planContext.media.mmmRunId === inputs.run.id
      ? {
          forecastRunId: planContext.forecastRunId,
          mmmRunId: inputs.run.id,
          origin: planContext.meta.origin,
          currentMix: planContext.media.currentMix,
          past: planContext.media.past,
          mapping: planContext.media.mapping,
          revenue: planContext.media.national.revenue,
          activations: planContext.media.national.activations,
        }
      : null;
  const planForecastNote = planForecast
    ? null
    : !planContext
      ? "No forecast run with media from the mix model yet: fit forecasts on the Forecasts page to chart total revenue week by week under a plan."
      : `The champion forecast (run #${planContext.forecastRunId}) took media out with mix-model run #${planContext.media.mmmRunId ?? "none"}, not the champion #${inputs.run.id}: refit forecasts so the weekly totals and these sliders use one model.`;
  const scenarioId = scenarioIdSchema.safeParse(scenarioParam);
  const scenario = scenarioParam && scenarioId.success ? await fetchScenario(scenarioId.data, dataset.id) : null;
  const known = new Set(inputs.model.channels.map((c) => c.name));
  const usable = scenario && Object.keys(scenario.allocation).every((c) => known.has(c)) ? scenario : null;

  return (
    <>
      <PageHeader
        title="Planner"
        description={
          <>
            Move a channel&apos;s slider and the predicted outcome updates at once; or set a total weekly budget and let the optimizer split it. Starting point:
            mean weekly spend per channel over the last {BASELINE_WEEKS} weeks
            {inputs.baselineWeeks.first ? ` (${inputs.baselineWeeks.first} to ${inputs.baselineWeeks.last})` : ""}.
          </>
        }
        actions={<RunSource run={inputs.run} />}
      />
      {scenarioParam && !usable && (
        <p role="alert" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {scenario
            ? `Scenario “${scenario.name}” uses channels the current mix model does not have, so the Planner starts from the baseline.`
            : `Scenario ${scenarioParam} was not found; starting from the baseline.`}
        </p>
      )}
      {usable && (
        <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-700" data-testid="loaded-scenario">
          Opened scenario “{usable.name}” (version {usable.version}, saved {usable.updatedAt.slice(0, 16).replace("T", " ")} UTC
          {usable.modelRunId && usable.modelRunId !== inputs.run.id
            ? `, with run #${usable.modelRunId}; predictions below use the current champion run #${inputs.run.id}`
            : ""}
          ).
        </p>
      )}
      <PlannerViewToggle view={view} available={regional !== null} />
      {view === "regions" && regional ? (
        <RegionalPlanCard plan={regional} labels={Object.fromEntries(inputs.channels.map((c) => [c.name, c.label]))} />
      ) : (
        <PlannerPanel
          key={usable ? `s${usable.id}` : "baseline"}
          model={packResponseModel(inputs.model)}
          runId={inputs.run.id}
          channels={inputs.channels}
          baseline={inputs.baseline}
          revenuePerActivation={inputs.revenuePerActivation}
          defaultMargin={inputs.defaultMargin}
          marginFromEconomics={inputs.marginFromEconomics}
          planForecast={planForecast}
          planForecastNote={planForecastNote}
          initial={
            usable
              ? {
                  scenario: { id: usable.id, name: usable.name, version: usable.version },
                  allocation: usable.allocation,
                  totalBudget: usable.totalBudget,
                  objective: usable.objective,
                  horizonWeeks: usable.predicted?.horizonWeeks,
                  margin: usable.predicted?.margin,
                }
              : null
          }
        />
      )}
    </>
  );
}

async function regionalPlanFor(datasetId: number, runId: number, budget: number): Promise<RegionalPlan | null> {
  const champion = await fetchChampionMmmRun(datasetId);
  const artifacts = champion?.run.id === runId ? champion.results?.artifacts : undefined;
  const { geoModel, geos } = artifacts ?? {};
  if (!artifacts || !geoModel || !geos || !(budget > 0)) return null;
  try {
    return planByRegion({ geoModel, geos, responseModel: artifacts.responseModel }, budget);
  } catch {
    return null;
  }
}
