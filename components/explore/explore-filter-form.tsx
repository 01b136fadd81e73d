import { ApplyButton, SelectFilter } from "@/components/ui/select-filter";

/** GET form (works without JavaScript; the filter lives in the URL): KPI, channel of the KPI, region of KPI and drivers. */
export function ExploreFilterForm({
  kpi,
  channels,
  regions,
  channel,
  region,
}: {
  kpi: string;
  channels: { name: string; label: string }[];
  regions: string[];
  channel?: string;
  region?: string;
}) {
  const labels = Object.fromEntries(channels.map((c) => [c.name, c.label]));
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter">
      <div className="text-sm">
        <label htmlFor="explore-kpi" className="mb-1 block text-xs font-medium text-slate-600">
          KPI
        </label>
        <select id="explore-kpi" name="kpi" defaultValue={kpi} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <option value="revenue">Revenue (USD)</option>
          <option value="activations">Activations</option>
        </select>
      </div>
      <SelectFilter
        id="explore-channel"
        name="channel"
        label="Channel (KPI)"
        allLabel="All channels"
        options={channels.map((c) => c.name)}
        value={channel}
        format={(v) => labels[v] ?? v}
      />
      <SelectFilter id="explore-region" name="region" label="Region" allLabel="All regions" options={regions} value={region} />
      <ApplyButton />
    </form>
  );
}
