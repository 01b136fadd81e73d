"use server";

import { revalidatePath } from "next/cache";
import { recordIdSchema } from "../data/record-id";
import { prisma } from "../db/client";
import type { ActionResult } from "./action-result";
import { checkRole } from "../auth/current-user";
import { auditEntry } from "../data/audit-entry";

/** Makes a succeeded run the champion of its kind (promote, or roll back to an older run). */
export async function promoteRun(runId: number): Promise<ActionResult<{ runId: number; previous: number | null }>> {
  // Authorization on the server: the UI hiding a button is not a permission check.
  const auth = await checkRole("admin");
  if (!auth.ok) return auth;
  const id = recordIdSchema.safeParse(runId);
  if (!id.success) return { ok: false, error: "Invalid run id" };
  const db = prisma();
  const run = await db.modelRun.findUnique({ where: { id: id.data } });
  if (!run) return { ok: false, error: `Run ${id.data} does not exist` };
  if (run.status !== "succeeded") return { ok: false, error: `Only a succeeded run can be champion; run #${run.id} is ${run.status}` };
  const previous = await db.modelRun.findFirst({ where: { datasetId: run.datasetId, kind: run.kind, isChampion: true } });
  await db.$transaction([
    db.modelRun.updateMany({ where: { datasetId: run.datasetId, kind: run.kind, isChampion: true }, data: { isChampion: false } }),
    db.modelRun.update({ where: { id: run.id }, data: { isChampion: true } }),
    db.runLog.create({ data: { runId: run.id, message: `promoted to champion${previous ? ` (replacing run #${previous.id})` : ""}` } }),
    db.auditLog.create({ data: auditEntry(auth.user.email, "promote_model", `run ${run.id}`, { kind: run.kind, previous: previous?.id ?? null }) }),
  ]);
  revalidatePath("/", "layout");
  return { ok: true, data: { runId: run.id, previous: previous?.id ?? null } };
}
