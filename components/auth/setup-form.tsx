"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { createFirstAdmin } from "@/lib/actions/create-first-admin";

export function SetupForm() {
  const [state, action, pending] = useActionState(createFirstAdmin, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  const field = (id: string, label: string, type: string, auto: string) => (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        autoComplete={auto}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        aria-invalid={Boolean(fe?.[id])}
      />
      {fe?.[id] && <p className="mt-1 text-xs text-rose-700">{fe[id][0]}</p>}
    </div>
  );
  return (
    <form action={action} className="flex flex-col gap-4" aria-label="Create the first admin">
      {field("email", "Email", "email", "username")}
      {field("name", "Name", "text", "name")}
      {field("password", "Password (at least 10 characters)", "password", "new-password")}
      {state && !state.ok && (
        <p role="alert" className="text-sm text-rose-700">
          {state.error}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create admin"}
      </Button>
    </form>
  );
}
