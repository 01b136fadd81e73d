"use server";

import { redirect } from "next/navigation";
import { hashPassword } from "../auth/password";
import { newUserSchema } from "../auth/schemas";
import { recordAudit } from "../data/writes/audit";
import { prisma } from "../db/client";
import { defineAction } from "./define-action";

const run = defineAction(
  {
    role: null,
    read: (formData: FormData) => ({ email: formData.get("email"), name: formData.get("name") ?? "", role: "admin", password: formData.get("password") }),
    schema: newUserSchema,
    invalid: "Check the highlighted fields.",
  },
  async function createFirstAdmin(input) {
    const created = await prisma().$transaction(async (tx) => {
      // Serialise concurrent setups: the advisory lock makes "no user exists yet" and the insert one step.
      await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(72617312)");
      if ((await tx.user.count()) > 0) return false;
      await tx.user.create({ data: { email: input.email, name: input.name, role: "admin", passwordHash: await hashPassword(input.password) } });
      // Audited in the same transaction: the first admin never exists unrecorded.
      await recordAudit(input.email, "create_user", input.email, { role: "admin", via: "setup" }, tx);
      return true;
    });
    if (!created) return { ok: false, error: "Setup is already done. Sign in instead." };
    redirect("/login");
  },
);

/** One-time setup: creates the first admin, and only while no user exists (then the page and this action refuse). */
export async function createFirstAdmin(_: unknown, formData: FormData) {
  return run(formData);
}
