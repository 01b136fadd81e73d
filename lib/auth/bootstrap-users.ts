import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "../env";
import { prisma } from "../db/client";
import { hashPassword } from "./password";

/**
 * First users. MIXCAST_ADMIN_EMAIL/MIXCAST_ADMIN_PASSWORD create (or reset) an admin on every start. On a demo
 * database without users, one demo user per role is created with a fresh random password, printed at start and
 * written to .mixcast/demo-credentials.json (git-ignored, mode 600). Without either, the one-time /setup page
 * creates the first admin.
 */
export type DemoCredentials = { password: string; users: { email: string; role: string }[] };

export async function ensureBootstrapUsers(options: { writeCredentialsFile?: boolean } = {}): Promise<{ demo?: DemoCredentials; admin?: string }> {
  const db = prisma();
  const e = env();
  const out: { demo?: DemoCredentials; admin?: string } = {};
  if (e.MIXCAST_ADMIN_EMAIL && e.MIXCAST_ADMIN_PASSWORD) {
    const email = e.MIXCAST_ADMIN_EMAIL.toLowerCase();
    const passwordHash = await hashPassword(e.MIXCAST_ADMIN_PASSWORD);
    await db.user.upsert({ where: { email }, create: { email, name: "Administrator", role: "admin", passwordHash }, update: { role: "admin", passwordHash, disabled: false } });
    out.admin = email;
  }
  const demo = await db.dataset.findFirst({ where: { isDemo: true } });
  if (demo && (await db.user.count()) === (out.admin ? 1 : 0)) {
    const password = `demo-${randomBytes(9).toString("base64url")}`;
    const passwordHash = await hashPassword(password);
    const users = [
      { email: "admin@demo.mixcast", name: "Demo admin", role: "admin" },
      { email: "planner@demo.mixcast", name: "Demo planner", role: "planner" },
      { email: "viewer@demo.mixcast", name: "Demo viewer", role: "viewer" },
    ];
    for (const u of users) await db.user.upsert({ where: { email: u.email }, create: { ...u, passwordHash }, update: {} });
    await db.auditLog.create({ data: { actor: "system", action: "create_demo_users", target: users.map((u) => u.email).join(", ") } });
    const credentials = { password, users: users.map(({ email, role }) => ({ email, role })) };
    if (options.writeCredentialsFile ?? true) {
      mkdirSync(e.MIXCAST_DATA_DIR, { recursive: true });
      writeFileSync(path.join(e.MIXCAST_DATA_DIR, "demo-credentials.json"), JSON.stringify(credentials, null, 2), { mode: 0o600 });
    }
    out.demo = credentials;
  }
  return out;
}
