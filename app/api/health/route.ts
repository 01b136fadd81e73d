import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness and readiness: the database answers (queue status is added with the job system). */
export async function GET() {
  const started = performance.now();
  try {
    await prisma().$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok", database: { ok: true, latencyMs: Math.round(performance.now() - started) } });
  } catch (error) {
    return NextResponse.json({ status: "error", database: { ok: false, error: String(error) } }, { status: 503 });
  }
}
