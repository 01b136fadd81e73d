"use client";

import { useTransition } from "react";
import { updateAlert } from "@/lib/actions/update-alert";

export function AlertActions({ id, status }: { id: number; status: string }) {
  const [pending, start] = useTransition();
  const act = (next: "acknowledged" | "resolved") => start(async () => void (await updateAlert({ id, status: next })));
  return (
    <span className="inline-flex gap-2 text-xs">
      {status === "open" && (
        <button disabled={pending} onClick={() => act("acknowledged")} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500">
          Acknowledge
        </button>
      )}
      {status !== "resolved" && (
        <button disabled={pending} onClick={() => act("resolved")} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-brand-500">
          Resolve
        </button>
      )}
    </span>
  );
}
