import { expect, test } from "@playwright/test";
import { DEMO_USERS, demoPassword, storageStateFor } from "./credentials";
import { watchConsole } from "./console-guard";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("pages redirect to sign-in; a wrong password is refused without saying which part was wrong", async ({ page }) => {
    await page.goto("/planner");
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("Email").fill(DEMO_USERS.planner);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is not right.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(DEMO_USERS.planner);
    await page.getByLabel("Password").fill(demoPassword("planner"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Planner" })).toBeVisible();
  });

  test("the API refuses anonymous callers with 401", async ({ request }) => {
    const r = await request.get("/api/v1/channel-roi");
    expect(r.status()).toBe(401);
    const w = await request.post("/api/v1/promos/score", { data: {} });
    expect(w.status()).toBe(401);
  });
});

test.describe("viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("can read every page and preview an import, but not import", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/data");
    await page.getByLabel("Data domain").selectOption("demand");
    await page
      .getByLabel("CSV file (UTF-8)")
      .setInputFiles({ name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("week,channel,region,activations,revenue\n2031-01-06,search,north,1,1\n") });
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("button", { name: "Import 1 rows" })).toBeDisabled();
    await expect(page.getByText("needs admin role")).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    expect(errors()).toEqual([]);
  });
});

test.describe("admin", () => {
  test("creates an API token that works for reads and is refused for writes when read-only", async ({ page, request }) => {
    await page.goto("/admin");
    const form = page.getByRole("form", { name: "Create an API token" });
    await form.getByLabel("Name").fill("e2e read token");
    await form.getByLabel("Scope").selectOption("read");
    await form.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-api-token").textContent())!.trim();
    expect(token).toMatch(/^mxc_/);
    const headers = { authorization: `Bearer ${token}` };
    expect((await request.get("/api/v1/openapi.json")).status()).toBe(200);
    expect((await request.get("/api/v1/channel-roi", { headers })).status()).not.toBe(401);
    const write = await request.post("/api/v1/optimize", { headers, data: { budget: 1000 } });
    expect(write.status()).toBe(403);
    await expect(page.getByTestId("users-table")).toContainText(DEMO_USERS.viewer);
  });
});
