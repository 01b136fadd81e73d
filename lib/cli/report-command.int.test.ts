import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "../db/client";
import { generateDemoDataset } from "../demo";
import { fetchActiveDataset } from "../data/reads/datasets";
import type { DomainKind } from "../csv/domains";
import { importCsv } from "../data/writes/import-csv";
import { rowsToCsv } from "../csv/rows-to-csv";
import { FIT_RUNNERS } from "../jobs/fits";
import { runFitJob } from "../jobs/run-fit-job";
import { API_TOKEN_PREFIX, hashSecret, newSecret } from "../auth/tokens";
import { extractPdfText } from "../reports/testing/extract-pdf-text";
import { GET as getForecastPdf } from "../../app/reports/forecast/pdf/route";
import { GET as getMmmPdf } from "../../app/reports/mmm/pdf/route";
import { GET as getScenarioPdf } from "../../app/reports/scenarios/pdf/route";
import { GET as getChannelRoi } from "../../app/api/v1/channel-roi/route";
import { channelRoiResponseSchema } from "../api/schemas";
import { run } from "./report-command";

/**
 * `mixcast report` against a real database (scripts/with-db.ts sets DATABASE_URL). The test makes its own dataset
 * (the newest non-demo dataset with data is the active one): first without runs (exit 1, a clear message), then with
 * champion mix-model and forecast runs fitted through the worker's own lifecycle on 80 weeks of generated data.
 */
const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
const errText = () => stderr.mock.calls.map((c) => String(c[0])).join("");
afterEach(() => {
  stderr.mockClear();
  stdout.mockClear();
});

const db = prisma();
const dir = mkdtempSync(path.join(tmpdir(), "mixcast-report-int-"));
const name = `report-test-${process.pid}-${Date.now()}`;
let datasetId = 0;

async function fit(kind: "mmm" | "forecast", params: Record<string, unknown>) {
  const version = (await db.datasetVersion.aggregate({ where: { datasetId }, _max: { version: true } }))._max.version ?? 0;
  const r = await db.modelRun.create({ data: { kind, datasetId, datasetVersion: version, status: "queued", params: params as object, createdBy: "test" } });
  await runFitJob({ runId: r.id, runners: FIT_RUNNERS, retryLimit: 0 });
  const done = await db.modelRun.findUniqueOrThrow({ where: { id: r.id } });
  expect(done.status, done.error ?? "").toBe("succeeded");
  expect(done.isChampion).toBe(true);
  return done;
}

beforeAll(async () => {
  datasetId = (await db.dataset.create({ data: { name } })).id;
  const demo = generateDemoDataset({ weeks: 80 });
  const domains: [DomainKind, Record<string, unknown>[]][] = [
    ["demand", demo.demand],
    ["spend", demo.spend],
    ["unit_economics", demo.unitEconomics],
    ["macro", demo.macro],
    ["holidays", demo.holidays],
  ];
  for (const [kind, rows] of domains) {
    const outcome = await importCsv({ datasetId, kind, text: rowsToCsv(kind, rows), source: "cli", fileName: `${kind}.csv`, createdBy: "test", commit: true });
    expect(outcome.ok, `${kind} import`).toBe(true);
  }
  // Display labels, as the demo seed sets them: the report must use them.
  for (const c of demo.channels) await db.channel.updateMany({ where: { datasetId, name: c.name }, data: { label: c.label } });
  expect((await fetchActiveDataset())?.name).toBe(name);
}, 120_000);

afterAll(async () => {
  await db.dataset.deleteMany({ where: { name } });
  await db.user.deleteMany({ where: { email: `${name}@test.mixcast` } });
});

