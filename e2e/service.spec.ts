import { expect, test } from "@playwright/test";
import { watchConsole } from "./console-guard";

test("service risk ranks open interactions with risk badges and filters by type", async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto("/service");
  await expect(page.getByRole("heading", { level: 1, name: "Service risk" })).toBeVisible();
  // The first service fit is queued at start; reload until its ranked interactions are on the page.
  await expect
    .poll(
      async () => {
        if (await page.getByTestId("risk-table").count()) return true;
        await page.reload();
        return false;
      },
      { timeout: 180_000, intervals: [5_000] },
    )
    .toBe(true);
  await expect(page.getByText(/Numbers from run #\d+/)).toBeVisible();
  await expect(page.getByTestId("service-metrics").getByText("ROC AUC")).toBeVisible();

  const rows = page.getByTestId("risk-table").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(10);
  const badges = await rows.locator("td:first-child").allTextContents();
  expect(new Set(badges).size).toBeGreaterThan(1);
  for (const b of badges) expect(["High", "Medium", "Low"]).toContain(b);
  const probabilities = (await rows.locator("td:nth-child(2)").allTextContents()).map((t) => Number(t.replace(/[^0-9.]/g, "")));
  expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
  await expect(rows.first().locator("td").last().getByRole("listitem")).toHaveCount(3);

  await page.getByLabel("Interaction type").selectOption("complaint");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/type=complaint/);
  await expect(page.getByLabel("Interaction type")).toHaveValue("complaint");
  const filtered = page.getByTestId("risk-table").locator("tbody tr");
  const n = await filtered.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(badges.length);
  for (const t of await filtered.locator("td:nth-child(4)").allTextContents()) expect(t).toMatch(/^Complaint/);
  expect(errors()).toEqual([]);
});
