import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./console-guard";

/**
 * The Forecasts page on the demo data: waits for the stored forecast (on a fresh start the first fit runs in the
 * background), then checks the chart, leaderboard and money panel show real numbers, switches series and horizon
 * through the URL form, and pins a model for a series and back.
 */
async function waitForStoredForecast(page: Page) {
  await page.goto("/forecasts");
  await expect(page.getByRole("heading", { level: 1, name: "Forecasts" })).toBeVisible();
  const deadline = Date.now() + 240_000;
  while (!(await page.getByTestId("leaderboard").isVisible())) {
    if (Date.now() > deadline) throw new Error("no stored forecast after 240 s");
    await page.waitForTimeout(5_000);
    await page.reload();
  }
}

test("forecasts: chart, leaderboard and money from the stored run; series, horizon and override", async ({ page }) => {
  test.setTimeout(360_000);
  const errors = watchConsole(page);
  await waitForStoredForecast(page);

  await expect(page.getByTestId("series-title")).toHaveText("All channels · all regions · next 13 weeks");
  await expect(page.getByText(/Numbers from/)).toBeVisible();

  // chart: the two interval areas, actual, forecast and backtest lines, with a unit on the axis
  const chart = page.getByTestId("forecast-chart");
  await expect(chart.locator(".recharts-area-area")).toHaveCount(2);
  expect(await chart.locator(".recharts-line-curve").count()).toBeGreaterThanOrEqual(3);
  for (const name of ["80 % interval", "95 % interval", "Actual", "Backtest fits"]) await expect(chart.getByText(name, { exact: true })).toBeVisible();
  await expect(chart.getByText("activations/week")).toBeVisible();

  // leaderboard: several models, one chosen, every accuracy cell of the best model a number
  const board = page.getByTestId("leaderboard");
  const rows = board.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  await expect(board.getByText("chosen")).toHaveCount(1);
  const best = await rows.first().locator("td").allInnerTexts();
  expect(best.slice(1)).toHaveLength(10);
  for (const cell of best.slice(1)) expect(cell).toMatch(/^-?[0-9][0-9.,]*\s?[%KkM]?$/);
  const mase = Number(best[3]);
  expect(mase).toBeGreaterThan(0);
  expect(mase).toBeLessThan(3);

  // money: dollar costs per model, the critical ratio and a plan over the horizon
  const money = page.getByTestId("money-panel");
  await expect(money.getByText(/\$[0-9]/).first()).toBeVisible();
  await expect(money.getByText(/[0-9]+ % quantile/)).toBeVisible();
  await expect(page.getByTestId("plan-table").getByText("Next 13 weeks")).toBeVisible();

  // switch series and horizon through the GET form
  await page.getByLabel("Channel", { exact: true }).selectOption("search");
  await page.getByLabel("Region", { exact: true }).selectOption("north");
  await page.getByLabel("Horizon", { exact: true }).selectOption("26");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/channel=search&region=north&horizon=26/);
  await expect(page.getByTestId("series-title")).toHaveText("search · north · next 26 weeks");
  await expect(page.getByText("Forecast, next 26 wk")).toBeVisible();
  await expect(page.getByTestId("plan-table").getByText("Next 26 weeks")).toBeVisible();
  await expect(page.getByTestId("leaderboard").locator("tbody tr").first().locator("td").nth(3)).toHaveText(/^[0-9]+\.[0-9]{2}$/);

  // pin seasonal naive for this series, see it called an override, then go back to the automatic choice
  await page.getByLabel("Model shown for this series").selectOption("snaive");
  await page.getByRole("button", { name: "Use this model" }).click();
  // The action's confirmation; the page's override banner also says "showing Seasonal naive" once it re-renders.
  await expect(page.getByText("Showing Seasonal naive (same week last year) for this series.", { exact: true })).toBeVisible();
  await expect(page.getByText(/Override: showing/)).toBeVisible();
  await expect(page.getByTestId("forecast-chart").getByText("Forecast (snaive, override)")).toBeVisible();
  await page.getByLabel("Model shown for this series").selectOption("");
  await page.getByRole("button", { name: "Use this model" }).click();
  await expect(page.getByText("Back to the automatic choice.")).toBeVisible();
  await expect(page.getByText(/Override: showing/)).toHaveCount(0);

  expect(errors()).toEqual([]);
});
