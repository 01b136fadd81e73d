"use client";

import { useState, useTransition } from "react";
import { RoleHint, usePermission } from "@/components/auth/role-context";
import { Button } from "@/components/ui/button";
import { promoteRun } from "@/lib/actions/promote-run";

export function PromoteButton({ runId, label = "Make champion" }: { runId: number; label?: string }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const can = usePermission("admin");
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        disabled={pending || !can.allowed}
        {...can.control}
        onClick={() =>
          start(async () => {
            const r = await promoteRun(runId);
            setMessage(
              r.ok ? { ok: true, text: r.data.previous ? `Champion now; run #${r.data.previous} retired` : "Champion now" } : { ok: false, text: r.error },
            );
          })
        }
      >
        {pending ? "Promoting…" : label}
      </Button>
      <RoleHint permission={can} />
      {message && (
        <span className={`text-xs ${message.ok ? "text-slate-600" : "text-rose-700"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </span>
      )}
    </span>
  );
}
