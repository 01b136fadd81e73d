import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./console-guard";

/** Reload a report page until its champion run exists (the first fits are queued when the app starts). */
async function openReport(page: Page, path: string) {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByTestId("report")).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 300_000, intervals: [5_000] });
}

/**
 * Nothing inside the page's main column may stick out of it, except inside a container that scrolls on its own.
 * PHONE_CONTENT: the 224 px sidebar still shows at 390 px until the layout collapses it into a menu, so phone content
 * width is checked with a viewport of 224 + 390 px, which leaves the main column ~330 px wide (a 390 px phone less padding).
 */
const PHONE_CONTENT = { width: 224 + 390, height: 844 };
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    if (!main) return ["no main element"];
    const right = main.getBoundingClientRect().right;
    const scrolls = (e: Element | null): boolean => {
      for (let p = e?.parentElement; p && p !== main; p = p.parentElement) if (["auto", "scroll"].includes(getComputedStyle(p).overflowX)) return true;
      return false;
    };
    return [...main.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > right + 1 && !scrolls(e))
      .slice(0, 5)
      .map((e) => `${e.tagName} ${String(e.getAttribute("class") ?? "").slice(0, 50)}`);
  });
}

/**
 * Downloads the page's PDF with the browser's own fetch (the session cookie, and the browser's retry of a kept-alive
 * socket the server has just closed, which Playwright's request client reports as ECONNRESET).
 */
async function pdfFrom(page: Page) {
  const href = await page.getByTestId("report-pdf-link").getAttribute("href");
  expect(href).toBeTruthy();
  const got = await page.evaluate(async (url) => {
    const r = await fetch(url);
    const bytes = new Uint8Array(await r.arrayBuffer());
    let text = "";
    for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return { status: r.status, type: r.headers.get("content-type"), disposition: r.headers.get("content-disposition"), text };
  }, href!);
  expect(got.status).toBe(200);
  expect(got.type).toBe("application/pdf");
  expect(got.disposition).toMatch(/^attachment; filename="mixcast-\w+-report-/);
  expect(got.text.slice(0, 5)).toBe("%PDF-");
  expect(got.text).toMatch(/\/Type \/Page\b/);
  expect(got.text).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSansCondensed/);
}

