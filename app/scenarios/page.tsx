import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { RunSource } from "@/components/runs/run-source";
import { ScenariosPanel } from "@/components/scenarios/scenarios-panel";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchBaselineScenario } from "@/lib/data/reads/scenario-baseline";
import { fetchScenarios } from "@/lib/data/writes/scenario-store";
import { fetchScenarioForecasts } from "@/lib/data/reads/scenario-forecasts";
import { fetchChannelLabels } from "@/lib/data/reads/scenario-channel-labels";
import { BASELINE_KEY } from "@/lib/planner/scenario-predicted";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<{ compare?: string }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const { compare } = await searchParams;
  const dataset = await fetchActiveDataset();
  if (!dataset) {
    return (
      <>
        <PageHeader title="Scenarios" />
        <EmptyState
          title="No dataset yet"
          action={
            <Link className="text-brand-600 underline" href="/data">
              Import data
            </Link>
          }
        >
          Scenarios are budget plans made in the Planner on a dataset.
        </EmptyState>
      </>
    );
  }
  const [scenarios, baseline, channelLabels] = await Promise.all([
    fetchScenarios(dataset.id),
    fetchBaselineScenario(dataset.id),
    fetchChannelLabels(dataset.id),
  ]);
  const forecasts = await fetchScenarioForecasts(dataset.id, scenarios);
  // A link from the Planner (?compare=ID) opens that scenario already compared with the baseline.
  const initialCompare = compare
    ? [
        BASELINE_KEY,
        ...compare
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      ]
    : [];
  return (
    <>
      <PageHeader
        title="Scenarios"
        description="Named budget plans saved from the Planner: reopen, rename, compare side by side (KPIs, allocation and weekly total-revenue forecasts), export, or view the demand forecast under one."
        actions={baseline ? <RunSource run={baseline.run} /> : undefined}
      />
      <ScenariosPanel
        scenarios={scenarios}
        baseline={
          baseline ? { allocation: baseline.allocation, totalBudget: baseline.totalBudget, predicted: baseline.predicted, runId: baseline.run.id } : null
        }
        initialCompare={initialCompare}
        channelLabels={channelLabels}
        forecasts={forecasts}
      />
    </>
  );
}
