import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Demo users for e2e: scripts/e2e.ts passes the fresh database's users (each with its own password) in
 * E2E_CREDENTIALS; against a local `npm start` the tests read <MIXCAST_DATA_DIR>/demo-credentials.json.
 */
export const DEMO_USERS = { admin: "admin@demo.mixcast", planner: "planner@demo.mixcast", viewer: "viewer@demo.mixcast" } as const;
export type DemoRole = keyof typeof DEMO_USERS;

type Credentials = { email: string; role: string; password: string }[];

function credentials(): Credentials {
  if (process.env.E2E_CREDENTIALS) return JSON.parse(process.env.E2E_CREDENTIALS) as Credentials;
  const file = path.join(process.env.MIXCAST_DATA_DIR ?? ".mixcast", "demo-credentials.json");
  if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { users: Credentials }).users;
  throw new Error("No demo credentials: set E2E_CREDENTIALS or start the app once (it writes demo-credentials.json)");
}

export function demoPassword(role: DemoRole): string {
  const found = credentials().find((u) => u.email === DEMO_USERS[role]);
  if (!found) throw new Error(`No demo credentials for ${role}`);
  return found.password;
}

export const storageStateFor = (role: DemoRole) => `.mixcast/e2e-${role}.json`;
