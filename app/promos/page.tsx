import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { FitLauncher } from "@/components/runs/fit-launcher";
import { RunSource } from "@/components/runs/run-source";
import { PromoForm } from "@/components/promos/promo-form";
import { PromoBatchUpload } from "@/components/promos/promo-batch-upload";
import { PromoModelCard } from "@/components/promos/promo-model-card";
import { PromoHistoryTable } from "@/components/promos/promo-history-table";
import { ImportanceChart } from "@/components/service/importance-chart";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchActiveRun } from "@/lib/data/reads/model-runs";
import { fetchPromoFormOptions } from "@/lib/data/reads/promo-form-options";
import { fetchPromoScoreHistory } from "@/lib/data/reads/promo-score-history";
import { requirePageUser } from "@/lib/auth/current-user";
import { DEFAULT_PROMO_MARGIN, MIN_P_SELLS, policyPercent } from "@/lib/promo/promo-policy";
import { fetchPromoChampion } from "@/lib/data/reads/promo-run";

export const metadata: Metadata = { title: "Promo planner" };

const DESCRIPTION = `Will a planned promotion sell, how much will it add per day, and does it pay back its discount and costs? Go when expected ROI ≥ 0 and P(sells) ≥ ${policyPercent(MIN_P_SELLS)} (${policyPercent(DEFAULT_PROMO_MARGIN)} margin on incremental sales).`;

export default async function PromosPage() {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const dataset = await fetchActiveDataset();
  if (!dataset) {
    return (
      <>
        <PageHeader title="Promo planner" />
        <EmptyState
          title="No data yet"
          action={
            <Link className="text-brand-600 underline" href="/data">
              Import promotions on the Data page
            </Link>
          }
        >
          The promo model learns from past promotions, weekly revenue by region and holidays.
        </EmptyState>
      </>
    );
  }
  const [promo, active, options, history] = await Promise.all([
    fetchPromoChampion(dataset.id),
    fetchActiveRun(dataset.id, "promo"),
    fetchPromoFormOptions(dataset.id),
    fetchPromoScoreHistory(dataset.id, 50),
  ]);
  // Parsed once against the promo run contract (lib/runs/promo.ts): no casts here.
  const champion = promo?.run;
  const metrics = promo?.metrics;
  const importance = promo?.importance ?? [];
  const header = (
    <PageHeader
      title="Promo planner"
      description={DESCRIPTION}
      actions={<FitLauncher kind="promo" label={champion ? "Refit model" : "Fit model"} activeRunId={active?.id ?? null} />}
    />
  );

  if (!champion || !metrics) {
    return (
      <>
        {header}
        <EmptyState title={active ? "The promo model is being fitted" : "No promo model yet"}>
          {active
            ? "The first fit is running in the background (progress above). This page fills in when it finishes, usually within a minute."
            : options.categories.length === 0
              ? "This dataset has no promotions. Import past promotions on the Data page, then fit the model."
              : "Fit the model to score planned promotions."}
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <div className="mb-4">
        <RunSource run={champion} />
      </div>
      <div className="grid gap-6 xl:grid-cols-3">
        <Card
          title="Score a planned promotion"
          description="The decision, its reasons, and how ROI changes with the discount."
          className="xl:col-span-2 xl:self-start"
        >
          <PromoForm options={options} defaultStartDate={options.lastStartDate ?? new Date().toISOString().slice(0, 10)} />
        </Card>
        <div className="flex min-w-0 flex-col gap-6">
          <Card title="Model quality" description={`Champion run #${champion.id}`}>
            <PromoModelCard metrics={metrics} />
          </Card>
          <Card title="What drives selling" description="Permutation importance of each driver in the will-it-sell classifier.">
            {importance.length ? (
              <ImportanceChart importance={importance} />
            ) : (
              <p className="text-sm text-slate-500">This run stored no importances; refit to see them.</p>
            )}
          </Card>
        </div>
        <Card
          title="Score a CSV of planned promos"
          description="Batch scoring with the same model; results are stored with the run id."
          className="xl:col-span-3"
        >
          <PromoBatchUpload />
        </Card>
        <Card title="Recently scored" description="The latest 50 scores from the form, CSV uploads, the API and the CLI." className="xl:col-span-3">
          {history.length ? (
            <PromoHistoryTable rows={history} />
          ) : (
            <p className="text-sm text-slate-500">Nothing scored yet. Score a promotion above, upload a CSV, or POST to /api/v1/promos/score.</p>
          )}
        </Card>
      </div>
    </>
  );
}
