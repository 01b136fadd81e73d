"use server";

import { apiTokenSchema } from "../auth/schemas";
import { tokenExpiry } from "../auth/token-lifetime";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "../auth/tokens";
import { prisma } from "../db/client";
import { defineAction } from "./define-action";

const run = defineAction(
  {
    role: "admin",
    read: (formData: FormData) => ({ name: formData.get("name"), scope: formData.get("scope"), days: formData.get("days") || undefined }),
    schema: apiTokenSchema,
    invalid: "Check the highlighted fields.",
    revalidate: "/admin",
  },
  async function createApiToken(input, { user, audit }) {
    const token = newSecret(API_TOKEN_PREFIX);
    const expiresAt = tokenExpiry(input.days);
    await prisma().apiToken.create({ data: { userId: user.id, name: input.name, scope: input.scope, tokenHash: hashSecret(token), expiresAt } });
    await audit(user.email, { action: "create_api_token", target: input.name, details: { scope: input.scope, expiresAt: expiresAt.toISOString() } });
    return { ok: true, data: { token, name: input.name, expiresAt: expiresAt.toISOString() } };
  },
);

/** Admin-only: creates an API token (shown once, stored hashed). A form action (useActionState). */
export async function createApiToken(_: unknown, formData: FormData) {
  return run(formData);
}
