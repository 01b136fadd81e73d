import type { Metadata } from "next";
import Link from "next/link";
import { CorrelationTable } from "@/components/explore/correlation-table";
import { DriverExplorer } from "@/components/explore/driver-explorer";
import { EventEffectsTable } from "@/components/explore/event-effects-table";
import { ExploreFilterForm } from "@/components/explore/explore-filter-form";
import { RelationshipList } from "@/components/explore/relationship-list";
import { SeasonalityCharts } from "@/components/explore/seasonality-charts";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { EXPLORE_KPIS, fetchExplorePageData, type ExploreKpi } from "@/lib/data/reads/explore-data";

export const metadata: Metadata = { title: "Explore" };

type Query = { kpi?: string; channel?: string; region?: string };

export default async function ExplorePage({ searchParams }: { searchParams: Promise<Query> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const query = await searchParams;
  const dataset = await fetchActiveDataset();
  const description = "What moves with the KPI before any model: drivers, lags, season, holidays and promotions. Correlations, not effects.";
  if (!dataset) {
    return (
      <>
        <PageHeader title="Explore" description={description} />
        <EmptyState
          title="No data yet"
          action={
            <Link className="text-brand-600 underline" href="/data">
              Import weekly demand and spend
            </Link>
          }
        >
          Exploration needs weekly demand and the drivers (spend, promotions, macro indicators) to compare it with.
        </EmptyState>
      </>
    );
  }
  const kpi: ExploreKpi = (EXPLORE_KPIS as readonly string[]).includes(query.kpi ?? "") ? (query.kpi as ExploreKpi) : "revenue";
  const data = await fetchExplorePageData(dataset.id, { kpi, channel: query.channel || undefined, region: query.region || undefined });
  const e = data.exploration;
  const channelLabel = data.channels.find((c) => c.name === query.channel)?.label;
  const scope = `${channelLabel ? `${channelLabel} demand` : "all channels"}, ${query.region ? `region ${query.region}` : "all regions"}`;
  const header = (
    <PageHeader
      title="Explore"
      description={
        <>
          {description} {dataset.name}, dataset version {data.datasetVersion}
          {e ? `, weeks ${e.weeks[0]} to ${e.weeks.at(-1)} (${e.weeks.length} weeks)` : ""} · {scope}.
        </>
      }
      actions={<ExploreFilterForm kpi={kpi} channels={data.channels} regions={data.regions} channel={query.channel} region={query.region} />}
    />
  );
  if (!e) {
    return (
      <>
        {header}
        <EmptyState title="No weekly demand for this selection">Pick another channel or region, or import demand on the Data page.</EmptyState>
      </>
    );
  }
  const initial = e.relationships[0]?.driverKey ?? e.drivers[0]?.key ?? "";

  return (
    <>
      {header}
      <div className="flex min-w-0 flex-col gap-6">
        <Card
          title="Strongest relationships"
          description={`Drivers whose correlation with weekly ${e.kpi.label.toLowerCase()} is clearly not zero (95 % interval), strongest first. Correlation is not effect: it shows what moved together, not what caused what.`}
        >
          <RelationshipList items={e.relationships} />
        </Card>

        <Card
          title={`${e.kpi.label} against a driver`}
          description="Each dot is a week. Lines: least squares and a robust fit that ignores a few extreme weeks. The lag view shows whether the KPI also follows the driver's earlier weeks."
        >
          <DriverExplorer weeks={e.weeks} kpi={{ label: e.kpi.label, unit: e.kpi.unit, values: e.kpi.values }} drivers={e.drivers} initialKey={initial} />
        </Card>

        <Card
          title="All drivers"
          description={`Correlation of weekly ${e.kpi.label.toLowerCase()} with each driver in the same week (Pearson on values, Spearman on ranks, each with a 95 % interval), and the lag where it peaks. Bold: interval excludes zero.`}
        >
          <CorrelationTable drivers={e.drivers} />
          {e.skipped.length > 0 && <p className="mt-2 text-xs text-slate-500">Left out: {e.skipped.map((s) => `${s.label} (${s.reason})`).join("; ")}.</p>}
        </Card>

        <Card title="Seasonality" description={`Average weekly ${e.kpi.label.toLowerCase()} by week of year and by month, with the spread across years.`}>
          <SeasonalityCharts byWeek={e.seasonality.byWeek} byMonth={e.seasonality.byMonth} unit={e.kpi.unit} label={e.kpi.label} years={e.seasonality.years} />
        </Card>

        <Card
          title="Holiday and promotion weeks"
          description="The KPI in event weeks against comparable weeks (ordinary weeks within 4 weeks of each occurrence, so season and trend are held roughly fixed), with Welch's 95 % interval of the difference. A few occurrences give wide intervals."
        >
          <EventEffectsTable rows={e.events} unit={e.kpi.unit} />
        </Card>
      </div>
    </>
  );
}
