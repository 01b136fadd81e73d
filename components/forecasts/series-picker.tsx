import Form from "next/form";
import { horizonChoices } from "@/lib/forecast/view/page-selection";

/**
 * GET form: the series (channel × region, "All" = totals) and the horizon live in the URL, so views are shareable.
 * next/form turns "Show" into a client-side navigation (only the page's data is fetched; no full reload), and falls
 * back to a plain GET without JavaScript.
 */
export function SeriesPicker({
  channels,
  regions,
  channel,
  region,
  horizon,
  maxHorizon,
  scenarioId = null,
}: {
  channels: string[];
  regions: string[];
  channel: string | null;
  region: string | null;
  horizon: number;
  maxHorizon: number;
  scenarioId?: number | null;
}) {
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const label = "mb-1 block text-xs font-medium text-slate-600";
  return (
    <Form action="/forecasts" className="flex flex-wrap items-end gap-3" aria-label="Choose a series">
      {scenarioId !== null && <input type="hidden" name="scenario" value={scenarioId} />}
      <div className="text-sm">
        <label htmlFor="fc-channel" className={label}>
          Channel
        </label>
        <select id="fc-channel" name="channel" defaultValue={channel ?? ""} className={select}>
          <option value="">All channels</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="fc-region" className={label}>
          Region
        </label>
        <select id="fc-region" name="region" defaultValue={region ?? ""} className={select}>
          <option value="">All regions</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="fc-horizon" className={label}>
          Horizon
        </label>
        <select id="fc-horizon" name="horizon" defaultValue={String(horizon)} className={select}>
          {horizonChoices(horizon, maxHorizon).map((h) => (
            <option key={h} value={h}>
              {h} weeks
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500"
      >
        Show
      </button>
    </Form>
  );
}
