"use server";

import { forget } from "../data/memo";
import { recordIdSchema } from "../api/record-id";
import { prisma } from "../db/client";
import { defineAction } from "./define-action";

/** Admin-only: revokes an API token at once (cached token lookups are dropped). */
export const revokeApiToken = defineAction(
  {
    role: "admin",
    read: (id: number) => id,
    schema: recordIdSchema,
    invalid: "No such token",
    revalidate: "/admin",
  },
  async function revokeApiToken(id, { user, audit }) {
    const token = await prisma().apiToken.findUnique({ where: { id } });
    if (!token) return { ok: false, error: "No such token" };
    await prisma().apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    forget("token:");
    await audit(user.email, { action: "revoke_api_token", target: token.name });
    return { ok: true, data: { id } };
  },
);
