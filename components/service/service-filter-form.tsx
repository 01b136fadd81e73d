const humanize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, " ");

/** A plain GET form (like the Overview filter): works without JavaScript and the filter lives in the URL. */
export function ServiceFilterForm({ types, regions, type, region }: { types: string[]; regions: string[]; type?: string; region?: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter open interactions">
      <div className="text-sm">
        <label htmlFor="filter-type" className="mb-1 block text-xs font-medium text-slate-600">Interaction type</label>
        <select id="filter-type" name="type" defaultValue={type ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <option value="">All types</option>
          {types.map((t) => (
            <option key={t} value={t}>{humanize(t)}</option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="filter-region" className="mb-1 block text-xs font-medium text-slate-600">Region</label>
        <select id="filter-region" name="region" defaultValue={region ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <option value="">All regions</option>
          {regions.map((r) => (
            <option key={r} value={r}>{humanize(r)}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500">
        Apply
      </button>
    </form>
  );
}
