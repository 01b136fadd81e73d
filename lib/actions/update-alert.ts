"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordIdSchema } from "../data/record-id";
import { prisma } from "../db/client";
import type { ActionResult } from "./action-result";
import { checkRole } from "../auth/current-user";

const schema = z.object({ id: recordIdSchema, status: z.enum(["acknowledged", "resolved"]) });

/** Acknowledge (seen, still open) or resolve (closed) an alert. */
export async function updateAlert(input: { id: number; status: "acknowledged" | "resolved" }): Promise<ActionResult<{ id: number; status: string }>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("planner");
  if (!auth.ok) return auth;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "Invalid alert update", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { id, status } = parsed.data;
  const alert = await prisma().alert.findUnique({ where: { id } });
  if (!alert) return { ok: false, error: `Alert ${id} does not exist` };
  await prisma().alert.update({ where: { id }, data: status === "acknowledged" ? { status, acknowledgedAt: new Date() } : { status, resolvedAt: new Date() } });
  revalidatePath("/", "layout");
  return { ok: true, data: { id, status } };
}
