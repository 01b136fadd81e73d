import { expect, test, type Locator, type Page } from "@playwright/test";
import { watchConsole } from "./console-guard";
import { storageStateFor } from "./credentials";

/**
 * A viewer reads every page and sees at once what the role does not allow: each write control is disabled, says
 * "needs planner role" / "needs admin role" next to it, and carries the same in its title and aria-describedby.
 * Checks that write nothing (a CSV preview) work for a viewer. The server stays the authority (see
 * lib/auth/role-guards.int.test.ts).
 */
test.use({ storageState: storageStateFor("viewer") });

async function expectNeedsRole(control: Locator, role: "planner" | "admin") {
  await expect(control).toBeDisabled();
  await expect(control).toHaveAttribute("title", new RegExp(`needs ${role} role`));
  const hintId = await control.getAttribute("aria-describedby");
  expect(hintId).toBeTruthy();
  await expect(control.page().locator(`[id="${hintId}"]`)).toHaveText(`needs ${role} role`);
  await expect(control.page().locator(`[id="${hintId}"]`)).toBeVisible();
}

async function open(page: Page, path: string, title: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("write controls are disabled with a hint on every page a viewer can open", async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchConsole(page);

  await open(page, "/forecasts", "Forecasts");
  // An import by an earlier spec may have queued a refit: its button says "Fitting…" until the run ends.
  await expect(page.getByRole("button", { name: "Refit forecasts" })).toBeVisible({ timeout: 240_000 });
  await expectNeedsRole(page.getByRole("button", { name: "Refit forecasts" }), "planner");
  await expectNeedsRole(page.getByRole("button", { name: "Use this model" }), "planner");

  await open(page, "/roi", "Channel ROI");
  await expectNeedsRole(page.getByRole("button", { name: "Refit the mix model" }), "planner");

  await open(page, "/planner", "Planner");
  await expect(page.getByTestId("planner-panel")).toHaveAttribute("data-interactive", "true", { timeout: 30_000 });
  // What-if and the optimizer compute in the browser and store nothing: a viewer may use them.
  await expect(page.getByRole("button", { name: "Optimize" })).toBeEnabled();
  await page.getByLabel("Scenario name").fill("viewer plan");
  await expectNeedsRole(page.getByRole("button", { name: "Save as new scenario" }), "planner");

  await open(page, "/promos", "Promo planner");
  await expectNeedsRole(page.getByRole("button", { name: "Score promotion" }), "planner");
  await expectNeedsRole(page.getByRole("button", { name: /Refit model|Fit model/ }), "planner");

  await open(page, "/service", "Service risk");
  await expectNeedsRole(page.getByRole("button", { name: /Refit model|Fit model/ }), "planner");

  await open(page, "/models", "Models");
  for (const refit of await page.getByRole("button", { name: "Refit" }).all()) await expectNeedsRole(refit, "planner");
  const acknowledge = page.getByRole("button", { name: "Acknowledge" });
  if (await acknowledge.count()) await expectNeedsRole(acknowledge.first(), "planner");

  const run = await page.locator('a[href^="/models/runs/"]').first().getAttribute("href");
  await page.goto(run!);
  const promote = page.getByRole("button", { name: "Make champion" });
  if (await promote.count()) await expectNeedsRole(promote, "admin");

  await open(page, "/scenarios", "Scenarios");
  const rename = page.getByRole("button", { name: /^Rename / });
  if (await rename.count()) await expectNeedsRole(rename.first(), "planner");
  expect(errors()).toEqual([]);
});

test("a viewer previews a CSV on the Data page; importing needs an admin", async ({ page }) => {
  const errors = watchConsole(page);
  await open(page, "/data", "Data");
  const demandCount = page
    .getByTestId("domain-counts")
    .getByRole("row", { name: /Weekly demand/ })
    .getByRole("cell")
    .nth(1);
  const before = await demandCount.textContent();
  await page.getByLabel("Data domain").selectOption("demand");
  await page
    .getByLabel("CSV file (UTF-8)")
    .setInputFiles({ name: "v.csv", mimeType: "text/csv", buffer: Buffer.from("week,channel,region,activations,revenue\n2031-01-06,search,north,1,1\n") });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("1 rows are valid.")).toBeVisible();
  await expectNeedsRole(page.getByRole("button", { name: "Import 1 rows" }), "admin");
  // A bad file previews with its row errors too.
  await page
    .getByLabel("CSV file (UTF-8)")
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("week,channel,region,activations,revenue\n2031-01-08,search,north,1,1\n") });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-errors")).toContainText("Wednesday");
  await page.reload();
  await expect(demandCount).toHaveText(before ?? "");
  expect(errors()).toEqual([]);
});

test("a viewer checks a promo CSV without scoring it", async ({ page }) => {
  const errors = watchConsole(page);
  await open(page, "/promos", "Promo planner");
  const input = page.getByLabel("Planned promos CSV");
  await expect(input).toBeVisible({ timeout: 180_000 });
  await input.setInputFiles({
    name: "check.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("promotion_id,category,region,discount_pct,duration_days,start_date,promo_type,cost\nV-1,snacks,north,20,14,2026-12-07,bogo,500\n"),
  });
  await expectNeedsRole(page.getByRole("button", { name: "Score file" }), "planner");
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("promo-csv-checked")).toContainText("All 1 rows of check.csv are valid; nothing was scored or stored.");
  expect(errors()).toEqual([]);
});
