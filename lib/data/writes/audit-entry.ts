/**
 * Bounds on what one audit row may hold. Audit fields often carry what a visitor typed (an email at sign-in, a file
 * name, a scenario name); unbounded, ten 5 MB sign-in attempts added 50 MB to the log and 110 MB to /admin.
 */
export const AUDIT_LIMITS = { actor: 254, action: 64, target: 300, details: 2000 } as const;

export type AuditEntry = { actor: string; action: string; target: string; details: object };

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function auditEntry(actor: string, action: string, target = "", details: Record<string, unknown> = {}): AuditEntry {
  const json = JSON.stringify(details) ?? "{}";
  const boundedDetails = json.length > AUDIT_LIMITS.details ? { truncated: true, preview: clip(json, AUDIT_LIMITS.details) } : details;
  return {
    actor: clip(actor, AUDIT_LIMITS.actor),
    action: clip(action, AUDIT_LIMITS.action),
    target: clip(target, AUDIT_LIMITS.target),
    details: boundedDetails,
  };
}
