"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { checkRole } from "../auth/current-user";
import { apiTokenSchema } from "../auth/schemas";
import { tokenExpiry } from "../auth/token-lifetime";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "../auth/tokens";
import { prisma } from "../db/client";
import { parseRecordId } from "../data/record-id";
import { forget } from "../data/memo";
import type { ActionResult } from "./action-result";
import { recordAudit } from "../data/audit";

/** Admin-only: create an API token (shown once, stored hashed) or revoke one. */
export async function createApiToken(_: unknown, formData: FormData): Promise<ActionResult<{ token: string; name: string; expiresAt: string }>> {
  const auth = await checkRole("admin");
  if (!auth.ok) return auth;
  const parsed = apiTokenSchema.safeParse({ name: formData.get("name"), scope: formData.get("scope"), days: formData.get("days") || undefined });
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const token = newSecret(API_TOKEN_PREFIX);
  const expiresAt = tokenExpiry(parsed.data.days);
  await prisma().apiToken.create({ data: { userId: auth.user.id, name: parsed.data.name, scope: parsed.data.scope, tokenHash: hashSecret(token), expiresAt } });
  await recordAudit(auth.user.email, "create_api_token", parsed.data.name, { scope: parsed.data.scope, expiresAt: expiresAt.toISOString() });
  revalidatePath("/admin");
  return { ok: true, data: { token, name: parsed.data.name, expiresAt: expiresAt.toISOString() } };
}

export async function revokeApiToken(id: number): Promise<ActionResult<{ id: number }>> {
  const auth = await checkRole("admin");
  if (!auth.ok) return auth;
  const token = parseRecordId(id) === null ? null : await prisma().apiToken.findUnique({ where: { id } });
  if (!token) return { ok: false, error: "No such token" };
  await prisma().apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  forget("token:");
  await recordAudit(auth.user.email, "revoke_api_token", token.name);
  revalidatePath("/admin");
  return { ok: true, data: { id } };
}
