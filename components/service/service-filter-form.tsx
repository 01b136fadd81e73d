import { ApplyButton, SelectFilter } from "@/components/ui/select-filter";

const humanize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, " ");

/** A plain GET form (like the Overview filter): works without JavaScript and the filter lives in the URL. */
export function ServiceFilterForm({ types, regions, type, region }: { types: string[]; regions: string[]; type?: string; region?: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter open interactions">
      <SelectFilter id="filter-type" name="type" label="Interaction type" allLabel="All types" options={types} value={type} format={humanize} />
      <SelectFilter id="filter-region" name="region" label="Region" allLabel="All regions" options={regions} value={region} format={humanize} />
      <ApplyButton />
    </form>
  );
}
