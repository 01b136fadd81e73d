"use server";

import { randomBytes } from "node:crypto";
import { hashPassword } from "../auth/password";
import { forget } from "../data/memo";
import { recordIdSchema } from "../api/record-id";
import { prisma } from "../db/client";
import { defineAction } from "./define-action";

/**
 * Admin-only: gives a user a new random password, shown to the admin once, and ends all of the user's sessions.
 * The admin never chooses it, so it is never reused from somewhere else; the user changes it on /account.
 */
export const resetPassword = defineAction(
  {
    role: "admin",
    read: (id: number) => id,
    schema: recordIdSchema,
    invalid: "No such user",
    revalidate: "/admin",
  },
  async function resetPassword(id, { user, audit }) {
    const db = prisma();
    const target = await db.user.findUnique({ where: { id } });
    if (!target) return { ok: false, error: "No such user" };
    const password = randomBytes(12).toString("base64url");
    await db.$transaction([
      db.user.update({ where: { id }, data: { passwordHash: await hashPassword(password) } }),
      db.session.deleteMany({ where: { userId: id } }),
    ]);
    forget("session:");
    await audit(user.email, { action: "reset_password", target: target.email });
    return { ok: true, data: { email: target.email, password } };
  },
);
