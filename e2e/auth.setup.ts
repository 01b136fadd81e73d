import { expect, test as setup } from "@playwright/test";
import { DEMO_USERS, demoPassword, storageStateFor } from "./credentials";

/** Signs in once per role and saves the session cookies; the other specs start signed in (as admin by default). */
for (const role of Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO_USERS[role]);
    await page.getByLabel("Password").fill(demoPassword(role));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
