"use client";

import { useRouter } from "next/navigation";

/**
 * Which forecast the page shows: the shared forecast (the champion everyone sees) or a what-if view of it under a saved
 * scenario. The choice lives in the URL (?scenario=ID), so the banner below and this selector always agree and a view
 * can be shared as a link; choosing a view changes nothing for anyone else.
 */
export function ForecastViewSelector({
  scenarios,
  scenarioId,
  query,
}: {
  scenarios: { id: number; name: string }[];
  scenarioId: number | null;
  query: Record<string, string>;
}) {
  const router = useRouter();
  return (
    <div className="w-full min-w-0 text-sm sm:w-auto">
      <label htmlFor="fc-view" className="mb-1 block text-xs font-medium text-slate-600">
        View
      </label>
      <select
        id="fc-view"
        value={scenarioId === null ? "" : String(scenarioId)}
        onChange={(e) => {
          const p = new URLSearchParams(query);
          if (e.target.value) p.set("scenario", e.target.value);
          else p.delete("scenario");
          router.push(`/forecasts${p.size ? `?${p.toString()}` : ""}`);
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-auto sm:max-w-xs"
      >
        <option value="">Shared forecast</option>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            Under scenario: {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
