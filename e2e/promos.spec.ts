import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./console-guard";

/** The first promo fit is queued at start; wait (reloading) until the page shows the scoring form. */
async function openFittedPromoPage(page: Page) {
  await page.goto("/promos");
  await expect(page.getByRole("heading", { level: 1, name: "Promo planner" })).toBeVisible();
  await expect
    .poll(
      async () => {
        if (await page.getByRole("button", { name: "Score promotion" }).count()) return true;
        await page.reload();
        return false;
      },
      { timeout: 180_000, intervals: [5_000] },
    )
    .toBe(true);
  await expect(page.getByText(/Numbers from run #\d+/)).toBeVisible();
}

const HEADER = "promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost";

test.describe("promo planner", () => {
  test.setTimeout(300_000);

  test("scores a planned promo in the form: GO or NO-GO with P(sells), reasons and the discount curve", async ({ page }) => {
    const errors = watchConsole(page);
    await openFittedPromoPage(page);
    await expect(page.getByTestId("promo-model-metrics").getByText("ROC AUC")).toBeVisible();

    await page.getByLabel("Category").selectOption("snacks");
    await page.getByLabel("Region").selectOption("south");
    await page.getByLabel("Promo type").selectOption("bogo");
    await page.getByLabel("Discount (%)").fill("20");
    await page.getByLabel("Duration (days)").fill("14");
    await page.getByLabel("Start date").fill("2026-12-01");
    await page.getByLabel("Promo cost (USD)").fill("300");
    await page.getByRole("button", { name: "Score promotion" }).click();

    const decision = page.getByTestId("promo-decision");
    await expect(decision).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("promo-decision-badge")).toHaveText(/^(GO|NO-GO)$/);
    await expect(decision.getByText(/^\d{1,3}\.\d %$/).first()).toBeVisible(); // P(sells)
    await expect(page.getByTestId("promo-reasons").getByRole("listitem")).toHaveCount(3);
    await expect(page.getByTestId("discount-roi-chart").locator("path.recharts-line-curve")).toHaveCount(2); // ROI and P(sells) across discounts

    // The reasons speak plainly and name the same best discount as the card; the curve runs to the allowed 90 %.
    await expect(page.getByTestId("promo-reasons")).not.toContainText("log-odds");
    const best = (await page.getByTestId("best-discount-reason").textContent())!.match(/^Best discount ([\d.]+) %/)![1];
    const discountReason = page.getByTestId("promo-reasons").getByText(/^Discount 20 %/);
    if (await discountReason.count())
      await expect(discountReason).toContainText(best === "20" ? "it is the best discount for expected ROI" : `${best} % would give the best expected ROI`);
    await expect(page.getByTestId("discount-roi-chart").getByText("90 %", { exact: true })).toBeVisible();

    // A bad value is rejected with a message on the field in the page's words; the old decision does not stay.
    await page.getByLabel("Duration (days)").fill("0");
    await page.getByRole("button", { name: "Score promotion" }).click();
    await expect(page.getByText("Duration (days) must be between 1 and 90")).toBeVisible();
    await expect(page.getByLabel("Duration (days)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("promo-decision")).toHaveCount(0);
    expect(errors()).toEqual([]);
  });

  test("scores a CSV batch into a sortable table; a bad CSV lists row errors and scores nothing", async ({ page }) => {
    const errors = watchConsole(page);
    await openFittedPromoPage(page);

    await page.getByLabel("Planned promos CSV").setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${HEADER}\nE1,snacks,south,abc,14,2026-12-01,bogo,300\nE2,snacks,,20,14,2026-12-01,bogo,300\n`),
    });
    await page.getByRole("button", { name: "Score file" }).click();
    await expect(page.getByText("2 problems found in bad.csv; nothing was scored.")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("promo-csv-errors").getByRole("row", { name: /2 discount_pct Discount \(%\): "abc" is not a number/ })).toBeVisible();
    await expect(page.getByTestId("promo-csv-errors").getByRole("row", { name: /3 region Region is required/ })).toBeVisible();
    await expect(page.getByTestId("scored-promos")).toHaveCount(0);

    const tag = Date.now().toString(36); // unique ids, so the history row below is this run's
    await page.getByLabel("Planned promos CSV").setInputFiles({
      name: "planned.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        `${HEADER}\nB1-${tag},snacks,south,20,14,2026-12-01,bogo,300\nB2-${tag},personal_care,east,45,5,2027-01-10,loyalty_points,3000\nB3-${tag},dairy,north,10,30,2026-07-01,percentage_off,150\n`,
      ),
    });
    await page.getByRole("button", { name: "Score file" }).click();
    const table = page.getByTestId("scored-promos");
    await expect(table).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/3 promos scored/)).toBeVisible();
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(3);
    for (let i = 0; i < 3; i++) await expect(rows.nth(i).locator("td").last()).toHaveText(/^(GO|NO-GO)$/);

    // Sorting by ROI (descending on first click) orders the rows by their ROI cells.
    await table.getByRole("button", { name: /^ROI/ }).click();
    await expect(table.getByRole("columnheader", { name: /^ROI/ })).toHaveAttribute("aria-sort", "descending");
    const roi = (await rows.locator("td:nth-child(11)").allTextContents()).map((t) => Number(t.replace("−", "-").replace(/[^0-9.-]/g, "")));
    expect(roi).toEqual([...roi].sort((a, b) => b - a));

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download scored CSV" }).click();
    const file = await (await download).createReadStream();
    const text = await new Promise<string>((resolve) => {
      let s = "";
      file.on("data", (c) => (s += c));
      file.on("end", () => resolve(s));
    });
    expect(text.split("\n")[0]).toBe(`${HEADER},p_sells,uplift,roi,decision`);
    expect(text.trim().split("\n")).toHaveLength(4);

    // The batch is stored: after a reload the history lists it with its run.
    await page.reload();
    await expect(page.getByTestId("promo-history").getByRole("row", { name: new RegExp(`CSV B3-${tag} dairy · north`) })).toBeVisible();
    expect(errors()).toEqual([]);
  });

  test("a score through the API shows in Recently scored on the next render, though /promos is replayed from the page cache", async ({ page, baseURL }) => {
    await openFittedPromoPage(page);
    const request = page.request;
    // Replayed: the second render of an unchanged page comes from the page cache (scripts/serve.ts).
    await expect.poll(async () => (await request.get("/promos")).headers()["x-mixcast-page-cache"], { timeout: 30_000 }).toBe("hit");
    const id = `E2E-API-${Date.now()}`;
    // Served by the direct route (lib/server/fast-routes.ts): same headers as any API response from Next.
    const scored = await request.post("/api/v1/promos/score", {
      headers: { origin: baseURL! },
      data: {
        promotion_id: id,
        category: "snacks",
        region: "north",
        discount_pct: 20,
        duration_days: 14,
        start_date: "2026-12-07",
        promo_type: "bogo",
        cost: 500,
      },
    });
    expect(scored.status()).toBe(200);
    expect(scored.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(scored.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await scored.json()).scores[0].promotion_id).toBe(id);
    // The history is written in a batch within a fraction of a second; its feed event retires the replayed page.
    await expect.poll(async () => (await (await request.get("/promos")).text()).includes(id), { timeout: 10_000 }).toBe(true);
    await page.goto("/promos");
    await expect(page.getByText(id)).toBeVisible();
  });
});