test("Explore: relationships, a driver's scatter and lags, every driver, seasonality, holiday and promotion weeks", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/explore");
  await expect(page.getByRole("heading", { level: 1, name: "Explore" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Explore", exact: true })).toHaveAttribute("aria-current", "page");

  const relationships = page.getByTestId("relationships").locator("li");
  await expect(relationships.first()).toContainText(/Revenue was .* in weeks with .*\(r = −?\d\.\d\d, 95 % CI/);
  await expect(relationships.first()).toContainText("Correlation is not effect");
  await expect(page.getByTestId("relationships").getByRole("link", { name: "See Channel ROI" }).first()).toHaveAttribute("href", "/roi");

  // Pick paid search spend: 208 weekly dots, both lines, Pearson and Spearman with intervals, 9 lag bars.
  await page.getByLabel("Driver").selectOption("spend:search");
  await expect(page.getByTestId("driver-stats")).toContainText(/Pearson r \(95 % CI\)\s*0\.\d\d \(0\.\d\d to 0\.\d\d\)/);
  await expect(page.getByTestId("driver-scatter").locator(".recharts-scatter-symbol")).toHaveCount(208);
  await expect(page.getByTestId("driver-scatter").locator(".recharts-reference-line")).toHaveCount(2);
  await expect(page.getByTestId("lag-chart").locator(".recharts-bar-rectangle")).toHaveCount(9);

  const table = page.getByTestId("correlation-table");
  await expect(table.locator('tr[data-driver="spend:search"] td').nth(2)).toHaveText(/^0\.\d\d$/);
  expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(15);
  await expect(page.getByTestId("seasonality").locator(".recharts-bar-rectangle")).toHaveCount(12);
  const events = page.getByTestId("event-effects");
  await expect(events.locator('tr[data-event="holiday:Black Friday"]')).toContainText(/\+\$[0-9.]+K/);
  await expect(events.locator('tr[data-event="promotions"]')).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/explore-1440.png", fullPage: true });

  // A filter is a GET form: region and KPI in the URL, the page says what it shows.
  await page.getByLabel("KPI", { exact: true }).selectOption("activations");
  await page.getByLabel("Region").selectOption("north");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kpi=activations.*region=north/);
  await expect(page.getByRole("heading", { level: 1, name: "Explore" })).toBeVisible();
  await expect(page.getByText(/all channels, region north/)).toBeVisible();
  await expect(page.getByTestId("relationships").locator("li").first()).toContainText(/Activations was/);

  await page.setViewportSize(PHONE_CONTENT);
  await page.goto("/explore");
  await expect(page.getByTestId("driver-explorer")).toBeVisible();
  expect(await overflowingElements(page)).toEqual([]);
  await page.screenshot({ path: "e2e/screenshots/explore-phone-content.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "e2e/screenshots/explore-390.png", fullPage: true });
  expect(errors()).toEqual([]);
});

test("Reports: the mix-model and forecast reports as pages and PDFs, and a scenario comparison", async ({ page }) => {
  test.setTimeout(600_000);
  const errors = watchConsole(page);

  await openReport(page, "/reports/mmm");
  await expect(page.getByRole("heading", { level: 1, name: "Mix-model report" })).toBeVisible();
  await expect(page.getByTestId("report-meta")).toContainText(/Dataset “Demo” version \d+ · Mix-model run #\d+ \(fitted .* UTC\) · code \S+ · generated/);
  for (const heading of [
    "Fit and decomposition",
    "Return on spend by channel",
    "Return on spend by region",
    "Response curves",
    "Recommended allocation",
    "Caveats",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByTestId("mmm-channel-table").locator("tbody tr")).toHaveCount(6);
  // The demo is fitted by the geo-level model: the national row and its 4 regions.
  await expect(page.getByTestId("mmm-region-table").locator("tbody tr")).toHaveCount(5);
  await expect(page.getByTestId("mmm-plan-table").locator("tbody tr")).toHaveCount(6);
  expect(await page.locator("figure svg").count()).toBeGreaterThanOrEqual(8);
  await pdfFrom(page);
  await page.screenshot({ path: "e2e/screenshots/report-mmm-1440.png", fullPage: true });

  // Channel ROI links to it.
  await page.goto("/roi");
  await expect(page.getByTestId("report-link")).toHaveAttribute("href", "/reports/mmm");

  await openReport(page, "/reports/forecast");
  await expect(page.getByRole("heading", { level: 1, name: "Forecast report" })).toBeVisible();
  await expect(page.getByTestId("report-meta")).toContainText(/Forecast run #\d+/);
  // 24 channel × region cells, 6 channel totals, 4 region totals and the grand total
  await expect(page.getByTestId("forecast-series-table").locator("tbody tr")).toHaveCount(35);
  await expect(page.getByTestId("forecast-money-table")).toBeVisible();
  await pdfFrom(page);
  await page.screenshot({ path: "e2e/screenshots/report-forecast-1440.png", fullPage: true });
  await page.goto("/forecasts");
  await expect(page.getByTestId("report-link")).toHaveAttribute("href", "/reports/forecast");

  // Scenarios: compare the baseline with a saved plan and open the report from the comparison.
  await page.goto("/planner");
  await expect(page.getByLabel("Paid search", { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("planner-panel")).toHaveAttribute("data-interactive", "true");
  await page.getByRole("button", { name: "Optimize" }).click();
  const name = `Report plan ${Date.now()}`;
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Save as new scenario" }).click();
  await expect(page.getByText(`Saved “${name}”`)).toBeVisible();
  await page.goto("/scenarios");
  await page.getByLabel("Compare Current allocation (baseline)").check();
  await page.getByLabel(`Compare ${name}`).check();
  await page.getByTestId("report-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Scenario comparison" })).toBeVisible();
  await expect(page).toHaveURL(/\/reports\/scenarios\?ids=baseline%2C\d+|\/reports\/scenarios\?ids=baseline,\d+/);
  await expect(page.getByTestId("scenario-kpi-table").locator("thead")).toContainText(name);
  await expect(page.getByTestId("scenario-weekly-table").locator("tbody tr")).toHaveCount(13);
  await pdfFrom(page);
  await page.screenshot({ path: "e2e/screenshots/report-scenarios-1440.png", fullPage: true });

  // A bad link says what is wrong instead of failing.
  await page.goto("/reports/scenarios?ids=baseline");
  await expect(page.getByText(/Compare 2 to 4 scenarios/)).toBeVisible();

  // Phones: the report reflows; only wide tables scroll, inside their own box.
  for (const path of ["/reports/mmm", "/reports/forecast"]) {
    await page.setViewportSize(PHONE_CONTENT);
    await page.goto(path);
    await expect(page.getByTestId("report")).toBeVisible();
    expect(await overflowingElements(page), path).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `e2e/screenshots/report-${path.split("/")[2]}-390.png`, fullPage: true });
  }
  expect(errors()).toEqual([]);
});
