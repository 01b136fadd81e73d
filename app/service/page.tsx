import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { InfoTip } from "@/components/ui/info-tip";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { FitLauncher } from "@/components/runs/fit-launcher";
import { RunSource } from "@/components/runs/run-source";
import { ImportanceChart } from "@/components/service/importance-chart";
import { RiskTable } from "@/components/service/risk-table";
import { ServiceFilterForm } from "@/components/service/service-filter-form";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchServiceRisk } from "@/lib/data/reads/service-risk";
import { countByRiskLevel, filterRankedInteractions, rankedFilterOptions } from "@/lib/service/ranked-interactions";
import { formatPercent } from "@/lib/format";
import { requirePageUser } from "@/lib/auth/current-user";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

export const metadata: Metadata = { title: "Service risk" };

const DESCRIPTION =
  "Which open customer-service interactions are likely to end in low satisfaction (a rating of 1 or 2), and why — so the riskiest get attention first.";

const TOP = 50;

export default async function ServicePage({ searchParams }: { searchParams: Promise<{ type?: string; region?: string; all?: string }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const { type, region, all } = await searchParams;
  const dataset = await fetchActiveDataset();
  if (!dataset) {
    return (
      <>
        <PageHeader title="Service risk" />
        <EmptyState
          title="No data yet"
          action={
            <Link className="text-brand-600 underline" href="/data">
              Import service interactions on the Data page
            </Link>
          }
        >
          The risk model learns from closed interactions with a satisfaction rating.
        </EmptyState>
      </>
    );
  }
  const view = await fetchServiceRisk(dataset.id);
  const header = (
    <PageHeader
      title="Service risk"
      description={DESCRIPTION}
      actions={<FitLauncher kind="service" label={view.run ? "Refit model" : "Fit model"} activeRunId={view.activeRunId} />}
    />
  );
  if (!view.run || !view.metrics) {
    return (
      <>
        {header}
        <EmptyState title={view.activeRunId ? "The service-risk model is being fitted" : "No service-risk model yet"}>
          {view.activeRunId
            ? "The fit is running in the background (progress above). This page fills in when it finishes, usually within a minute."
            : "Fit the model to rank open interactions by their risk of low satisfaction. It needs at least 40 closed interactions with a rating."}
        </EmptyState>
      </>
    );
  }
  const m = view.metrics;
  const options = rankedFilterOptions(view.ranked);
  const shown = filterRankedInteractions(view.ranked, { type, region });
  const levels = countByRiskLevel(shown);
  const cut = m.validation.atHigh.threshold;

  return (
    <>
      {header}
      <div className="mb-4">
        <RunSource run={view.run} />
      </div>
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4" data-testid="service-metrics">
        <Stat
          label="ROC AUC"
          value={m.auc.toFixed(3)}
          hint="Chance that an interaction rated 1–2 gets a higher risk than one rated 3–5 (0.5 = coin flip, 1 = perfect). Measured on the latest 20 % of closed interactions, not used for fitting."
        />
        <Stat
          label="Precision"
          value={formatPercent(m.precision)}
          hint={`Of the interactions flagged High (P(low) ≥ ${formatPercent(cut, 0)}), the share that really ended with a rating of 1–2.`}
        />
        <Stat
          label="Recall"
          value={formatPercent(m.recall)}
          hint={`Of the interactions that ended with a rating of 1–2, the share flagged High (P(low) ≥ ${formatPercent(cut, 0)}).`}
        />
        <Stat label="F1" value={m.f1.toFixed(3)} hint="Harmonic mean of precision and recall at the High cut-off." />
      </div>
      <div className="grid gap-6 xl:grid-cols-3">
        <Card
          title="Open interactions by risk"
          description={
            <>
              {shown.length} of {view.ranked.length} open interactions · <Badge tone="bad">{levels.High} High</Badge>{" "}
              <Badge tone="warn">{levels.Medium} Medium</Badge> <Badge tone="good">{levels.Low} Low</Badge>{" "}
              <InfoTip
                text={`High: P(rating ≤ 2) ≥ ${formatPercent(m.validation.atHigh.threshold, 0)}; Medium: ≥ ${formatPercent(m.validation.atMedium.threshold, 0)}; Low: below. Scored when run #${view.run.id} was fitted${view.scoredAt ? ` (${view.scoredAt.slice(0, 16).replace("T", " ")} UTC)` : ""}.`}
              />
            </>
          }
          className="xl:col-span-3"
        >
          <div className="mb-4">
            <ServiceFilterForm types={options.types} regions={options.regions} type={type} region={region} />
          </div>
          {view.ranked.length === 0 ? (
            <EmptyState title="No open interactions">
              Every interaction in the data has a satisfaction rating. New open interactions are scored at the next fit.
            </EmptyState>
          ) : shown.length === 0 ? (
            <EmptyState
              title="No open interactions match this filter"
              action={
                <Link className="text-brand-600 underline" href="/service">
                  Show all
                </Link>
              }
            >
              Pick another interaction type or region.
            </EmptyState>
          ) : (
            <>
              {/* The riskiest first; a service lead acts on the top of the list, so the rest is one click away. */}
              <RiskTable rows={all ? shown : shown.slice(0, TOP)} />
              {!all && shown.length > TOP && (
                <p className="mt-2 text-sm">
                  Showing the {TOP} riskiest of {shown.length}.{" "}
                  <Link
                    className="text-brand-600 underline"
                    href={`/service?${new URLSearchParams({ ...(type ? { type } : {}), ...(region ? { region } : {}), all: "1" })}`}
                  >
                    Show all {shown.length}
                  </Link>
                </p>
              )}
            </>
          )}
        </Card>
        <Card
          title="What drives low satisfaction"
          description={`Classifier: ${m.chosen.replace(/-/g, " ")}, trained on ${m.sizes.fit + m.sizes.calibrate} closed interactions.`}
        >
          <ImportanceChart importance={m.importance} />
        </Card>
        <Card title="Risk levels on held-out interactions" description="How often each level really ended with a rating of 1–2 (validation slice).">
          <Table>
            <TableHead small>
              <tr>
                <th className="py-1 font-medium">Level</th>
                <th className="py-1 text-right font-medium">Share of interactions</th>
                <th className="py-1 text-right font-medium">Rated 1–2</th>
              </tr>
            </TableHead>
            <TableBody className="tabular">
              {m.validation.levels.map((l) => (
                <TableRow key={l.level}>
                  <td className="py-1.5">
                    <Badge tone={l.level === "High" ? "bad" : l.level === "Medium" ? "warn" : "good"}>{l.level}</Badge>
                  </td>
                  <td className="py-1.5 text-right">{formatPercent(l.share)}</td>
                  <td className="py-1.5 text-right">{formatPercent(l.lowRate)}</td>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
        {m.truth && (
          <Card title="Against the known truth" description={`The demo's ratings were drawn from a known mechanism; compared on ${m.truth.evaluatedOn}.`}>
            <dl className="grid grid-cols-2 gap-3 text-sm">
              <div>
                <dt className="flex items-center gap-1 text-xs text-slate-500">
                  Rank agreement <InfoTip text="Spearman correlation of the model's risk with the true probability of a low rating (1 = same ranking)." />
                </dt>
                <dd className="tabular text-lg font-semibold">{m.truth.spearman.toFixed(3)}</dd>
              </div>
              <div>
                <dt className="flex items-center gap-1 text-xs text-slate-500">
                  AUC vs ceiling{" "}
                  <InfoTip text="The model's AUC on real outcomes vs the AUC of the true probabilities (ratings are random, and a customer's temper is unobserved, so even the truth stays below 1)." />
                </dt>
                <dd className="tabular text-lg font-semibold">
                  {m.truth.aucObserved.toFixed(3)} / {m.truth.aucOracle.toFixed(3)}
                </dd>
              </div>
              <div>
                <dt className="flex items-center gap-1 text-xs text-slate-500">
                  Probability error <InfoTip text="Mean absolute difference between predicted and true P(low), in percentage points." />
                </dt>
                <dd className="tabular text-lg font-semibold">{formatPercent(m.truth.meanAbsError)}</dd>
              </div>
            </dl>
          </Card>
        )}
      </div>
    </>
  );
}
