import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./console-guard";

/**
 * Phones (390 × 844): every page fits the viewport — nothing scrolls sideways (wide tables scroll inside their
 * card or turn into cards) — and the navigation is a menu in a top bar. Screenshots of every page at 390 and 1440 px
 * land in e2e/screenshots/ (git-ignored) to be looked at.
 */
const PHONE = { width: 390, height: 844 };
const PAGES = [
  { path: "/", title: "Overview" },
  { path: "/forecasts", title: "Forecasts" },
  { path: "/roi", title: "Channel ROI" },
  { path: "/planner", title: "Planner" },
  { path: "/scenarios", title: "Scenarios" },
  { path: "/promos", title: "Promo planner" },
  { path: "/service", title: "Service risk" },
  { path: "/data", title: "Data" },
  { path: "/models", title: "Models" },
  { path: "/admin", title: "Admin" },
  { path: "/account", title: "Your account" },
];

const shotName = (path: string) => (path === "/" ? "overview" : path.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-"));

async function openSettled(page: Page, path: string, title: string | RegExp) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The Planner renders in the browser; measure it once its panel (or its empty state) is there.
  if (path === "/planner")
    await expect(page.getByTestId("planner-panel").or(page.getByText(/No fitted mix model|cannot be used for planning/))).toBeVisible({ timeout: 30_000 });
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The widest element that sticks out of the viewport (not inside a scrolling wrapper), to name in a failure. */
const culprit = (page: Page) =>
  page.evaluate((w) => {
    const out = [...document.querySelectorAll("body *")].find(
      (e) => e.getBoundingClientRect().right > w + 1 && !e.parentElement?.closest(".overflow-x-auto, .overflow-auto"),
    );
    return out ? `${out.tagName.toLowerCase()}.${String(out.className).slice(0, 80)}` : "none";
  }, PHONE.width);

async function runPagePath(page: Page): Promise<string> {
  await page.goto("/models");
  const href = await page.locator('a[href^="/models/runs/"]').first().getAttribute("href");
  expect(href).toMatch(/^\/models\/runs\/\d+$/);
  return href!;
}

test.describe("phone, 390 px", () => {
  test.use({ viewport: PHONE });

  test("no page is wider than the viewport", async ({ page }) => {
    test.setTimeout(240_000);
    const errors = watchConsole(page);
    const runPath = await runPagePath(page);
    for (const p of [...PAGES, { path: runPath, title: /^Run #\d+/ }]) {
      await openSettled(page, p.path, p.title);
      const width = await pageWidth(page);
      expect(width, `${p.path} is ${width} px wide; first element sticking out: ${await culprit(page)}`).toBeLessThanOrEqual(PHONE.width);
      // The sidebar is gone; the top bar's menu button is there instead.
      await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
      await page.screenshot({ path: `e2e/screenshots/390-${p.path.startsWith("/models/runs/") ? "run" : shotName(p.path)}.png`, fullPage: true });
    }
    expect(errors()).toEqual([]);
  });

  test("the menu opens, moves focus, closes with Escape and navigates", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await menu.click();
    await expect(page.getByRole("button", { name: "Close" })).toHaveAttribute("aria-expanded", "true");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "Overview" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(nav).toHaveCount(0);
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    // Keyboard only: open with Enter, Tab to Planner, follow it; the menu closes on the new page.
    await page.keyboard.press("Enter");
    await expect(nav.getByRole("link", { name: "Overview" })).toBeFocused();
    // As many Tabs as there are links before Planner in the menu.
    const names = await nav.getByRole("link").allInnerTexts();
    const before = names.findIndex((n) => n.trim() === "Planner") - names.findIndex((n) => n.trim() === "Overview");
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < before; i++) await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Planner", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/planner$/);
    await expect(page.getByRole("heading", { level: 1, name: "Planner" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  });

  test.describe("signed out", () => {
    test.use({ storageState: { cookies: [], origins: [] } });
    test("the sign-in page fits", async ({ page }) => {
      await page.goto("/login");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await page.screenshot({ path: "e2e/screenshots/390-login.png", fullPage: true });
    });
  });
});

test.describe("desktop, 1440 px", () => {
  test("every page keeps its sidebar and fits; screenshots", async ({ page }) => {
    test.setTimeout(240_000);
    const runPath = await runPagePath(page);
    for (const p of [...PAGES, { path: runPath, title: /^Run #\d+/ }]) {
      await openSettled(page, p.path, p.title);
      expect(await pageWidth(page), p.path).toBeLessThanOrEqual(1440);
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Planner", exact: true })).toBeVisible();
      await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
      await page.screenshot({ path: `e2e/screenshots/1440-${p.path.startsWith("/models/runs/") ? "run" : shotName(p.path)}.png`, fullPage: true });
    }
  });

  test.describe("signed out", () => {
    test.use({ storageState: { cookies: [], origins: [] } });
    test("sign-in page screenshot", async ({ page }) => {
      await page.goto("/login");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      await page.screenshot({ path: "e2e/screenshots/1440-login.png", fullPage: true });
    });
  });
});
