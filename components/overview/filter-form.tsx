/** A plain GET form: works without JavaScript, keyboard-usable, and the filter lives in the URL (shareable). */
export function FilterForm({ channels, regions, channel, region }: { channels: string[]; regions: string[]; channel?: string; region?: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter">
      <div className="text-sm">
        <label htmlFor="filter-channel" className="mb-1 block text-xs font-medium text-slate-600">Channel</label>
        <select id="filter-channel" name="channel" defaultValue={channel ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <option value="">All channels</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="filter-region" className="mb-1 block text-xs font-medium text-slate-600">Region</label>
        <select id="filter-region" name="region" defaultValue={region ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <option value="">All regions</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500">
        Apply
      </button>
    </form>
  );
}
