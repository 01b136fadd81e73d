import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
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
    expect(r.failed.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "activations"],
      [4, "week"],
    ]);
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

  it("re-importing an older file after a newer one applies the older values again in a new version", async () => {
    // In effect now: version 2 (the revised file) set 2024-01-08 search/north to 13 / 1300.
    const r = await importCsv({ datasetId, kind: "demand", text: good, source: "upload", fileName: "good.csv", commit: true });
    expect(r.ok && r.written).toMatchObject({ status: "imported", version: 3, inserted: 0, updated: 1, reappliesVersion: 1 });
    const row = await db.weeklyDemand.findFirstOrThrow({ where: { datasetId, week: new Date("2024-01-08T00:00:00Z"), channel: { name: "search" } } });
    expect([row.activations, row.revenue]).toEqual([12, 1200]);
    expect(await counts()).toEqual({ versions: 3, demand: 4, channels: 2 });
  });

  it("re-importing a file whose content is still in effect is a no-op, even when other files came after it", async () => {
    // good.csv (version 3) is what is in effect; a later file that touches other rows does not change that.
    const other = "week,channel,region,activations,revenue\n2024-02-05,search,north,20,2000\n";
    const later = await importCsv({ datasetId, kind: "demand", text: other, source: "upload", commit: true });
    expect(later.ok && later.written).toMatchObject({ status: "imported", version: 4 });
    const again = await importCsv({ datasetId, kind: "demand", text: good, source: "upload", commit: true });
    expect(again.ok && again.written).toMatchObject({ status: "duplicate", version: 3 });
    expect(await counts()).toEqual({ versions: 4, demand: 5, channels: 2 });
  });
});
