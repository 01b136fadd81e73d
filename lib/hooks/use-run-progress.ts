"use client";

import { useQuery } from "@tanstack/react-query";
import type { RunStatusView } from "../data/reads/model-runs";
import { isActiveRunStatus } from "../runs/run-kinds";

/** Polls a model run every second while it is queued or running; stops once it has finished. */
export function useRunProgress(runId: number | null) {
  return useQuery({
    queryKey: ["run", runId],
    enabled: runId !== null,
    queryFn: async (): Promise<RunStatusView> => {
      const r = await fetch(`/api/v1/runs/${runId}`, { cache: "no-store" });
      if (!r.ok) throw new Error(`run ${runId}: HTTP ${r.status}`);
      return r.json();
    },
    refetchInterval: (q) => (q.state.data && !isActiveRunStatus(q.state.data.status) ? false : 1000),
  });
}
