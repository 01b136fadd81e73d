import { expect, test } from "@playwright/test";
import { NAV_ITEMS } from "../components/layout/nav-items";
import { watchConsole } from "./console-guard";

/** Every page of the product opens on the demo data without console errors; each gets a screenshot. */
for (const item of NAV_ITEMS) {
  test(`page ${item.label} opens without console errors`, async ({ page }) => {
    const errors = watchConsole(page);
    const response = await page.goto(item.href);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: item.label })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `e2e/screenshots/${item.label.toLowerCase().replace(/[^a-z]+/g, "-")}.png`, fullPage: true });
    expect(errors()).toEqual([]);
  });
}

test("overview shows real KPIs from the database and filters by channel", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("Revenue, last 52 wk")).toBeVisible();
  await expect(page.locator("text=/\\$[0-9.]+M/").first()).toBeVisible();
  await page.getByLabel("Channel", { exact: true }).selectOption("search");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/channel=search/);
  await expect(page.getByText("channel search")).toBeVisible();
});
