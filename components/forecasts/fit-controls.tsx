"use client";

import { FitLauncher } from "@/components/runs/fit-launcher";

/**
 * Refit the shared forecast. It keeps the shared plan (the current mix, or the scenario someone made the shared plan);
 * what-if views under other scenarios need no fit at all.
 */
export function ForecastFitControls({ activeRunId }: { activeRunId: number | null }) {
  return (
    <div className="pt-5">
      <FitLauncher kind="forecast" label="Refit forecasts" activeRunId={activeRunId} params={{}} />
    </div>
  );
}
