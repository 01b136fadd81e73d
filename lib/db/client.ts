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
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
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
