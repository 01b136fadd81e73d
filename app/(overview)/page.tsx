import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { FilterForm } from "@/components/overview/filter-form";
import { TrendChart } from "@/components/overview/trend-chart";
import { toWeeklyChannelTable } from "@/lib/overview/weekly-channel-table";
import { AlertList } from "@/components/alerts/alert-list";
import { fetchActiveDataset } from "@/lib/data/reads/datasets";
import { fetchOverview } from "@/lib/data/reads/overview";
import { computeOverviewKpis } from "@/lib/overview/overview-kpis";
import { fetchOpenAlerts } from "@/lib/data/reads/alerts";
import { formatMoney, formatNumber, formatRatio, formatSignedPercent } from "@/lib/format";
import { describeIncompleteWeeks } from "@/lib/weeks/complete-weeks";
import { requirePageUser } from "@/lib/auth/current-user";
import { Table, TableBody, TableHead, TableRow } from "@/components/ui/table";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<{ channel?: string; region?: string; denied?: string }> }) {
  // Verified here, before any read: the layout is not re-rendered on client-side navigation (see proxy.ts).
  await requirePageUser();
  const { channel, region, denied } = await searchParams;
  const dataset = await fetchActiveDataset();
  if (!dataset) {
    return (
      <>
        <PageHeader title="Overview" />
        <EmptyState
          title="No data yet"
          action={
            <Link className="text-brand-600 underline" href="/data">
              Import your first CSV
            </Link>
          }
        >
          Mixcast seeds a demo dataset on first start; this database has none.
        </EmptyState>
      </>
    );
  }
  const [overview, alerts] = await Promise.all([fetchOverview(dataset.id, { channel: channel || undefined, region: region || undefined }), fetchOpenAlerts(5)]);
  const k = computeOverviewKpis(overview.weekly);
  const delta = (change: number | null) => (change === null ? "no prior year to compare" : `${formatSignedPercent(change)} vs previous ${k.weeks} weeks`);
  const tone = (change: number | null, goodWhenUp = true) => (change === null ? "neutral" : change >= 0 === goodWhenUp ? "good" : "bad");

  return (
    <>
      <PageHeader
        title="Overview"
        description={
          <>
            {dataset.name} · weeks {overview.firstWeek ?? "—"} to {overview.lastWeek ?? "—"} · {channel ? `channel ${channel}` : "all channels"},{" "}
            {region ? `region ${region}` : "all regions"}
          </>
        }
        actions={<FilterForm channels={overview.channels} regions={overview.regions} channel={channel} region={region} />}
      />
      {overview.incompleteWeeks.length > 0 && (
        <p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="incomplete-weeks">
          {describeIncompleteWeeks(overview.incompleteWeeks)}. A week counts once both its demand and its spend are imported; until then it stays out of these
          KPIs, the charts and the models.{" "}
          <Link className="underline" href="/data#data-quality">
            Data quality
          </Link>
        </p>
      )}
      {denied && (
        <p role="alert" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That page needs a higher role than yours. Ask an admin if you need access.
        </p>
      )}
      {overview.weekly.length === 0 ? (
        <EmptyState title="No weekly demand or spend for this selection">
          Pick another channel or region, or import demand and spend on the Data page.
        </EmptyState>
      ) : (
        <>
          <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
            <Stat
              label={`Revenue, last ${k.weeks} wk`}
              value={formatMoney(k.revenue.current)}
              delta={delta(k.revenue.change)}
              tone={tone(k.revenue.change)}
              hint="Sum of weekly revenue (USD) over the most recent complete weeks in the data (weeks with both demand and spend imported)."
            />
            <Stat
              label={`Spend, last ${k.weeks} wk`}
              value={formatMoney(k.spend.current)}
              delta={delta(k.spend.change)}
              hint="Marketing spend (USD) over the same weeks."
            />
            <Stat
              label="Activations"
              value={formatNumber(k.activations.current)}
              delta={delta(k.activations.change)}
              tone={tone(k.activations.change)}
              hint="New activations (units) over the same weeks."
            />
            <Stat
              label="Revenue per $ spent"
              value={formatRatio(k.revenuePerSpend.current)}
              delta={delta(k.revenuePerSpend.change)}
              tone={tone(k.revenuePerSpend.change)}
              hint="All revenue divided by all marketing spend. Not ROI: much revenue would come without marketing. Channel ROI measures the incremental part."
            />
          </div>
          <div className="grid gap-6 xl:grid-cols-3">
            <Card title="Weekly trend by channel" className="xl:col-span-2">
              <TrendChart table={toWeeklyChannelTable(overview.weekly, overview.channels)} />
            </Card>
            <div className="flex flex-col gap-6">
              <Card title="By region" description="All complete weeks in the data">
                <Table>
                  <TableHead small>
                    <tr>
                      <th className="py-1 font-medium">Region</th>
                      <th className="py-1 text-right font-medium">Revenue</th>
                      <th className="py-1 text-right font-medium">Spend</th>
                    </tr>
                  </TableHead>
                  <TableBody className="tabular">
                    {overview.byRegion.map((r) => (
                      <TableRow key={r.region}>
                        <td className="py-1.5 capitalize">{r.region}</td>
                        <td className="py-1.5 text-right">{formatMoney(r.revenue)}</td>
                        <td className="py-1.5 text-right">{formatMoney(r.spend)}</td>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Card>
              <Card
                title="Open alerts"
                actions={
                  <Link className="text-sm text-brand-600 underline" href="/models#alerts">
                    All alerts
                  </Link>
                }
              >
                <AlertList alerts={alerts} empty="No open alerts. Forecast drops, accuracy and drift alerts appear here." />
              </Card>
            </div>
          </div>
        </>
      )}
    </>
  );
}
