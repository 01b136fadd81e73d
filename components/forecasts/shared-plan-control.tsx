"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { setSharedForecastPlan } from "@/lib/actions/set-shared-forecast-plan";
import { useRunProgress } from "@/lib/hooks/use-run-progress";
import { isActiveRunStatus } from "@/lib/runs/run-kinds";

/**
 * The explicit, audited way to change what the SHARED forecast assumes: make a scenario the shared plan, or go back to
 * the current mix. Asks for confirmation (everyone's forecast, and its drop alerts, change), then follows the refit
 * live until it lands and the page re-renders from the new champion.
 */
export function SharedPlanControl({
  scenario,
  canEdit,
  role,
  offer = true,
}: {
  scenario: { id: number; name: string } | null;
  canEdit: boolean;
  role: string;
  /**
   * Whether the change is on offer. The page keeps the control mounted after its own change lands (offer false: the
   * shared forecast already uses this plan), so the "done — the shared forecast now uses …" line outlives the refresh
   * that the success triggers; it used to vanish with the button the moment the page re-rendered.
   */
  offer?: boolean;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [runId, setRunId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { data: run } = useRunProgress(runId);
  const refreshed = useRef<number | null>(null);
  const active = run ? isActiveRunStatus(run.status) : runId !== null;
  useEffect(() => {
    if (run?.status === "succeeded" && refreshed.current !== run.id) {
      refreshed.current = run.id;
      router.refresh();
    }
  }, [run, router]);
  const label = scenario ? "Make this the shared forecast" : "Use the current mix for the shared forecast";
  if (!offer && !run && !error) return null;
  const what = scenario ? `the scenario “${scenario.name}”` : "the current mix";
  return (
    <div className="flex flex-col items-start gap-1" data-testid="shared-plan-control">
      {!offer ? null : confirming ? (
        <div role="group" aria-label="Confirm replacing the shared forecast" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-800">
            Replace the shared forecast everyone sees with {what}? Drop alerts follow the new forecast; this is recorded in the audit log.
          </span>
          <Button
            className="px-2.5 py-1"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                setError(null);
                const r = await setSharedForecastPlan({ scenarioId: scenario?.id ?? null });
                setConfirming(false);
                if (r.ok) setRunId(r.data.runId);
                else setError(r.error);
              })
            }
          >
            Replace
          </Button>
          <Button variant="secondary" className="px-2.5 py-1" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button
          variant="secondary"
          className="px-2.5 py-1"
          disabled={!canEdit || active || pending}
          onClick={() => setConfirming(true)}
          aria-describedby={canEdit ? undefined : "shared-plan-hint"}
        >
          {label}
        </Button>
      )}
      {offer && !canEdit && (
        <p id="shared-plan-hint" className="text-xs text-slate-500">
          Needs the planner role (you are a {role}).
        </p>
      )}
      {run && (
        <p className="text-xs text-slate-600" aria-live="polite" data-testid="shared-plan-status">
          Forecast run #{run.id}:{" "}
          {run.status === "running"
            ? `${Math.round(run.progress * 100)} % · ${run.stage}`
            : run.status === "queued"
              ? run.stage || "queued"
              : run.status === "succeeded"
                ? `done in ${((run.durationMs ?? 0) / 1000).toFixed(1)} s — the shared forecast now uses ${what}`
                : run.status}
          {run.status === "failed" && <span className="text-rose-700"> {run.error}</span>}
        </p>
      )}
      {error && (
        <p role="alert" className="text-xs text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