describe("mixcast report", () => {
  it("refuses bad flags and a dataset without champion runs, exit 1 with a clear message", async () => {
    expect(await run(["--kind", "tv", "--out", path.join(dir, "x.pdf")])).toBe(1);
    expect(errText()).toMatch(/--kind must be mmm or forecast, got "tv"/);
    expect(await run(["--kind", "mmm"])).toBe(1);
    expect(errText()).toMatch(/--out is required/);
    expect(await run(["--kind", "mmm", "--out", path.join(dir, "x.pdf"), "--nope"])).toBe(1);

    stderr.mockClear();
    expect(await run(["--kind", "mmm", "--out", path.join(dir, "none.pdf")])).toBe(1);
    expect(errText()).toContain(`no champion mix-model (mmm) run for dataset "${name}"`);
    expect(await run(["--kind", "forecast", "--out", path.join(dir, "none.pdf")])).toBe(1);
    expect(errText()).toContain(`no champion forecast run for dataset "${name}"`);
  });

  it("writes the mix-model report of the champion run as a PDF with pages, fonts and the run it came from", async () => {
    const champion = await fit("mmm", { bootstrap: 20, iterations: 15, seed: 3 });
    const out = path.join(dir, "sub", "mmm.pdf");
    stdout.mockClear();
    expect(await run(["--kind", "mmm", "--out", out])).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSansCondensed/);
    const pages = extractPdfText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = pages.join("\n");
    for (const text of [
      "Mix-model report",
      `Dataset “${name}” version ${champion.datasetVersion}`,
      `Mix-model run #${champion.id}`,
      "Return on spend by channel",
      // The dataset has revenue and spend per region: the geo-level model, with its region × channel table.
      "Return on spend by region",
      "modelled by a geo-level model",
      "Response curves",
      "Recommended allocation",
      "Caveats",
      "Paid search",
      "Page 1 of",
    ]) {
      expect(all).toContain(text);
    }
    expect(all).toContain(`code ${champion.codeVersion}`);
    expect(stdout.mock.calls.map((c) => String(c[0])).join("")).toContain(
      `mixcast report: Mix-model report for dataset "${name}" v${champion.datasetVersion}, mix-model run #${champion.id}`,
    );
  }, 300_000);

  it("writes the forecast report: 13 weeks by channel and region, accuracy, money and alerts", async () => {
    const champion = await fit("forecast", { models: ["naive", "snaive"], horizon: 13 });
    const out = path.join(dir, "forecast.pdf");
    expect(await run(["--kind", "forecast", "--out", out])).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const all = extractPdfText(pdf).join("\n");
    for (const text of [
      "Forecast report",
      `Forecast run #${champion.id}`,
      "Next 13 weeks by channel and region",
      "Paid search · north",
      "All channels · all regions (total)",
      "What forecast error costs",
      "Open drop alerts",
    ]) {
      expect(all).toContain(text);
    }
  }, 300_000);
});

describe("PDF downloads of the report pages", () => {
  type Handler = (request: NextRequest) => Promise<Response>;
  const call = (handler: Handler, url: string, token: string | null) =>
    handler(new NextRequest(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} }));

  it("answer 401 without credentials and the same PDF as the CLI for a reader", async () => {
    const user = await db.user.create({ data: { email: `${name}@test.mixcast`, role: "viewer", passwordHash: "x" } });
    const token = newSecret(API_TOKEN_PREFIX);
    await db.apiToken.create({ data: { userId: user.id, name: "read", scope: "read", tokenHash: hashSecret(token) } });

    for (const [handler, url] of [
      [getMmmPdf, "http://localhost/reports/mmm/pdf"],
      [getForecastPdf, "http://localhost/reports/forecast/pdf"],
      [getScenarioPdf, "http://localhost/reports/scenarios/pdf?ids=baseline,1"],
    ] as const) {
      expect((await call(handler, url, null)).status, url).toBe(401);
      expect((await call(handler, url, "mxc_forged")).status, url).toBe(401);
    }
    const mmm = await call(getMmmPdf, "http://localhost/reports/mmm/pdf", token);
    expect(mmm.status).toBe(200);
    expect(mmm.headers.get("content-type")).toBe("application/pdf");
    expect(mmm.headers.get("content-disposition")).toMatch(/^attachment; filename="mixcast-mmm-report-run\d+-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = extractPdfText(Buffer.from(await mmm.arrayBuffer())).join("\n");
    expect(text).toContain(`Dataset “${name}”`);
    const forecast = await call(getForecastPdf, "http://localhost/reports/forecast/pdf", token);
    expect(forecast.status).toBe(200);
    // A bad scenario list is a 400 naming the problem; an unknown scenario a 404.
    const bad = await call(getScenarioPdf, "http://localhost/reports/scenarios/pdf?ids=baseline", token);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toBe("Compare 2 to 4 scenarios");
    const unknown = await call(getScenarioPdf, "http://localhost/reports/scenarios/pdf?ids=baseline,999999", token);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toContain("999999");
  }, 120_000);

  it("GET /api/v1/channel-roi publishes the geo model's ROI per region, national figures the sums of the regions", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${name}@test.mixcast` } });
    const token = newSecret(API_TOKEN_PREFIX);
    await db.apiToken.create({ data: { userId: user.id, name: "read roi", scope: "read", tokenHash: hashSecret(token) } });
    const response = await call(getChannelRoi as Handler, "http://localhost/api/v1/channel-roi", token);
    expect(response.status).toBe(200);
    const body = channelRoiResponseSchema.parse(await response.json());
    // The dataset has revenue and spend per region: the champion is the geo-level model.
    expect(body.model).toBe("geo");
    expect(body.regions!.map((r) => r.name).sort()).toEqual(["east", "north", "south", "west"]);
    for (const [c, channel] of body.channels.entries()) {
      const regional = body.regions!.map((r) => r.channels[c]);
      expect(regional.every((x) => x.name === channel.name && x.roiLow <= x.roi + 1e-9 && x.roi <= x.roiHigh + 1e-9)).toBe(true);
      expect(regional.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(channel.contribution, 2);
      expect(regional.reduce((s, x) => s + x.spend, 0)).toBeCloseTo(channel.spend, 2);
    }
  }, 60_000);
});
