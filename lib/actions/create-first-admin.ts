"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { hashPassword } from "../auth/password";
import { newUserSchema } from "../auth/schemas";
import { prisma } from "../db/client";
import type { ActionResult } from "./action-result";
import { recordAudit } from "../data/audit";

/** One-time setup: creates the first admin, and only while no user exists (then the page and this action refuse). */
export async function createFirstAdmin(_: unknown, formData: FormData): Promise<ActionResult<null>> {
  const parsed = newUserSchema.safeParse({ email: formData.get("email"), name: formData.get("name") ?? "", role: "admin", password: formData.get("password") });
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const db = prisma();
  const created = await db.$transaction(async (tx) => {
    // Serialise concurrent setups: the advisory lock makes "no user exists yet" and the insert one step.
    await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(72617312)");
    if ((await tx.user.count()) > 0) return false;
    await tx.user.create({ data: { email: parsed.data.email, name: parsed.data.name, role: "admin", passwordHash: await hashPassword(parsed.data.password) } });
    await recordAudit(parsed.data.email, "create_user", parsed.data.email, { role: "admin", via: "setup" }, tx);
    return true;
  });
  if (!created) return { ok: false, error: "Setup is already done. Sign in instead." };
  redirect("/login");
}
