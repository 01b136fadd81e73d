import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../db/client";
import { importCsv } from "./import-csv";

describe("importCsv against Postgres", () => {
  const db = prisma();
  let datasetId = 0;
  const counts = async () => ({
    versions: await db.datasetVersion.count({ where: { datasetId } }),
    demand: await db.weeklyDemand.count({ where: { datasetId } }),
    channels: await db.channel.count({ where: { datasetId } }),
  });

  beforeAll(async () => {
    datasetId = (await db.dataset.create({ data: { name: `import-test-${Date.now()}` } })).id;
  });
  afterAll(async () => {
    await db.dataset.delete({ where: { id: datasetId } });
  });

  const good = "week,channel,region,activations,revenue\n2024-01-01,search,north,10,1000\n2024-01-01,social,north,5,400\n2024-01-08,search,north,12,1200\n";

  it("imports a valid file in one version, creating channels and regions", async () => {
    const r = await importCsv({ datasetId, kind: "demand", text: good, source: "upload", fileName: "good.csv", commit: true });
    expect(r.ok && r.written).toMatchObject({ status: "imported", version: 1, inserted: 3, updated: 0 });
    expect(await counts()).toEqual({ versions: 1, demand: 3, channels: 2 });
    const row = await db.weeklyDemand.findFirstOrThrow({ where: { datasetId, revenue: 1200 } });
    expect(row.week.toISOString().slice(0, 10)).toBe("2024-01-08");
  });

  it("treats the same content as a no-op, even with other line endings", async () => {
    const r = await importCsv({ datasetId, kind: "demand", text: good.replace(/\n/g, "\r\n"), source: "upload", commit: true });
    expect(r.ok && r.written).toMatchObject({ status: "duplicate", version: 1 });
    expect(await counts()).toEqual({ versions: 1, demand: 3, channels: 2 });
  });

  it("writes nothing when any row is bad and reports each bad row", async () => {
    const bad = "week,channel,region,activations,revenue\n2024-01-15,search,north,10,1000\n2024-01-15,email,north,x,1\n2024-01-16,search,south,1,1\n";
    const r = await importCsv({ datasetId, kind: "demand", text: bad, source: "upload", commit: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failed.errors.map((e) => [e.row, e.column])).toEqual([[3, "activations"], [4, "week"]]);
    // neither the good row, the new channel "email" nor the new region "south" was written
    expect(await counts()).toEqual({ versions: 1, demand: 3, channels: 2 });
    expect(await db.region.count({ where: { datasetId } })).toBe(1);
  });

  it("updates rows on their natural key in a new version", async () => {
    const revised = "week,channel,region,activations,revenue\n2024-01-08,search,north,13,1300\n2024-01-15,search,north,14,1400\n";
    const r = await importCsv({ datasetId, kind: "demand", text: revised, source: "cli", commit: true });
    expect(r.ok && r.written).toMatchObject({ status: "imported", version: 2, inserted: 1, updated: 1 });
    expect(await counts()).toEqual({ versions: 2, demand: 4, channels: 2 });
  });

  it("previews without writing", async () => {
    const r = await importCsv({ datasetId, kind: "spend", text: "week,channel,region,spend\n2024-01-01,search,north,100\n", source: "upload", commit: false });
    expect(r.ok && r.validated.rowCount).toBe(1);
    expect(r.ok && r.written).toBeUndefined();
    expect(await db.weeklySpend.count({ where: { datasetId } })).toBe(0);
  });

  it("records imports in the audit log", async () => {
    const entries = await db.auditLog.findMany({ where: { action: "import", target: { startsWith: `dataset ${datasetId} ` } } });
    expect(entries.length).toBe(2);
  });
});
