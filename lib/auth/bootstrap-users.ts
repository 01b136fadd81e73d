import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "../env";
import { prisma } from "../db/client";
import { hashPassword } from "./password";
import { recordAudit } from "../data/writes/audit";

/**
 * First users. MIXCAST_ADMIN_EMAIL/MIXCAST_ADMIN_PASSWORD create (or reset) an admin on every start. On a demo
 * database without users, one demo user per role is created, each with a random password of its own, written to
 * <MIXCAST_DATA_DIR>/demo-credentials.json (git-ignored, mode 600); the start log names the file, never a password.
 * Without either, the one-time /setup page creates the first admin.
 */
export type DemoCredentials = { users: { email: string; role: string; password: string }[]; file?: string };

export const demoCredentialsFile = () => path.join(env().MIXCAST_DATA_DIR, "demo-credentials.json");

export async function ensureBootstrapUsers(options: { writeCredentialsFile?: boolean } = {}): Promise<{ demo?: DemoCredentials; admin?: string }> {
  const db = prisma();
  const e = env();
  const out: { demo?: DemoCredentials; admin?: string } = {};
  if (e.MIXCAST_ADMIN_EMAIL && e.MIXCAST_ADMIN_PASSWORD) {
    const email = e.MIXCAST_ADMIN_EMAIL.toLowerCase();
    const passwordHash = await hashPassword(e.MIXCAST_ADMIN_PASSWORD);
    await db.user.upsert({
      where: { email },
      create: { email, name: "Administrator", role: "admin", passwordHash },
      update: { role: "admin", passwordHash, disabled: false },
    });
    out.admin = email;
  }
  const demo = await db.dataset.findFirst({ where: { isDemo: true } });
  if (demo && (await db.user.count()) === (out.admin ? 1 : 0)) {
    // One password per user: knowing the viewer's password must not open the admin account.
    const users = [
      { email: "admin@demo.mixcast", name: "Demo admin", role: "admin", password: newDemoPassword() },
      { email: "planner@demo.mixcast", name: "Demo planner", role: "planner", password: newDemoPassword() },
      { email: "viewer@demo.mixcast", name: "Demo viewer", role: "viewer", password: newDemoPassword() },
    ];
    for (const { password, ...u } of users)
      await db.user.upsert({ where: { email: u.email }, create: { ...u, passwordHash: await hashPassword(password) }, update: {} });
    await recordAudit("system", "create_demo_users", users.map((u) => u.email).join(", "));
    const credentials: DemoCredentials = { users: users.map(({ email, role, password }) => ({ email, role, password })) };
    if (options.writeCredentialsFile ?? true) {
      mkdirSync(e.MIXCAST_DATA_DIR, { recursive: true });
      credentials.file = path.resolve(demoCredentialsFile());
      writeFileSync(credentials.file, JSON.stringify({ users: credentials.users }, null, 2), { mode: 0o600 });
    }
    out.demo = credentials;
  }
  return out;
}

/** What `npm start` prints about new demo users: who they are and where their passwords are — never a password. */
export function describeDemoUsers(demo: DemoCredentials, file: string): string[] {
  return [`Demo users created: ${demo.users.map((u) => `${u.email} (${u.role})`).join(", ")}`, `Their passwords are in ${path.resolve(file)}`];
}

const newDemoPassword = () => `demo-${randomBytes(12).toString("base64url")}`;
