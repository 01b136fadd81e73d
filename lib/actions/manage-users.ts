"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { checkRole } from "../auth/current-user";
import { hashPassword } from "../auth/password";
import { ROLES } from "../auth/roles";
import { newUserSchema } from "../auth/schemas";
import { prisma } from "../db/client";
import { recordIdSchema } from "../data/record-id";
import { forget } from "../data/memo";
import type { ActionResult } from "./action-result";
import { recordAudit } from "../data/audit";

/** Admin-only user management; every change lands in the audit log. */
export async function createUser(_: unknown, formData: FormData): Promise<ActionResult<{ id: number }>> {
  const auth = await checkRole("admin");
  if (!auth.ok) return auth;
  const parsed = newUserSchema.safeParse({ email: formData.get("email"), name: formData.get("name") ?? "", role: formData.get("role"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const db = prisma();
  if (await db.user.findUnique({ where: { email: parsed.data.email } })) return { ok: false, error: `A user with email ${parsed.data.email} already exists.`, fieldErrors: { email: ["already in use"] } };
  const user = await db.user.create({ data: { email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, passwordHash: await hashPassword(parsed.data.password) } });
  await recordAudit(auth.user.email, "create_user", user.email, { role: user.role });
  revalidatePath("/admin");
  return { ok: true, data: { id: user.id } };
}

const updateSchema = z.object({ id: recordIdSchema, role: z.enum(ROLES).optional(), disabled: z.boolean().optional() });

export async function updateUser(input: { id: number; role?: string; disabled?: boolean }): Promise<ActionResult<{ id: number }>> {
  const auth = await checkRole("admin");
  if (!auth.ok) return auth;
  const parsed = updateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Invalid change", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const db = prisma();
  const target = await db.user.findUnique({ where: { id: parsed.data.id } });
  if (!target) return { ok: false, error: "No such user" };
  if (target.id === auth.user.id && (parsed.data.disabled || (parsed.data.role && parsed.data.role !== "admin"))) {
    return { ok: false, error: "You cannot demote or disable yourself; ask another admin." };
  }
  await db.user.update({ where: { id: target.id }, data: { role: parsed.data.role, disabled: parsed.data.disabled } });
  if (parsed.data.disabled) await db.session.deleteMany({ where: { userId: target.id } });
  // Cached sessions and tokens carry the user's role and disabled flag: drop them so the change applies at once.
  forget("session:");
  forget("token:");
  await recordAudit(auth.user.email, "update_user", target.email, { role: parsed.data.role ?? null, disabled: parsed.data.disabled ?? null });
  revalidatePath("/admin");
  return { ok: true, data: { id: target.id } };
}
