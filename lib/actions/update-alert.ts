"use server";

import { z } from "zod";
import { recordIdSchema } from "../api/record-id";
import { prisma } from "../db/client";
import { defineAction } from "./define-action";

const updateAlertSchema = z.object({ id: recordIdSchema, status: z.enum(["acknowledged", "resolved"]) });

/** Acknowledge (seen, still open) or resolve (closed) an alert. */
export const updateAlert = defineAction(
  {
    role: "planner",
    read: (input: { id: number; status: "acknowledged" | "resolved" }) => input,
    schema: updateAlertSchema,
    invalid: "Invalid alert update",
    revalidate: ["/", "layout"],
  },
  async function updateAlert({ id, status }) {
    const alert = await prisma().alert.findUnique({ where: { id } });
    if (!alert) return { ok: false, error: `Alert ${id} does not exist` };
    await prisma().alert.update({
      where: { id },
      data: status === "acknowledged" ? { status, acknowledgedAt: new Date() } : { status, resolvedAt: new Date() },
    });
    return { ok: true, data: { id, status: status as string } };
  },
);
