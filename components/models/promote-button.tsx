"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { promoteRun } from "@/lib/actions/promote-run";

export function PromoteButton({ runId, label = "Make champion" }: { runId: number; label?: string }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" disabled={pending} onClick={() => start(async () => {
        const r = await promoteRun(runId);
        setMessage(r.ok ? (r.data.previous ? `Champion now; run #${r.data.previous} retired` : "Champion now") : r.error);
      })}>
        {pending ? "Promoting…" : label}
      </Button>
      {message && <span className="text-xs text-slate-600" role="status">{message}</span>}
    </span>
  );
}
