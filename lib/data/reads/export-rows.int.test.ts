import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../writes/seed-demo";
import { fetchActiveDataset } from "./datasets";
import { fetchDomainRows } from "./export-rows";
import { fetchServiceInteractions } from "./service-interactions";

describe("fetchDomainRows (the Data page's CSV export)", () => {
  let datasetId = 0;
  beforeAll(async () => {
    await seedDemoIfEmpty();
    datasetId = (await fetchActiveDataset())!.id;
  });

  it("exports service interactions row for row as the service model reads them, columns in a fixed order", async () => {
    const exported = await fetchDomainRows(datasetId, "service");
    const { rows } = await fetchServiceInteractions(datasetId);
    expect(exported.length).toBeGreaterThan(100);
    expect(exported).toEqual(rows);
    expect(Object.keys(exported[0])).toEqual([
      "interactionId",
      "occurredAt",
      "interactionType",
      "contactChannel",
      "region",
      "customerId",
      "customerAge",
      "customerTenureDays",
      "customerSegment",
      "isRepeatContact",
      "waitMinutes",
      "satisfaction",
    ]);
  });
});
