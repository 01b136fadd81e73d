"use server";

import { recordAudit } from "../data/writes/audit";
import { recordIdSchema } from "../api/record-id";
import { prisma } from "../db/client";
import { defineAction } from "./define-action";

/** Makes a succeeded run the champion of its kind (promote, or roll back to an older run). */
export const promoteRun = defineAction(
  { role: "admin", read: (runId: number) => runId, schema: recordIdSchema, invalid: "Invalid run id", revalidate: ["/", "layout"] },
  async function promoteRun(id, { user }) {
    const db = prisma();
    const run = await db.modelRun.findUnique({ where: { id } });
    if (!run) return { ok: false, error: `Run ${id} does not exist` };
    if (run.status !== "succeeded") return { ok: false, error: `Only a succeeded run can be champion; run #${run.id} is ${run.status}` };
    const previous = await db.modelRun.findFirst({ where: { datasetId: run.datasetId, kind: run.kind, isChampion: true } });
    // The audit row is part of the change (one transaction), so a promotion is never unrecorded.
    await db.$transaction(async (tx) => {
      await tx.modelRun.updateMany({ where: { datasetId: run.datasetId, kind: run.kind, isChampion: true }, data: { isChampion: false } });
      await tx.modelRun.update({ where: { id: run.id }, data: { isChampion: true } });
      await tx.runLog.create({ data: { runId: run.id, message: `promoted to champion${previous ? ` (replacing run #${previous.id})` : ""}` } });
      await recordAudit(user.email, "promote_model", `run ${run.id}`, { kind: run.kind, previous: previous?.id ?? null }, tx);
    });
    return { ok: true, data: { runId: run.id, previous: previous?.id ?? null } };
  },
);
