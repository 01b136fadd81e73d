"use server";

import { hashPassword } from "../auth/password";
import { newUserSchema } from "../auth/schemas";
import { prisma } from "../db/client";
import { defineAction } from "./define-action";

const run = defineAction(
  {
    role: "admin",
    read: (formData: FormData) => ({
      email: formData.get("email"),
      name: formData.get("name") ?? "",
      role: formData.get("role"),
      password: formData.get("password"),
    }),
    schema: newUserSchema,
    invalid: "Check the highlighted fields.",
    audit: (input) => ({ action: "create_user", target: input.email, details: { role: input.role } }),
    revalidate: "/admin",
  },
  async function createUser(input) {
    const db = prisma();
    if (await db.user.findUnique({ where: { email: input.email } }))
      return { ok: false, error: `A user with email ${input.email} already exists.`, fieldErrors: { email: ["already in use"] } };
    const user = await db.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) } });
    return { ok: true, data: { id: user.id } };
  },
);

/** Admin-only: adds a user; the change lands in the audit log. A form action (useActionState). */
export async function createUser(_: unknown, formData: FormData) {
  return run(formData);
}
