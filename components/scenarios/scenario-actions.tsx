"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { Button } from "@/components/ui/button";
import { deleteScenario } from "@/lib/actions/delete-scenario";
import { duplicateScenario } from "@/lib/actions/duplicate-scenario";
import { renameScenario } from "@/lib/actions/rename-scenario";

const linkButton =
  "rounded px-1.5 py-0.5 text-sm text-brand-600 underline outline-none hover:text-brand-700 focus-visible:ring-2 focus-visible:ring-brand-500 disabled:cursor-not-allowed disabled:text-slate-400 disabled:no-underline";

/**
 * Open / rename / duplicate / delete (with confirmation) / view in Forecasts for one saved scenario. "View in
 * Forecasts" opens the forecast under this scenario as a view; it changes nothing for anyone (making a scenario the
 * shared forecast is a separate, confirmed and audited step on the Forecasts page).
 */
export function ScenarioActions({ id, name, version }: { id: number; name: string; version: number }) {
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "rename" | "confirm-delete">("idle");
  const [newName, setNewName] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const can = usePermission("planner");

  const act = (fn: () => Promise<{ ok: true } | { ok: false; error: string }>, after?: () => void) =>
    startTransition(async () => {
      setError(null);
      const r = await fn();
      if (!r.ok) return setError(r.error);
      setMode("idle");
      after?.();
      router.refresh();
    });

  return (
    <div className="flex flex-col items-end gap-1">
      {mode === "rename" ? (
        <form
          className="flex items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            act(() => renameScenario({ id, version, name: newName }));
          }}
        >
          <label htmlFor={`rename-${id}`} className="sr-only">
            New name for {name}
          </label>
          <input
            id={`rename-${id}`}
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            autoFocus
            maxLength={120}
            className="w-44 rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <Button type="submit" className="px-2 py-1" disabled={pending}>
            Save
          </Button>
          <Button type="button" variant="secondary" className="px-2 py-1" onClick={() => setMode("idle")}>
            Cancel
          </Button>
        </form>
      ) : mode === "confirm-delete" ? (
        <div className="flex items-center gap-1 text-sm" role="group" aria-label={`Confirm deleting ${name}`}>
          <span className="text-rose-700">Delete “{name}”?</span>
          <Button variant="danger" className="px-2 py-1" disabled={pending} onClick={() => act(() => deleteScenario({ id }))}>
            Delete
          </Button>
          <Button variant="secondary" className="px-2 py-1" onClick={() => setMode("idle")}>
            Keep
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap justify-end gap-x-1">
          <Link href={`/planner?scenario=${id}`} className={linkButton} aria-label={`Open ${name} in the Planner`}>
            Open
          </Link>
          <button type="button" className={linkButton} disabled={!can.allowed} {...can.control} onClick={() => setMode("rename")} aria-label={`Rename ${name}`}>
            Rename
          </button>
          <button
            type="button"
            className={linkButton}
            disabled={pending || !can.allowed}
            {...can.control}
            onClick={() => act(() => duplicateScenario({ id }))}
            aria-label={`Duplicate ${name}`}
          >
            Duplicate
          </button>
          <button
            type="button"
            className={linkButton}
            disabled={!can.allowed}
            {...can.control}
            onClick={() => setMode("confirm-delete")}
            aria-label={`Delete ${name}`}
          >
            Delete
          </button>
          <Link href={`/forecasts?scenario=${id}`} className={linkButton} aria-label={`View the forecast under ${name}`}>
            View in Forecasts
          </Link>
        </div>
      )}
      <RoleHint permission={can} />
      {error && (
        <p role="alert" className="max-w-80 text-right text-xs text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
