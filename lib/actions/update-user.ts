"use server";

import { z } from "zod";
import { ROLES } from "../auth/roles";
import { forget } from "../data/memo";
import { recordIdSchema } from "../api/record-id";
import { prisma } from "../db/client";
import { defineAction } from "./define-action";

const updateUserSchema = z.object({ id: recordIdSchema, role: z.enum(ROLES).optional(), disabled: z.boolean().optional() });

/** Admin-only: changes a user's role or disables them (their sessions end at once); audited. */
export const updateUser = defineAction(
  {
    role: "admin",
    read: (input: { id: number; role?: string; disabled?: boolean }) => input,
    schema: updateUserSchema,
    invalid: "Invalid change",
    revalidate: "/admin",
  },
  async function updateUser(input, { user, audit }) {
    const db = prisma();
    const target = await db.user.findUnique({ where: { id: input.id } });
    if (!target) return { ok: false, error: "No such user" };
    if (target.id === user.id && (input.disabled || (input.role && input.role !== "admin"))) {
      return { ok: false, error: "You cannot demote or disable yourself; ask another admin." };
    }
    await db.user.update({ where: { id: target.id }, data: { role: input.role, disabled: input.disabled } });
    if (input.disabled) await db.session.deleteMany({ where: { userId: target.id } });
    // Cached sessions and tokens carry the user's role and disabled flag: drop them so the change applies at once.
    forget("session:");
    forget("token:");
    await audit(user.email, { action: "update_user", target: target.email, details: { role: input.role ?? null, disabled: input.disabled ?? null } });
    return { ok: true, data: { id: target.id } };
  },
);
