import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../db/client";
import { stopQueue } from "../../jobs/queue";
import { importCsv } from "./import-csv";

/** An import killed half-way (SIGKILL, no cleanup) leaves nothing behind; running it again imports everything. */
describe("import survives the process being killed", () => {
  const db = prisma();
  let datasetId = 0;
  let file = "";
  const ROWS = 60_000;

  beforeAll(async () => {
    datasetId = (await db.dataset.create({ data: { name: `crash-test-${Date.now()}` } })).id;
    const lines = ["week,channel,region,activations,revenue"];
    const start = Date.UTC(2000, 0, 3);
    for (let i = 0; i < ROWS; i++)
      lines.push(`${new Date(start + Math.floor(i / 40) * 7 * 86_400_000).toISOString().slice(0, 10)},ch${i % 8},r${Math.floor(i / 8) % 5},${i},${i * 10}`);
    file = path.join(mkdtempSync(path.join(tmpdir(), "mixcast-crash-")), "big.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);
  });

  afterAll(async () => {
    await stopQueue();
    await db.dataset.delete({ where: { id: datasetId } });
  });

  it("kill -9 during the write: no rows, no version; a rerun completes", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/testing/import-child.ts", String(datasetId), file], {
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    // Wait until the child's transaction is inserting demand rows (visible in pg_stat_activity, not in the table).
    const deadline = Date.now() + 60_000;
    let writing = false;
    while (!writing && Date.now() < deadline) {
      const active = await db.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'INSERT INTO "weekly_demand"%' AND pid <> pg_backend_pid()`;
      writing = Number(active[0].n) > 0;
      if (!writing) await new Promise((r) => setTimeout(r, 20));
    }
    expect(writing).toBe(true);
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    // The server notices the dead connection and rolls its transaction back.
    await new Promise((r) => setTimeout(r, 500));
    expect(await db.weeklyDemand.count({ where: { datasetId } })).toBe(0);
    expect(await db.datasetVersion.count({ where: { datasetId } })).toBe(0);
    expect(await db.channel.count({ where: { datasetId } })).toBe(0);

    const { readFileSync } = await import("node:fs");
    const rerun = await importCsv({ datasetId, kind: "demand", text: readFileSync(file, "utf8"), source: "cli", commit: true });
    expect(rerun.ok && rerun.written).toMatchObject({ status: "imported", version: 1, inserted: ROWS });
    expect(await db.weeklyDemand.count({ where: { datasetId } })).toBe(ROWS);
  });
});
