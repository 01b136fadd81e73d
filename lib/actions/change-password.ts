"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { checkRole } from "../auth/current-user";
import { clearSignInAttempts, reserveSignInAttempt } from "../auth/login-rate-limit";
import { hashPassword, verifyPassword } from "../auth/password";
import { changePasswordSchema } from "../auth/schemas";
import { hashSecret } from "../auth/tokens";
import { SESSION_COOKIE } from "../auth/session";
import { prisma } from "../db/client";
import { recordAudit } from "../data/audit";
import { forget } from "../data/memo";
import { CLIENT_HEADER, readClientHeader } from "../server/request-client";
import type { ActionResult } from "./action-result";

/**
 * Any signed-in user changes their own password. The current password is checked under the same rate limit as
 * sign-in (an open session must not become a way to guess it), and every other session of the user ends.
 */
export async function changePassword(_: unknown, formData: FormData): Promise<ActionResult<null>> {
  const auth = await checkRole("viewer");
  if (!auth.ok) return auth;
  const parsed = changePasswordSchema.safeParse({ current: formData.get("current"), next: formData.get("next"), confirm: formData.get("confirm") });
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const client = readClientHeader((await headers()).get(CLIENT_HEADER));
  const reservation = await reserveSignInAttempt(auth.user.email, client);
  if (!reservation.allowed) return { ok: false, error: "Too many wrong passwords from here. Wait 15 minutes and try again." };
  const db = prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: auth.user.id } });
  if (!(await verifyPassword(user.passwordHash, parsed.data.current))) {
    await recordAudit(user.email, "change_password_failed", user.email);
    return { ok: false, error: "The current password is not right.", fieldErrors: { current: ["not right"] } };
  }
  await clearSignInAttempts(auth.user.email, client);
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const keep = token ? hashSecret(token) : "";
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(parsed.data.next) } }),
    db.session.deleteMany({ where: { userId: user.id, id: { not: keep } } }),
  ]);
  forget("session:");
  await recordAudit(user.email, "change_password", user.email);
  return { ok: true, data: null };
}
