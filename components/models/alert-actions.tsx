"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { updateAlert } from "@/lib/actions/update-alert";

/** Acknowledge / Resolve for one alert: disabled with a hint below the planner role; a refused update says why. */
export function AlertActions({ id, status }: { id: number; status: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const can = usePermission("planner");
  const act = (next: "acknowledged" | "resolved") =>
    start(async () => {
      setError(null);
      const r = await updateAlert({ id, status: next });
      if (!r.ok) setError(r.error);
      else router.refresh();
    });
  if (status === "resolved") return null;
  const button =
    "rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500 disabled:cursor-not-allowed disabled:text-slate-400 disabled:hover:bg-transparent";
  return (
    <span className="inline-flex flex-col items-start gap-1 text-xs sm:items-end">
      <span className="inline-flex gap-2">
        {status === "open" && (
          <button type="button" disabled={pending || !can.allowed} {...can.control} onClick={() => act("acknowledged")} className={button}>
            Acknowledge
          </button>
        )}
        <button type="button" disabled={pending || !can.allowed} {...can.control} onClick={() => act("resolved")} className={button}>
          Resolve
        </button>
      </span>
      <RoleHint permission={can} />
      {error && (
        <span role="alert" className="text-rose-700">
          {error}
        </span>
      )}
    </span>
  );
}
