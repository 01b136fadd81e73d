import "server-only";
import { recordAudit } from "../data/writes/audit";
import type { DomainKind } from "../csv/domains";
import type { ValidatedImport } from "../csv/validate-import";
import type { PrismaClient } from "./client";

/**
 * Writes a validated import in ONE transaction: a new dataset version, any new channels/regions, and every row
 * upserted on its natural key. Either all of it commits or none of it does (a crash mid-way rolls back).
 * Importing content that is already in effect is a no-op that returns the version it came from; importing content
 * imported before but changed since by a newer file applies it again as a new version (`reappliesVersion`).
 */
export type ImportWriteResult =
  | { status: "imported"; versionId: number; version: number; inserted: number; updated: number; reappliesVersion?: number }
  | { status: "duplicate"; versionId: number; version: number };

/** Thrown inside the transaction to roll back a re-import that turned out to change nothing. */
class NothingChanged extends Error {
  constructor(readonly result: ImportWriteResult) {
    super("nothing changed");
  }
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

type TableSpec = {
  table: string;
  columns: string[];
  conflict: string[];
  /** Maps a typed row to column values given name→id lookups. */
  values: (row: Record<string, unknown>, ids: Lookups) => unknown[];
};
type Lookups = { datasetId: number; versionId: number; channel: (n: unknown) => number; region: (n: unknown) => number | null };

const TABLES: Record<DomainKind, TableSpec> = {
  demand: {
    table: "weekly_demand",
    columns: ["datasetId", "versionId", "week", "channelId", "regionId", "activations", "revenue"],
    conflict: ["datasetId", "week", "channelId", "regionId"],
    values: (r, l) => [l.datasetId, l.versionId, r.week, l.channel(r.channel), l.region(r.region), r.activations, r.revenue],
  },
  spend: {
    table: "weekly_spend",
    columns: ["datasetId", "versionId", "week", "channelId", "regionId", "spend", "impressions", "clicks"],
    conflict: ["datasetId", "week", "channelId", "regionId"],
    values: (r, l) => [l.datasetId, l.versionId, r.week, l.channel(r.channel), l.region(r.region), r.spend, r.impressions, r.clicks],
  },
  unit_economics: {
    table: "unit_economics",
    columns: ["datasetId", "versionId", "channelId", "validFrom", "revenuePerActivation", "costPerActivation"],
    conflict: ["datasetId", "channelId", "validFrom"],
    values: (r, l) => [l.datasetId, l.versionId, l.channel(r.channel), r.validFrom, r.revenuePerActivation, r.costPerActivation],
  },
  macro: {
    table: "macro_indicator",
    columns: ["datasetId", "versionId", "week", "name", "value"],
    conflict: ["datasetId", "week", "name"],
    values: (r, l) => [l.datasetId, l.versionId, r.week, r.name, r.value],
  },
  holidays: {
    table: "holiday",
    columns: ["datasetId", "versionId", "date", "name", "regionId"],
    conflict: ["datasetId", "date", "name", "regionId"],
    values: (r, l) => [l.datasetId, l.versionId, r.date, r.name, l.region(r.region)],
  },
  promotions: {
    table: "promotion",
    columns: [
      "datasetId",
      "versionId",
      "promotionId",
      "category",
      "regionId",
      "discountPct",
      "startDate",
      "endDate",
      "promoType",
      "cost",
      "salesAmount",
      "salesCount",
    ],
    conflict: ["datasetId", "promotionId"],
    values: (r, l) => [
      l.datasetId,
      l.versionId,
      r.promotionId,
      r.category,
      l.region(r.region),
      r.discountPct,
      r.startDate,
      r.endDate,
      r.promoType,
      r.cost,
      r.salesAmount,
      r.salesCount,
    ],
  },
  campaigns: {
    table: "campaign",
    columns: ["datasetId", "versionId", "campaignId", "channelId", "regionId", "budget", "reach", "conversionRate", "startDate", "endDate"],
    conflict: ["datasetId", "campaignId"],
    values: (r, l) => [
      l.datasetId,
      l.versionId,
      r.campaignId,
      l.channel(r.channel),
      l.region(r.region),
      r.budget,
      r.reach,
      r.conversionRate,
      r.startDate,
      r.endDate,
    ],
  },
  service: {
    table: "service_interaction",
    columns: [
      "datasetId",
      "versionId",
      "interactionId",
      "occurredAt",
      "interactionType",
      "contactChannel",
      "regionId",
      "customerId",
      "customerAge",
      "customerTenureDays",
      "customerSegment",
      "isRepeatContact",
      "waitMinutes",
      "satisfaction",
    ],
    conflict: ["datasetId", "interactionId"],
    values: (r, l) => [
      l.datasetId,
      l.versionId,
      r.interactionId,
      r.occurredAt,
      r.interactionType,
      r.contactChannel,
      l.region(r.region),
      r.customerId,
      r.customerAge,
      r.customerTenureDays,
      r.customerSegment ?? "",
      r.isRepeatContact ?? false,
      r.waitMinutes,
      r.satisfaction,
    ],
  },
  lift_tests: {
    table: "lift_test",
    columns: ["datasetId", "versionId", "channelId", "startDate", "endDate", "incrementalKpi", "standardError"],
    conflict: ["datasetId", "channelId", "startDate", "endDate"],
    values: (r, l) => [l.datasetId, l.versionId, l.channel(r.channel), r.startDate, r.endDate, r.incrementalKpi, r.standardError],
  },
};

const CHUNK_ROWS = 1000;
const q = (name: string) => `"${name}"`;

export async function writeImport(
  db: PrismaClient,
  datasetId: number,
  validated: ValidatedImport,
  meta: { source: "demo" | "upload" | "cli"; fileName?: string; createdBy?: string },
): Promise<ImportWriteResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        // Serialise imports into one dataset so version numbers are gap-free and hash checks are race-free.
        await tx.$queryRawUnsafe(`SELECT id FROM "dataset" WHERE id = $1 FOR UPDATE`, datasetId);
        const ofKind = { datasetId, kind: validated.kind };
        const sameContent = await tx.datasetVersion.findFirst({ where: { ...ofKind, contentHash: validated.contentHash }, orderBy: { version: "desc" } });
        const latestOfKind = await tx.datasetVersion.findFirst({ where: ofKind, orderBy: { version: "desc" }, select: { id: true } });
        // Only imports of this kind write its table: when none came after this content, it is still what is in effect.
        if (sameContent && sameContent.id === latestOfKind?.id) return { status: "duplicate", versionId: sameContent.id, version: sameContent.version };

