import "server-only";
import { prisma } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { ServiceInteractionRow } from "../../service";

/** Every service interaction of a dataset (closed and open), oldest first, in the service engine's row shape. */
export async function fetchServiceInteractions(datasetId: number): Promise<{ isDemo: boolean; rows: ServiceInteractionRow[] }> {
  const db = prisma();
  const [dataset, rows] = await Promise.all([
    db.dataset.findUnique({ where: { id: datasetId }, select: { isDemo: true } }),
    db.serviceInteraction.findMany({
      where: { datasetId },
      orderBy: [{ occurredAt: "asc" }, { interactionId: "asc" }],
      include: { region: { select: { name: true } } },
    }),
  ]);
  if (!dataset) throw new Error(`Dataset ${datasetId} does not exist`);
  return {
    isDemo: dataset.isDemo,
    rows: rows.map(toServiceInteractionRow),
  };
}

type StoredInteraction = Prisma.ServiceInteractionGetPayload<{ include: { region: { select: { name: true } } } }>;

/** A stored interaction (with its region's name) in the service engine's row shape; the CSV export uses it too. */
export function toServiceInteractionRow(r: StoredInteraction): ServiceInteractionRow {
  return {
    interactionId: r.interactionId,
    occurredAt: r.occurredAt.toISOString(),
    interactionType: r.interactionType,
    contactChannel: r.contactChannel,
    region: r.region?.name ?? null,
    customerId: r.customerId,
    customerAge: r.customerAge,
    customerTenureDays: r.customerTenureDays,
    customerSegment: r.customerSegment,
    isRepeatContact: r.isRepeatContact,
    waitMinutes: r.waitMinutes,
    satisfaction: r.satisfaction,
  };
}
