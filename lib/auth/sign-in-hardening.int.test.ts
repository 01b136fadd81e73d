import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * Issue 11, items 3-6 and 10, against the real database. Server actions read cookies and headers from Next's
 * request context; outside a request this test supplies them (a real session token; the client-address header as
 * our server stamps it).
 */
const request: { token?: string; client: string } = { client: "198.51.100.1" };
vi.mock("next/headers", async () => {
  const { CLIENT_HEADER, stampClientHeader } = await import("../server/request-client");
  return {
    cookies: async () => ({
      get: (name: string) => (name === "mixcast_session" && request.token ? { name, value: request.token } : undefined),
      set: () => {},
      delete: () => {},
    }),
    headers: async () => new Headers({ host: "localhost", [CLIENT_HEADER]: stampClientHeader(request.client), "x-forwarded-for": "203.0.113.250" }),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("../db/client");
const { hashPassword, verifyPassword } = await import("./password");
const { createSession, findSessionUser } = await import("./session");
const { signIn } = await import("./authenticate");
const { authenticateRequest } = await import("./api-auth");
const { forget } = await import("../data/memo");
const { API_TOKEN_PREFIX, hashSecret, newSecret } = await import("./tokens");

const stamp = Date.now();
const email = (who: string) => `${who}-${stamp}@hardening.test`;
const PASSWORD = "correct horse battery";

describe("sign-in and account hardening", () => {
  const db = prisma();
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    const hash = await hashPassword(PASSWORD);
    for (const [who, role] of [
      ["victim", "planner"],
      ["racer", "viewer"],
      ["writer", "planner"],
      ["changer", "viewer"],
      ["admin", "admin"],
    ] as const) {
      ids[who] = (await db.user.create({ data: { email: email(who), role, passwordHash: hash } })).id;
    }
  });

  beforeEach(() => {
    request.token = undefined;
    request.client = "198.51.100.1";
    forget("token:");
    forget("session:");
  });

  afterAll(async () => {
    await db.user.deleteMany({ where: { email: { endsWith: "@hardening.test" } } });
    await db.auditLog.deleteMany({ where: { OR: [{ target: { contains: "@hardening.test" } }, { actor: { contains: "@hardening.test" } }] } });
    await db.loginThrottle.deleteMany({});
  });

  it("refuses a 5 MB email before anything is stored, and never stores more than 254 characters of one (item 3)", async () => {
    const { signIn: signInAction } = await import("../actions/sign-in");
    const huge = `${"a".repeat(5 * 1024 * 1024)}@hardening.test`;
    const before = await db.auditLog.count();
    const fd = new FormData();
    fd.set("email", huge);
    fd.set("password", "x");
    const result = await signInAction(null, fd);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/at most 254 characters/) });
    expect(await db.auditLog.count()).toBe(before);
    // The engine below the action bounds the address too, whatever a caller passes.
    await signIn(`${"b".repeat(10_000)}@hardening.test`, "x", "198.51.100.9");
    const longest = await db.$queryRaw<{ n: number }[]>`SELECT max(greatest(length(actor), length(target), length(details::text)))::int AS n FROM audit_log`;
    expect(longest[0].n).toBeLessThanOrEqual(2100);
  });

  it("counts attempts atomically: of 40 parallel wrong guesses at most 5 reach the password check (item 4)", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => signIn(email("racer"), "wrong", "198.51.100.2")));
    const checked = results.filter((r) => !r.ok && r.status === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.status === 429).length).toBe(40 - checked);
    // The right password from the same client is refused too: the limit is on attempts, not on failures seen.
    expect(await signIn(email("racer"), PASSWORD, "198.51.100.2")).toMatchObject({ ok: false, status: 429 });
  });

  it("does not let five bad tries from one client lock the user out everywhere (item 4)", async () => {
    for (let i = 0; i < 6; i++) await signIn(email("victim"), "wrong", "203.0.113.66");
    expect(await signIn(email("victim"), PASSWORD, "203.0.113.66")).toMatchObject({ ok: false, status: 429 });
    expect(await signIn(email("victim"), PASSWORD, "192.0.2.10")).toMatchObject({ ok: true });
  });

  it("keys the limit on the stamped socket address, not on X-Forwarded-For (item 4)", async () => {
    const { signIn: signInAction } = await import("../actions/sign-in");
    const { CLIENT_HEADER } = await import("../server/request-client");
    void CLIENT_HEADER;
    request.client = "198.51.100.77";
    const attempt = async () => {
      const fd = new FormData();
      fd.set("email", email("changer"));
      fd.set("password", "wrong");
      return signInAction(null, fd);
    };
    for (let i = 0; i < 5; i++) expect(await attempt()).toMatchObject({ ok: false, error: "Email or password is not right." });
    // The mocked request always claims X-Forwarded-For 203.0.113.250; a spoofed header never resets the count.
    expect(await attempt()).toMatchObject({ ok: false, error: expect.stringMatching(/Too many/) });
    await db.loginThrottle.deleteMany({});
  });

  it("sends a signed-in user only to same-origin paths (item 5)", async () => {
    const { signIn: signInAction } = await import("../actions/sign-in");
    request.client = "198.51.100.5";
    for (const [next, expected] of [
      ["/%5Cevil.example/x", "/"],
      ["//evil.example", "/"],
      ["/%09/evil.example", "/"],
      ["/roi?x=1", "/roi?x=1"],
    ] as const) {
      const fd = new FormData();
      fd.set("email", email("admin"));
      fd.set("password", PASSWORD);
      fd.set("next", next);
      const thrown = await signInAction(null, fd).then(
        () => null,
        (e: unknown) => e as { digest?: string },
      );
      // next/navigation's redirect() throws; its digest names the target.
      expect(thrown?.digest?.split(";")[2]).toBe(expected);
    }
  });

  it("limits an API token to its owner's current role and to its lifetime (item 6)", async () => {
    const secret = newSecret(API_TOKEN_PREFIX);
    const token = await db.apiToken.create({ data: { userId: ids.writer, name: "w", scope: "write", tokenHash: hashSecret(secret) } });
    const call = (need: "read" | "write") =>
      authenticateRequest(new Request("http://localhost/api/v1/x", { headers: { authorization: `Bearer ${secret}` } }), need);
    expect(await call("write")).not.toBeInstanceOf(Response);
    await db.user.update({ where: { id: ids.writer }, data: { role: "viewer" } });
    forget("token:");
    const refused = await call("write");
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(403);
    expect(await call("read")).not.toBeInstanceOf(Response);
    await db.apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    forget("token:");
    const expired = await call("read");
    expect((expired as Response).status).toBe(401);
    expect(await (expired as Response).json()).toMatchObject({ error: expect.stringMatching(/expired/) });
  });

  it("writes a token's last use at most once a minute, not on every request (the scoring API's hot path)", async () => {
    const secret = newSecret(API_TOKEN_PREFIX);
    const token = await db.apiToken.create({ data: { userId: ids.admin, name: "hot", scope: "read", tokenHash: hashSecret(secret) } });
    const call = () => authenticateRequest(new Request("http://localhost/api/v1/x", { headers: { authorization: `Bearer ${secret}` } }), "read");
    forget("token:");
    expect(await call()).not.toBeInstanceOf(Response);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    // Mark the row so a second write would show; the next calls read the token from the memo, as under load.
    const marker = new Date("2001-01-01T00:00:00Z");
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: marker } });
    for (let i = 0; i < 5; i++) expect(await call()).not.toBeInstanceOf(Response);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(marker);
  });

  it("gives tokens a default lifetime, capped at a year (item 6)", async () => {
    const { createApiToken } = await import("../actions/create-api-token");
    request.token = (await createSession(ids.admin)).token;
    const fd = new FormData();
    fd.set("name", "default");
    fd.set("scope", "read");
    const made = await createApiToken(null, fd);
    expect(made.ok).toBe(true);
    const row = await db.apiToken.findFirstOrThrow({ where: { userId: ids.admin, name: "default" } });
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(90);
    fd.set("days", "5000");
    expect(await createApiToken(null, fd)).toMatchObject({ ok: false });
  });

  it("lets every signed-in user change their password, ending their other sessions; admins can reset one (item 10)", async () => {
    const { changePassword } = await import("../actions/change-password");
    const { resetPassword } = await import("../actions/reset-password");
    const other = await createSession(ids.changer);
    request.token = (await createSession(ids.changer)).token;
    request.client = "198.51.100.30";
    const form = (current: string, next: string, confirm = next) => {
      const fd = new FormData();
      fd.set("current", current);
      fd.set("next", next);
      fd.set("confirm", confirm);
      return fd;
    };
    expect(await changePassword(null, form("wrong", "a brand new passphrase"))).toMatchObject({ ok: false });
    expect(await changePassword(null, form(PASSWORD, "a brand new passphrase", "typo"))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: expect.any(Array) },
    });
    expect(await changePassword(null, form(PASSWORD, "a brand new passphrase"))).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: ids.changer } });
    expect(await verifyPassword(user.passwordHash, "a brand new passphrase")).toBe(true);
    expect(await findSessionUser(other.token)).toBeNull();
    expect(await findSessionUser(request.token)).not.toBeNull();

    request.token = (await createSession(ids.admin)).token;
    const reset = await resetPassword(ids.changer);
    expect(reset.ok).toBe(true);
    if (reset.ok) expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: ids.changer } })).passwordHash, reset.data.password)).toBe(true);
    expect(await db.session.count({ where: { userId: ids.changer } })).toBe(0);
  });

  it("creates demo users with a password each, and keeps passwords out of anything but the credentials file (item 10)", async () => {
    const { ensureBootstrapUsers } = await import("./bootstrap-users");
    // Demo users are made only for a demo dataset in a database without users: empty this test database's users.
    await db.user.deleteMany({});
    const hadDemo = await db.dataset.findFirst({ where: { isDemo: true } });
    const demo = hadDemo ?? (await db.dataset.create({ data: { name: `demo-${stamp}`, isDemo: true } }));
    try {
      const result = await ensureBootstrapUsers({ writeCredentialsFile: false });
      const users = result.demo?.users ?? [];
      expect(users.map((u) => u.role).sort()).toEqual(["admin", "planner", "viewer"]);
      expect(new Set(users.map((u) => u.password)).size).toBe(3);
      for (const u of users) {
        const row = await db.user.findUniqueOrThrow({ where: { email: u.email } });
        expect(await verifyPassword(row.passwordHash, u.password)).toBe(true);
        for (const other of users.filter((o) => o !== u)) expect(await verifyPassword(row.passwordHash, other.password)).toBe(false);
      }
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "create_demo_users" }, orderBy: { id: "desc" } });
      for (const u of users) expect(JSON.stringify(audit)).not.toContain(u.password);
    } finally {
      await db.user.deleteMany({ where: { email: { endsWith: "@demo.mixcast" } } });
      if (!hadDemo) await db.dataset.delete({ where: { id: demo.id } });
    }
  });
});
