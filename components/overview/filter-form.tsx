import { ApplyButton, SelectFilter } from "@/components/ui/select-filter";

/** A plain GET form: works without JavaScript, keyboard-usable, and the filter lives in the URL (shareable). */
export function FilterForm({ channels, regions, channel, region }: { channels: string[]; regions: string[]; channel?: string; region?: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter">
      <SelectFilter id="filter-channel" name="channel" label="Channel" allLabel="All channels" options={channels} value={channel} />
      <SelectFilter id="filter-region" name="region" label="Region" allLabel="All regions" options={regions} value={region} />
      <ApplyButton />
    </form>
  );
}
