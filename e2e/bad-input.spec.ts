import { expect, test } from "@playwright/test";

/** Ids no record can have, and records that do not exist, are HTTP 404 pages — never 200 "Something went wrong". */
test.describe("pages with missing or impossible ids", () => {
  for (const path of [
    "/models/runs/2147483648",
    "/models/runs/99999999999",
    "/models/runs/2147483647",
    "/models/runs/abc",
    "/models/compare?id=1&id=99999999999",
    "/models/compare?id=1&id=2147483647",
  ]) {
    test(`${path} answers 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByText("Something went wrong")).toHaveCount(0);
    });
  }

  test("the Planner opened with an impossible scenario id opens (from the baseline), not an error page", async ({ page }) => {
    const response = await page.goto("/planner?scenario=99999999999");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Planner" })).toBeVisible();
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
  });
});

test.describe("the API with bad input", () => {
  test("impossible ids are 404 JSON, not 500", async ({ request }) => {
    const run = await request.get("/api/v1/runs/2147483648");
    expect(run.status()).toBe(404);
    expect((await run.json()).error).toBe("Run 2147483648 not found");
    const compare = await request.get("/api/v1/scenarios/compare.csv?ids=baseline,99999999999");
    expect(compare.status()).toBe(404);
  });
});

test.describe("a malformed session cookie", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("is 401 on the API and a sign-in redirect on pages, not 500", async ({ request }) => {
    const api = await request.get("/api/v1/channel-roi", { headers: { Cookie: "mixcast_session=%E0%A4%A" } });
    expect(api.status()).toBe(401);
    const page = await request.get("/models", { headers: { Cookie: "mixcast_session=%E0%A4%A" }, maxRedirects: 0 });
    expect(page.status()).toBeLessThan(500);
  });
});
