"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { changePassword } from "@/lib/actions/change-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

const FIELDS = [
  ["current", "Current password", "current-password"],
  ["next", `New password (at least ${MIN_PASSWORD_LENGTH} characters)`, "new-password"],
  ["confirm", "New password again", "new-password"],
] as const;

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePassword, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex max-w-sm flex-col gap-3" aria-label="Change your password">
      {FIELDS.map(([name, label, autoComplete]) => (
        <div key={name}>
          <label htmlFor={`pw-${name}`} className="mb-1 block text-sm font-medium">
            {label}
          </label>
          <input
            id={`pw-${name}`}
            name={name}
            type="password"
            required
            autoComplete={autoComplete}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            aria-invalid={Boolean(fe?.[name])}
            aria-describedby={fe?.[name] ? `pw-${name}-error` : undefined}
          />
          {fe?.[name] && (
            <p id={`pw-${name}-error`} className="mt-1 text-xs text-rose-700">
              {fe[name][0]}
            </p>
          )}
        </div>
      ))}
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
      {state && (
        <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-rose-700"}`}>
          {state.ok ? "Password changed. Your other sessions were signed out." : state.error}
        </p>
      )}
    </form>
  );
}
