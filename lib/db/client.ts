import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";

/**
 * One Prisma client per process (cached on globalThis so Next.js dev reloads don't leak connection pools).
 * The connection string comes from DATABASE_URL, which scripts/start.ts sets to the embedded cluster when the
 * user did not provide one.
 */
const globalForPrisma = globalThis as unknown as { mixcastPrisma?: PrismaClient; mixcastPrismaUrl?: string };

export function createPrismaClient(connectionString: string): PrismaClient {
  // 20 connections: enough for 50 concurrent API clients on 2 cores without queueing on the pool, far below
  // PostgreSQL's default limit of 100 shared with the workers.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 20 }) });
}

export function prisma(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Mixcast with `npm start`, which provides one.");
  if (!globalForPrisma.mixcastPrisma || globalForPrisma.mixcastPrismaUrl !== url) {
    globalForPrisma.mixcastPrisma = createPrismaClient(url);
    globalForPrisma.mixcastPrismaUrl = url;
  }
  return globalForPrisma.mixcastPrisma;
}

export type { PrismaClient };
