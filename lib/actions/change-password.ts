"use server";

import { cookies, headers } from "next/headers";
import { clearSignInAttempts, reserveSignInAttempt } from "../auth/login-rate-limit";
import { hashPassword, verifyPassword } from "../auth/password";
import { changePasswordSchema } from "../auth/schemas";
import { SESSION_COOKIE } from "../auth/session";
import { hashSecret } from "../auth/tokens";
import { forget } from "../data/memo";
import { prisma } from "../db/client";
import { CLIENT_HEADER, readClientHeader } from "../server/request-client";
import { defineAction } from "./define-action";

const run = defineAction(
  {
    role: "viewer",
    read: (formData: FormData) => ({ current: formData.get("current"), next: formData.get("next"), confirm: formData.get("confirm") }),
    schema: changePasswordSchema,
    invalid: "Check the highlighted fields.",
    audit: (_, user) => ({ action: "change_password", target: user.email }),
  },
  async function changePassword(input, { user: me, audit }) {
    const client = readClientHeader((await headers()).get(CLIENT_HEADER));
    const reservation = await reserveSignInAttempt(me.email, client);
    if (!reservation.allowed) return { ok: false, error: "Too many wrong passwords from here. Wait 15 minutes and try again." };
    const db = prisma();
    const user = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    if (!(await verifyPassword(user.passwordHash, input.current))) {
      await audit(user.email, { action: "change_password_failed", target: user.email });
      return { ok: false, error: "The current password is not right.", fieldErrors: { current: ["not right"] } };
    }
    await clearSignInAttempts(me.email, client);
    const token = (await cookies()).get(SESSION_COOKIE)?.value;
    const keep = token ? hashSecret(token) : "";
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.next) } }),
      db.session.deleteMany({ where: { userId: user.id, id: { not: keep } } }),
    ]);
    forget("session:");
    return { ok: true, data: null };
  },
);

/**
 * Any signed-in user changes their own password. The current password is checked under the same rate limit as
 * sign-in (an open session must not become a way to guess it), and every other session of the user ends.
 */
export async function changePassword(_: unknown, formData: FormData) {
  return run(formData);
}
