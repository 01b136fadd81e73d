"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { createScenario } from "@/lib/actions/create-scenario";
import { updateScenario } from "@/lib/actions/update-scenario";
import type { ScenarioObjective, ScenarioPredicted } from "@/lib/planner/scenario-schema";

export type LoadedScenario = { id: number; name: string; version: number };

type Props = {
  runId: number;
  objective: ScenarioObjective;
  totalBudget: number;
  allocation: Record<string, number>;
  /** Built only when saving, so the weekly path is not recomputed on every slider move. */
  buildPredicted: () => ScenarioPredicted;
  loaded: LoadedScenario | null;
  onSaved: (s: LoadedScenario) => void;
};

/** Save the current plan as a new named scenario, or update the one opened from Scenarios (versioned). */
export function SaveScenarioCard({ runId, objective, totalBudget, allocation, buildPredicted, loaded, onSaved }: Props) {
  const [name, setName] = useState(loaded ? `${loaded.name}` : "");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ id: number; name: string; updated: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const can = usePermission("planner");

  const payload = () => ({ name, objective, totalBudget, allocation, predicted: buildPredicted(), modelRunId: runId });
  const run = (updating: boolean) =>
    startTransition(async () => {
      setError(null);
      setSaved(null);
      const r =
        updating && loaded
          ? await updateScenario({ id: loaded.id, version: loaded.version, ...payload() })
          : await createScenario({ ...payload(), author: "planner" });
      if (!r.ok) {
        setError(r.error);
        return;
      }
      setSaved({ id: r.data.id, name: r.data.name, updated: updating });
      onSaved({ id: r.data.id, name: r.data.name, version: r.data.version });
    });

  return (
    <Card
      title="Save as scenario"
      description="Stores the allocation, the objective, the predicted KPIs with their 90 % interval and the weekly path, and the model run they came from."
    >
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          run(false);
        }}
      >
        <div className="text-sm">
          <label htmlFor="scenario-name" className="mb-1 block text-xs font-medium text-slate-600">
            Scenario name
          </label>
          <input
            id="scenario-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={120}
            placeholder="e.g. Q3 shift to search"
            className="w-72 max-w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            aria-invalid={Boolean(error)}
            aria-describedby={error ? "scenario-save-error" : undefined}
          />
        </div>
        <Button type="submit" disabled={pending || name.trim() === "" || !can.allowed} {...can.control}>
          {pending ? "Saving…" : "Save as new scenario"}
        </Button>
        {loaded && (
          <Button type="button" variant="secondary" disabled={pending || name.trim() === "" || !can.allowed} {...can.control} onClick={() => run(true)}>
            Update “{loaded.name}” (v{loaded.version})
          </Button>
        )}
        <RoleHint permission={can} className="pb-2" />
      </form>
      {error && (
        <p id="scenario-save-error" role="alert" className="mt-2 text-sm text-rose-700">
          {error}
        </p>
      )}
      {saved && (
        <p role="status" className="mt-2 text-sm text-emerald-700">
          {saved.updated ? "Updated" : "Saved"} “{saved.name}”.{" "}
          <Link href={`/scenarios?compare=${saved.id}`} className="text-brand-600 underline">
            Compare it in Scenarios
          </Link>
        </p>
      )}
    </Card>
  );
}
