"use client";

import { useState } from "react";
import { FitLauncher } from "@/components/runs/fit-launcher";

/** Fit button with an optional spend plan: a saved scenario's weekly spend per channel becomes the future spend. */
export function ForecastFitControls({ activeRunId, scenarios }: { activeRunId: number | null; scenarios: { id: number; name: string }[] }) {
  const [scenarioId, setScenarioId] = useState("");
  return (
    <div className="flex flex-wrap items-start gap-3">
      <div className="min-w-0 max-w-full text-sm">
        <label htmlFor="fc-plan" className="mb-1 block text-xs font-medium text-slate-600">Future spend</label>
        <select id="fc-plan" value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          <option value="">Last week&apos;s spend, carried forward</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>Scenario: {s.name}</option>
          ))}
        </select>
      </div>
      <div className="pt-5">
        <FitLauncher kind="forecast" label="Fit forecasts" activeRunId={activeRunId} params={scenarioId ? { scenarioId: Number(scenarioId) } : {}} />
      </div>
    </div>
  );
}