        const last = await tx.datasetVersion.aggregate({ where: { datasetId }, _max: { version: true } });
        const version = (last._max.version ?? 0) + 1;
        const created = await tx.datasetVersion.create({
          data: {
            datasetId,
            version,
            kind: validated.kind,
            contentHash: validated.contentHash,
            source: meta.source,
            fileName: meta.fileName ?? "",
            rowCount: validated.rows.length,
            createdBy: meta.createdBy ?? "system",
          },
        });
        const lookups = await buildLookups(tx, datasetId, created.id, validated);
        const { inserted, updated } = await upsertRows(tx, TABLES[validated.kind], validated.rows, lookups);
        // Newer files came after this content but changed none of its rows: it is still what is in effect.
        if (sameContent && inserted + updated === 0) throw new NothingChanged({ status: "duplicate", versionId: sameContent.id, version: sameContent.version });
        const reapplied = sameContent ? { reappliesVersion: sameContent.version } : {};
        // Through the one audit writer (bounded fields), inside the import's transaction.
        await recordAudit(
          meta.createdBy ?? "system",
          "import",
          `dataset ${datasetId} v${version}`,
          { kind: validated.kind, rows: validated.rows.length, inserted, updated, fileName: meta.fileName ?? "", source: meta.source, ...reapplied },
          tx,
        );
        return { status: "imported", versionId: created.id, version, inserted, updated, ...reapplied };
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof NothingChanged) return error.result;
    throw error;
  }
}

async function buildLookups(tx: Tx, datasetId: number, versionId: number, v: ValidatedImport): Promise<Lookups> {
  for (const name of v.newChannels) {
    await tx.channel.upsert({ where: { datasetId_name: { datasetId, name } }, create: { datasetId, name }, update: {} });
  }
  for (const name of v.newRegions) {
    await tx.region.upsert({ where: { datasetId_name: { datasetId, name } }, create: { datasetId, name }, update: {} });
  }
  const channels = new Map((await tx.channel.findMany({ where: { datasetId } })).map((c) => [c.name, c.id]));
  const regions = new Map((await tx.region.findMany({ where: { datasetId } })).map((r) => [r.name, r.id]));
  return {
    datasetId,
    versionId,
    channel: (n) => {
      const id = channels.get(String(n));
      // The validator already refused unknown names; reaching this is a bug, and throwing rolls the import back.
      if (id === undefined) throw new Error(`internal: channel "${String(n)}" has no id`);
      return id;
    },
    region: (n) => {
      if (n === null || n === undefined) return null;
      const id = regions.get(String(n));
      if (id === undefined) throw new Error(`internal: region "${String(n)}" has no id`);
      return id;
    },
  };
}

async function upsertRows(tx: Tx, spec: TableSpec, rows: Record<string, unknown>[], lookups: Lookups) {
  const updatable = spec.columns.filter((c) => !spec.conflict.includes(c) && c !== "datasetId");
  // Rows whose values are unchanged are left alone (and keep the version that last changed them), so "updated"
  // counts real changes and a re-import of content already in effect is recognised as changing nothing.
  const compared = updatable.filter((c) => c !== "versionId");
  const changed = compared.length
    ? `(${compared.map((c) => `t.${q(c)}`).join(", ")}) IS DISTINCT FROM (${compared.map((c) => `EXCLUDED.${q(c)}`).join(", ")})`
    : "false";
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const values = spec.values(row, lookups);
      const placeholders = values.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      return `(${placeholders.join(",")})`;
    });
    const sql = `INSERT INTO ${q(spec.table)} AS t (${spec.columns.map(q).join(",")}) VALUES ${tuples.join(",")}
      ON CONFLICT (${spec.conflict.map(q).join(",")}) DO UPDATE SET ${updatable.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")}
      WHERE ${changed}
      RETURNING (xmax = 0) AS inserted`;
    const result = await tx.$queryRawUnsafe<{ inserted: boolean }[]>(sql, ...params);
    for (const r of result) {
      if (r.inserted) inserted++;
      else updated++;
    }
  }
  return { inserted, updated };
}
