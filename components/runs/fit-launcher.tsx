"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { Button } from "@/components/ui/button";
import { cancelFit } from "@/lib/actions/cancel-fit";
import { startFit } from "@/lib/actions/start-fit";
import { useRunProgress } from "@/lib/hooks/use-run-progress";
import { isActiveRunStatus } from "@/lib/runs/run-kinds";

/**
 * "Fit now" button with live progress (percent and stage), cancel, and the error if it failed. When the run
 * succeeds the page re-renders from the database, so the new numbers appear without a manual reload.
 */
export function FitLauncher({
  kind,
  label = "Fit now",
  activeRunId = null,
  params,
  align = "end",
}: {
  kind: "forecast" | "mmm" | "promo" | "service";
  label?: string;
  activeRunId?: number | null;
  params?: Record<string, unknown>;
  align?: "start" | "end";
}) {
  const router = useRouter();
  const [runId, setRunId] = useState<number | null>(activeRunId);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { data: run } = useRunProgress(runId);
  const refreshed = useRef<number | null>(null);
  const active = run ? isActiveRunStatus(run.status) : runId !== null;
  const can = usePermission("planner");

  useEffect(() => {
    if (run?.status === "succeeded" && refreshed.current !== run.id) {
      refreshed.current = run.id;
      router.refresh();
    }
  }, [run, router]);

  return (
    <div className={`flex flex-col gap-1 ${align === "end" ? "items-end" : "items-start"}`}>
      <div className="flex items-center gap-2">
        {active && runId !== null && (
          <Button
            variant="secondary"
            onClick={() =>
              startTransition(async () => {
                setError(null);
                const r = await cancelFit(runId);
                if (!r.ok) setError(r.error);
              })
            }
            disabled={pending || !can.allowed}
            {...can.control}
          >
            Cancel
          </Button>
        )}
        <Button
          onClick={() =>
            startTransition(async () => {
              setError(null);
              const r = await startFit({ kind, params });
              if (r.ok) setRunId(r.data.runId);
              else setError(r.error);
            })
          }
          disabled={pending || active || !can.allowed}
          {...(active ? {} : can.control)}
        >
          {active ? "Fitting…" : label}
        </Button>
      </div>
      <RoleHint permission={can} />
      {run && (
        <div className="w-56 max-w-full text-xs text-slate-600" aria-live="polite" data-testid="fit-progress">
          {active && (
            <div
              className="mb-1 h-1.5 w-full overflow-hidden rounded bg-slate-200"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(run.progress * 100)}
              aria-label={`Run ${run.id} progress`}
            >
              <div className="h-full bg-brand-600 transition-all" style={{ width: `${Math.max(3, run.progress * 100)}%` }} />
            </div>
          )}
          <span>
            Run #{run.id}:{" "}
            {run.status === "running"
              ? `${Math.round(run.progress * 100)} % · ${run.stage}`
              : run.status === "queued"
                ? run.stage || "queued"
                : run.status === "succeeded"
                  ? `done in ${((run.durationMs ?? 0) / 1000).toFixed(1)} s`
                  : run.status}
          </span>
          {run.status === "failed" && <p className="text-rose-700">{run.error}</p>}
        </div>
      )}
      {error && (
        <p role="alert" className="text-xs text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
