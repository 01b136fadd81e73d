import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./console-guard";

/**
 * Speed a person notices (issue 17 item 7), printed in every e2e run: on a warm server, the time from navigation to
 * the first contentful paint and to the first chart drawn, per page, and the time a Forecasts "Show" takes to draw
 * the other series (a client-side navigation: no full reload). Targets (< 300 ms to first content, < 500 ms to the
 * chart) are read from the printout, not asserted: timings belong in bench/ and this machine is shared. The test
 * asserts what makes the numbers meaningful: the page, its chart and the switched series really appear, and the
 * switch keeps the same document (no reload).
 */
// A chart's drawing area (Recharts marks it role="application"; legend icons are small svgs of the same class).
const CHART = 'svg.recharts-surface[role="application"]';
const PAGES = [
  { path: "/", chart: CHART },
  { path: "/roi", chart: CHART },
  { path: "/forecasts", chart: `[data-testid="forecast-chart"] ${CHART}` },
  { path: "/planner", chart: CHART },
  { path: "/explore", chart: CHART },
];

async function visit(page: Page, path: string, chart: string) {
  const started = Date.now();
  await page.goto(path, { waitUntil: "commit" });
  await expect(page.locator(chart).first()).toBeVisible({ timeout: 60_000 });
  const chartMs = Date.now() - started;
  const fcp = await page.evaluate(() => {
    const entry = performance.getEntriesByName("first-contentful-paint")[0];
    return entry ? Math.round(entry.startTime) : null;
  });
  return { fcp, chartMs };
}

test("time to first content and to the chart, warm server; forecast series switch without reload", async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  // Wait for the stored forecast (the first fit may still run on a fresh start).
  await page.goto("/forecasts");
  await expect(page.getByTestId("leaderboard")).toBeVisible({ timeout: 240_000 });

  const rows: string[] = [];
  for (const { path, chart } of PAGES) {
    await visit(page, path, chart); // warm: the first render after a change fills the caches
    const { fcp, chartMs } = await visit(page, path, chart);
    rows.push(`${path.padEnd(12)} ${String(fcp ?? "—").padStart(8)} ${String(chartMs).padStart(9)}`);
  }

  await page.goto("/forecasts");
  await expect(page.getByTestId("series-title")).toBeVisible();
  await page.evaluate(() => ((window as unknown as { mixcastSameDocument: boolean }).mixcastSameDocument = true));
  await page.getByLabel("Channel", { exact: true }).selectOption("search");
  await page.getByLabel("Region", { exact: true }).selectOption("north");
  const started = Date.now();
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("series-title")).toHaveText(/^search · north/);
  await expect(page.getByTestId("forecast-chart").locator(CHART)).toBeVisible();
  const switchMs = Date.now() - started;
  expect(await page.evaluate(() => (window as unknown as { mixcastSameDocument?: boolean }).mixcastSameDocument)).toBe(true);

  console.log(
    `\n[speed] (warm server, Chromium, ms from navigation)\n${"page".padEnd(12)} ${"FCP".padStart(8)} ${"chart".padStart(9)}\n${rows.join("\n")}\nForecasts "Show" (search · north, client-side): ${switchMs} ms to the new chart`,
  );
  expect(errors()).toEqual([]);
});
