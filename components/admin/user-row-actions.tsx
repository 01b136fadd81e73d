"use client";

import { useState, useTransition } from "react";
import { updateUser } from "@/lib/actions/update-user";
import { resetPassword } from "@/lib/actions/reset-password";

export function UserRowActions({ id, email, role, disabled }: { id: number; email: string; role: string; disabled: boolean }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [newPassword, setNewPassword] = useState<string | null>(null);
  const reset = () =>
    start(async () => {
      if (!window.confirm(`Give ${email} a new random password and sign them out everywhere?`)) return;
      const r = await resetPassword(id);
      setError(r.ok ? null : r.error);
      setNewPassword(r.ok ? r.data.password : null);
    });
  const run = (change: { role?: string; disabled?: boolean }) =>
    start(async () => {
      const r = await updateUser({ id, ...change });
      setError(r.ok ? null : r.error);
    });
  return (
    <span className="inline-flex items-center gap-2">
      <label htmlFor={`role-${id}`} className="sr-only">
        Role of {email}
      </label>
      <select
        id={`role-${id}`}
        defaultValue={role}
        disabled={pending}
        onChange={(e) => run({ role: e.target.value })}
        className="rounded border border-slate-300 px-1 py-0.5 text-xs"
      >
        <option value="viewer">viewer</option>
        <option value="planner">planner</option>
        <option value="admin">admin</option>
      </select>
      <button disabled={pending} onClick={() => run({ disabled: !disabled })} className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50">
        {disabled ? "Enable" : "Disable"}
      </button>
      <button disabled={pending} onClick={reset} className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50">
        Reset password
      </button>
      {newPassword && (
        <span role="status" className="text-xs">
          New password (shown once):{" "}
          <code className="rounded bg-amber-50 px-1 font-mono" data-testid="reset-password">
            {newPassword}
          </code>
        </span>
      )}
      {error && (
        <span role="alert" className="text-xs text-rose-700">
          {error}
        </span>
      )}
    </span>
  );
}
