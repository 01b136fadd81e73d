import { existsSync, readFileSync } from "node:fs";

/**
 * Demo users for e2e: scripts/e2e.ts passes the fresh database's password in E2E_PASSWORD; against a local
 * `npm start` the tests read .mixcast/demo-credentials.json.
 */
export function demoPassword(): string {
  if (process.env.E2E_PASSWORD) return process.env.E2E_PASSWORD;
  const file = ".mixcast/demo-credentials.json";
  if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { password: string }).password;
  throw new Error("No demo credentials: set E2E_PASSWORD or start the app once (it writes .mixcast/demo-credentials.json)");
}

export const DEMO_USERS = { admin: "admin@demo.mixcast", planner: "planner@demo.mixcast", viewer: "viewer@demo.mixcast" } as const;
export const storageStateFor = (role: keyof typeof DEMO_USERS) => `.mixcast/e2e-${role}.json`;
