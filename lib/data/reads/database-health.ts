import "server-only";
import { prisma } from "../../db/client";

/** Round-trip time of `SELECT 1` in ms; throws when the database cannot be reached (the caller logs why). */
export async function pingDatabase(): Promise<number> {
  const started = performance.now();
  await prisma().$queryRaw`SELECT 1`;
  return Math.round(performance.now() - started);
}
