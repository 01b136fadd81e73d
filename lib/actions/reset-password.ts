"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { checkRole } from "../auth/current-user";
import { hashPassword } from "../auth/password";
import { prisma } from "../db/client";
import { recordAudit } from "../data/audit";
import { parseRecordId } from "../data/record-id";
import { forget } from "../data/memo";
import type { ActionResult } from "./action-result";

/**
 * Admin-only: gives a user a new random password, shown to the admin once, and ends all of the user's sessions.
 * The admin never chooses it, so it is never reused from somewhere else; the user changes it on /account.
 */
export async function resetPassword(id: number): Promise<ActionResult<{ email: string; password: string }>> {
  const auth = await checkRole("admin");
  if (!auth.ok) return auth;
  if (parseRecordId(id) === null) return { ok: false, error: "No such user" };
  const db = prisma();
  const target = await db.user.findUnique({ where: { id } });
  if (!target) return { ok: false, error: "No such user" };
  const password = randomBytes(12).toString("base64url");
  await db.$transaction([
    db.user.update({ where: { id }, data: { passwordHash: await hashPassword(password) } }),
    db.session.deleteMany({ where: { userId: id } }),
  ]);
  forget("session:");
  await recordAudit(auth.user.email, "reset_password", target.email);
  revalidatePath("/admin");
  return { ok: true, data: { email: target.email, password } };
}
