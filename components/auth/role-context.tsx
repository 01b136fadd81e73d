"use client";

import { createContext, useContext, useId, type ReactNode } from "react";
import { hasRole, type Role } from "@/lib/auth/roles";

/**
 * The signed-in user's role, given by the root layout from the session it has already verified. The interface uses it
 * only to show what the role allows (write controls disabled with a hint); every server action still checks the
 * role itself, so a stale or edited value in the browser grants nothing.
 */
const RoleContext = createContext<string | null>(null);

export function RoleProvider({ role, children }: { role: string | null; children: ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

export function useRole(): string | null {
  return useContext(RoleContext);
}

export type Permission = {
  allowed: boolean;
  /** "needs planner role" when not allowed, else null. */
  hint: string | null;
  /** Spread onto the control: disabled, title and aria-describedby pointing at the visible hint. */
  control: { disabled?: boolean; title?: string; "aria-describedby"?: string };
  /** id of the visible hint element (render `<RoleHint permission={p} />` next to the control). */
  hintId: string;
};

/** Whether the current user may use a control that needs `required`, and how to say so when not. */
export function usePermission(required: Role): Permission {
  const role = useContext(RoleContext);
  const hintId = useId();
  // No provider (tests rendering a component alone): allow, the server decides.
  const allowed = role === null ? true : hasRole(role, required);
  const hint = allowed ? null : `needs ${required} role`;
  return {
    allowed,
    hint,
    hintId,
    control: allowed ? {} : { disabled: true, title: `This ${hint}; you are signed in as a ${role}.`, "aria-describedby": hintId },
  };
}

/** The visible "needs planner role" note beside a disabled control (nothing when allowed). */
export function RoleHint({ permission, className = "" }: { permission: Permission; className?: string }) {
  if (permission.allowed) return null;
  return (
    <span id={permission.hintId} className={`text-xs text-slate-500 ${className}`} data-testid="role-hint">
      {permission.hint}
    </span>
  );
}
