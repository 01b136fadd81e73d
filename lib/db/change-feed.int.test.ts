import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeFeedConnected, dataEpoch, onChange, scoreEpoch, startChangeFeed, stopChangeFeed } from "./change-feed";
import { prisma } from "./client";

/** The feed as the web processes follow it, against the migrated database: which change moves which counter. */
describe("change feed", () => {
  const events: string[] = [];
  const waitFor = async (event: string) => {
    for (let i = 0; i < 100 && !events.includes(event); i++) await new Promise((r) => setTimeout(r, 50));
    expect(events).toContain(event);
  };
  let runId = 0;

  beforeAll(async () => {
    const dataset = await prisma().dataset.create({ data: { name: `feed-${Date.now()}` } });
    runId = (await prisma().modelRun.create({ data: { kind: "promo", datasetId: dataset.id, datasetVersion: 1, status: "succeeded" } })).id;
    onChange((e) => events.push(e));
    await startChangeFeed();
  });
  afterAll(() => stopChangeFeed());

  it("holds both counters still while nothing changes, and without a feed changes them on every call", async () => {
    expect(changeFeedConnected()).toBe(true);
    expect(dataEpoch()).toBe(dataEpoch());
    expect(scoreEpoch()).toBe(scoreEpoch());
  });

  it("a data change moves the data epoch and leaves the score epoch alone", async () => {
    const [data, scores] = [dataEpoch(), scoreEpoch()];
    await prisma().setting.upsert({ where: { key: "feed-test" }, create: { key: "feed-test", value: 1 }, update: { value: 2 } });
    await waitFor("data:setting");
    expect(dataEpoch()).toBeGreaterThan(data);
    expect(scoreEpoch()).toBe(scores);
  });

  it("a stored promo score moves only the score epoch: the scoring API's writes do not retire every cached page", async () => {
    const [data, scores] = [dataEpoch(), scoreEpoch()];
    await prisma().promoScore.createMany({ data: [1, 2].map((i) => ({ runId, input: { i }, pSells: 0.5, uplift: 1, roi: 0.1, decision: "go" })) });
    await waitFor("scores:promo_score");
    expect(scoreEpoch()).toBeGreaterThan(scores);
    expect(dataEpoch()).toBe(data);
  });
});
