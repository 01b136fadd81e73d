import { describe, expect, it } from "vitest";
import { AUDIT_LIMITS, auditEntry } from "./audit-entry";

describe("auditEntry", () => {
  it("keeps short fields as they are", () => {
    expect(auditEntry("a@b.c", "login", "a@b.c", { role: "admin" })).toEqual({ actor: "a@b.c", action: "login", target: "a@b.c", details: { role: "admin" } });
  });

  it("bounds every field of a 5 MB input (issue 11, item 3)", () => {
    const huge = "x".repeat(5 * 1024 * 1024);
    const e = auditEntry(huge, huge, huge, { fileName: huge });
    expect(e.actor.length).toBe(AUDIT_LIMITS.actor);
    expect(e.action.length).toBe(AUDIT_LIMITS.action);
    expect(e.target.length).toBe(AUDIT_LIMITS.target);
    expect(JSON.stringify(e.details).length).toBeLessThan(AUDIT_LIMITS.details + 100);
    expect(e.details).toMatchObject({ truncated: true });
  });
});
