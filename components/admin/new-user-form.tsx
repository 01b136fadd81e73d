"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { createUser } from "@/lib/actions/create-user";

export function NewUserForm() {
  const [state, action, pending] = useActionState(createUser, null);
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="grid grid-cols-1 gap-3 sm:grid-cols-5 sm:items-end" aria-label="Add a user">
      {[
        ["new-email", "email", "Email", "email"],
        ["new-name", "name", "Name", "text"],
        ["new-password", "password", "Password (≥ 10)", "password"],
      ].map(([id, name, label, type]) => (
        <div key={id}>
          <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
            {label}
          </label>
          <input
            id={id}
            name={name}
            type={type}
            autoComplete="off"
            className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            aria-invalid={Boolean(fe?.[name])}
          />
          {fe?.[name] && <p className="mt-0.5 text-xs text-rose-700">{fe[name][0]}</p>}
        </div>
      ))}
      <div>
        <label htmlFor="new-role" className="mb-1 block text-xs font-medium text-slate-600">
          Role
        </label>
        <select id="new-role" name="role" defaultValue="viewer" className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm">
          <option value="viewer">viewer</option>
          <option value="planner">planner</option>
          <option value="admin">admin</option>
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add user"}
      </Button>
      {state && (
        <p role="status" className={`text-sm sm:col-span-5 ${state.ok ? "text-emerald-700" : "text-rose-700"}`}>
          {state.ok ? "User added." : state.error}
        </p>
      )}
    </form>
  );
}
