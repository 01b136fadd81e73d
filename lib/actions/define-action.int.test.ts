import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

/**
 * The server-action wrapper against the real database: real users and sessions, real audit rows. Only Next's request
 * context is supplied (a cookie jar holding a real session token) and revalidatePath is recorded.
 */
const jar: { token?: string } = {};
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "mixcast_session" && jar.token ? { name, value: jar.token } : undefined),
    set: () => {},
    delete: () => {},
  }),
  headers: async () => new Headers({ host: "localhost" }),
}));
const revalidated: unknown[][] = [];
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidated.push(args) }));

const { prisma } = await import("../db/client");
const { createSession } = await import("../auth/session");
const { defineAction } = await import("./define-action");
const { redirect } = await import("next/navigation");

const stamp = Date.now();
const TAG = `define-action-${stamp}`;

describe("defineAction", () => {
  const db = prisma();
  const tokens: Record<"viewer" | "planner", string> = { viewer: "", planner: "" };
  let calls = 0;

  const schema = z.object({ name: z.string().trim().min(1, "Give it a name"), count: z.number().int("Whole numbers only").positive() });
  const action = defineAction(
    {
      role: "planner",
      read: (input: { name: unknown; count: unknown; target?: string }) => input,
      schema: schema.extend({ target: z.string().default(TAG) }),
      audit: (input) => ({ action: "wrapper_test", target: input.target, details: { count: input.count } }),
      revalidate: "/wrapper-test",
      onError: (error) => (error instanceof RangeError ? { ok: false, error: `out of range: ${error.message}` } : undefined),
      failure: "The test action failed.",
    },
    async function wrapperTest(input, { user }) {
      calls += 1;
      if (input.name === "boom") throw new Error("secret internals at /srv/app.ts:12");
      if (input.name === "range") throw new RangeError("count too big");
      if (input.name === "refuse") return { ok: false, error: "Refused by the body" };
      if (input.name === "away") redirect("/elsewhere");
      return { ok: true, data: { echoed: input.name, by: user.email } };
    },
  );
  const audits = (target = TAG) => db.auditLog.count({ where: { action: "wrapper_test", target } });

  beforeAll(async () => {
    for (const role of ["viewer", "planner"] as const) {
      const user = await db.user.create({ data: { email: `${role}-${stamp}@wrapper.test`, role, passwordHash: "x" } });
      tokens[role] = (await createSession(user.id)).token;
    }
  });

  beforeEach(() => {
    calls = 0;
    revalidated.length = 0;
  });

  afterAll(async () => {
    await db.auditLog.deleteMany({ where: { action: "wrapper_test" } });
    await db.user.deleteMany({ where: { email: { endsWith: "@wrapper.test" } } });
  });

  it("refuses a caller below the role (and an anonymous one) before parsing or running anything", async () => {
    for (const [who, message] of [
      ["viewer", /needs the planner role; you are signed in as a viewer/],
      ["anonymous", /Sign in again/],
    ] as const) {
      jar.token = who === "anonymous" ? undefined : tokens[who];
      // Invalid input too: a refused caller learns nothing about the schema.
      const r = await action({ name: "", count: -1 });
      expect(r).toEqual({ ok: false, error: expect.stringMatching(message) });
      expect("fieldErrors" in r).toBe(false);
    }
    expect(calls).toBe(0);
    expect(await audits()).toBe(0);
    expect(revalidated).toEqual([]);
  });

  it("returns the first problem and field errors for bad input, running nothing", async () => {
    jar.token = tokens.planner;
    const r = await action({ name: "  ", count: 1.5 });
    expect(r).toEqual({ ok: false, error: "Give it a name", fieldErrors: { name: ["Give it a name"], count: ["Whole numbers only"] } });
    expect(calls).toBe(0);
    expect(await audits()).toBe(0);
  });

  it("runs, audits who did it and revalidates on success", async () => {
    jar.token = tokens.planner;
    const r = await action({ name: " ok ", count: 3 });
    expect(r).toEqual({ ok: true, data: { echoed: "ok", by: `planner-${stamp}@wrapper.test` } });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "wrapper_test", target: TAG } });
    expect({ actor: row.actor, details: row.details }).toEqual({ actor: `planner-${stamp}@wrapper.test`, details: { count: 3 } });
    expect(revalidated).toEqual([["/wrapper-test"]]);
  });

  it("neither audits nor revalidates when the body refuses", async () => {
    jar.token = tokens.planner;
    const before = await audits();
    expect(await action({ name: "refuse", count: 1 })).toEqual({ ok: false, error: "Refused by the body" });
    expect(await audits()).toBe(before);
    expect(revalidated).toEqual([]);
  });

  it("keeps a failed audit write from escaping: the change stands, the failure is logged", async () => {
    jar.token = tokens.planner;
    const logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      // PostgreSQL refuses a NUL byte in a text column: a real failed write, not a mocked one.
      const r = await action({ name: "ok", count: 2, target: "nul\u0000byte" });
      expect(r).toEqual({ ok: true, data: { echoed: "ok", by: `planner-${stamp}@wrapper.test` } });
      expect(logged.mock.calls.map((c) => String(c[0])).join("")).toMatch(/"msg":"audit write failed".*"action":"wrapperTest"/);
    } finally {
      logged.mockRestore();
    }
    expect(await db.auditLog.count({ where: { action: "wrapper_test", target: { startsWith: "nul" } } })).toBe(0);
    expect(revalidated).toEqual([["/wrapper-test"]]);
  });

  it("maps expected errors with onError and hides unexpected ones behind the failure message", async () => {
    jar.token = tokens.planner;
    const logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await action({ name: "range", count: 1 })).toEqual({ ok: false, error: "out of range: count too big" });
      const r = await action({ name: "boom", count: 1 });
      expect(r).toEqual({ ok: false, error: "The test action failed." });
      expect(logged.mock.calls.map((c) => String(c[0])).join("")).toMatch(/wrapperTest failed/);
    } finally {
      logged.mockRestore();
    }
    expect(await audits()).toBe(1); // only the success of the earlier test
  });

  it("lets Next's redirect pass through", async () => {
    jar.token = tokens.planner;
    await expect(action({ name: "away", count: 1 })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/elsewhere/) });
  });
});
