import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./console-guard";

const DEMO_CHANNELS = ["affiliate", "display", "email", "search", "social", "video"];
const RATIO = /^-?\d+\.\d{2}×$/;

/** The first mix-model fit is queued at start; reload until the page shows its numbers instead of the empty state. */
async function waitForFittedModel(page: Page, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  await page.goto("/roi");
  while (!(await page.getByTestId("roi-bars").isVisible())) {
    if (Date.now() > deadline) throw new Error("the mix model was not fitted in time");
    await page.waitForTimeout(5_000);
    await page.reload();
  }
}

test("Channel ROI shows the fitted model: ROI bars and estimate vs truth for all six demo channels", async ({ page }) => {
  test.setTimeout(400_000);
  const errors = watchConsole(page);
  await waitForFittedModel(page);
  await expect(page.getByRole("heading", { level: 1, name: "Channel ROI" })).toBeVisible();
  await expect(page.getByText(/Numbers from/)).toBeVisible();

  // ROI and marginal ROI bar charts: one bar slot and one whisker per channel in each.
  const bars = page.getByTestId("roi-bars");
  await expect(bars.locator(".recharts-errorBar")).toHaveCount(12);
  for (const label of ["Affiliate", "Display", "Email", "Paid search", "Paid social", "Online video"]) {
    await expect(bars.getByText(label, { exact: true })).toHaveCount(2);
  }

  // Channel table: a ROI with its interval for each channel.
  const table = page.getByTestId("channel-table");
  for (const name of DEMO_CHANNELS) {
    const roi = table.locator(`tr[data-channel="${name}"] td`).nth(4);
    await expect(roi).toHaveText(/^-?\d+\.\d{2}×-?\d+\.\d{2}×–-?\d+\.\d{2}×$/);
  }

  // Estimate vs truth: numbers for every channel and a summary line.
  const truth = page.getByTestId("truth-table");
  await expect(truth.locator("tbody tr")).toHaveCount(6);
  for (const name of DEMO_CHANNELS) {
    const cells = truth.locator(`tr[data-channel="${name}"] td`);
    await expect(cells.nth(1)).toHaveText(RATIO);
    await expect(cells.nth(2)).toHaveText(RATIO);
    await expect(cells.nth(3)).toHaveText(/^-?\d+\.\d{2}×–-?\d+\.\d{2}×$/);
    await expect(cells.nth(4)).toHaveText(/^[✓✗]$/);
    await expect(cells.nth(5)).toHaveText(/^(\d+\.\d %|—)$/);
  }
  await expect(page.getByTestId("truth-summary")).toHaveText(
    /Median absolute ROI error \d+\.\d %; the 90 % intervals cover the true ROI for [0-6] of 6 channels/,
  );

  // The demo has revenue and spend per region for every week: "auto" fits the geo-level model, calibrated by the
  // demo's 5 lift tests, and the page shows the region × channel table with estimate vs truth per region.
  await expect(page.getByTestId("roi-model-geo")).toContainText("calibrated to 5 lift tests");
  const geoTable = page.getByTestId("geo-roi-table");
  await expect(geoTable).toBeVisible();
  for (const region of ["national", "east", "north", "south", "west"]) await expect(geoTable.locator(`tr[data-region="${region}"]`)).toBeVisible();

  // The rest of the page renders from the same run.
  for (const id of ["decomposition-chart", "response-curves", "adstock-chart", "fit-chart", "diagnostics"]) await expect(page.getByTestId(id)).toBeVisible();
  await expect(page.getByTestId("response-curves").locator("figure")).toHaveCount(6);
  await page.screenshot({ path: "e2e/screenshots/channel-roi-fitted.png", fullPage: true });
  await page.screenshot({ path: "e2e/screenshots/channel-roi-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId("channel-table")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/channel-roi-390.png", fullPage: true });

  expect(errors()).toEqual([]);
});
