"use client";

import { useState, useTransition } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { Button } from "@/components/ui/button";
import { setForecastOverride } from "@/lib/actions/set-forecast-override";
import { modelLabel } from "@/lib/forecast/view/leaderboard-columns";

/** Lets a person pin a model for this series instead of the automatic backtest choice (stored; survives refits). */
export function OverrideForm({ seriesKey, models, chosen, override }: { seriesKey: string; models: string[]; chosen: string; override: string | null }) {
  const [model, setModel] = useState(override ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const can = usePermission("planner");
  const save = (value: string) =>
    startTransition(async () => {
      const r = await setForecastOverride({ seriesKey, model: value });
      setMessage(
        r.ok
          ? { ok: true, text: r.data.model ? `Showing ${modelLabel(r.data.model)} for this series.` : "Back to the automatic choice." }
          : { ok: false, text: r.error },
      );
    });
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        save(model);
      }}
    >
      <div className="min-w-0 max-w-full text-sm">
        <label htmlFor="fc-override" className="mb-1 block text-xs font-medium text-slate-600">
          Model shown for this series
        </label>
        <select
          id="fc-override"
          value={model}
          onChange={(e) => setModel(e.target.value)}
          className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          <option value="">Automatic ({modelLabel(chosen)})</option>
          {models.map((m) => (
            <option key={m} value={m}>
              {modelLabel(m)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={pending || model === (override ?? "") || !can.allowed} {...can.control}>
        {pending ? "Saving…" : "Use this model"}
      </Button>
      <RoleHint permission={can} className="pb-2" />
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`w-full text-xs ${message.ok ? "text-emerald-700" : "text-rose-700"}`}>
          {message.text}
        </p>
      )}
    </form>
  );
}
