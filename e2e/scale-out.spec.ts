import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { DEMO_USERS, demoPassword } from "./credentials";

/**
 * Issue 16: two web processes and two extra job workers on one PostgreSQL. Sessions work in both processes and a
 * sign-out in one ends the session in the other at once; an import through one is on the next page render of
 * both; a fit is run by exactly one worker. The first web process is the one scripts/e2e.ts started (its job worker
 * runs too, so three workers compete for the job).
 */
const children: ChildProcess[] = [];

function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", ...args], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", ...env },
  });
  children.push(child);
  return child;
}

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

test.describe.configure({ mode: "serial" });

test.describe("two web processes and two workers on one database", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  let baseA = "";
  let baseB = "";

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(180_000);
    baseA = baseURL!;
    const port = Number(new URL(baseA).port) + 1;
    baseB = `http://127.0.0.1:${port}`;
    start(["scripts/serve.ts", `--port=${port}`], { MIXCAST_HOST: "127.0.0.1" });
    start(["--conditions=react-server", "scripts/worker.ts"]);
    start(["--conditions=react-server", "scripts/worker.ts"]);
    await waitForHttp(`${baseB}/api/health`, 150_000);
  });

  test.afterAll(async () => {
    for (const c of children) c.kill("SIGTERM");
    await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r)))));
  });

  test("a session made in one process works in the other, and signing out in one ends it in both", async ({ browser, playwright }) => {
    const context = await browser.newContext({ baseURL: baseA });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO_USERS.viewer);
    await page.getByLabel("Password").fill(demoPassword("viewer"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    const token = (await context.cookies()).find((c) => c.name === "mixcast_session")!.value;
    const b = await playwright.request.newContext({ baseURL: baseB });
    const onB = () => b.get("/account", { headers: { cookie: `mixcast_session=${token}` }, maxRedirects: 0 });
    const before = await onB();
    expect(before.status()).toBe(200);
    expect(await before.text()).toContain(DEMO_USERS.viewer);
    // Process B has now cached the session; the sign-out happens in process A.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    const after = await onB();
    expect(after.status()).toBe(307);
    await b.dispose();
    await context.close();
  });

  test("an import through one process is on the next render of both", async ({ browser }) => {
    const admin = await browser.newContext({ storageState: ".mixcast/e2e-admin.json" });
    const version = async (base: string) => {
      const page = await admin.newPage();
      await page.goto(`${base}/data`);
      const text = await page.getByTestId("versions-table").locator("tbody tr").first().locator("td").first().textContent();
      await page.close();
      return Number(/v(\d+)/.exec(text ?? "")?.[1]);
    };
    // Both processes render (and cache) the Data page first.
    const a0 = await version(baseA);
    expect(a0).toBeGreaterThan(0);
    expect(await version(baseB)).toBe(a0);
    const page = await admin.newPage();
    await page.goto(`${baseA}/data`);
    await page.getByLabel("Data domain").selectOption("macro");
    await page.getByLabel("CSV file (UTF-8)").setInputFiles({
      name: "probe.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`week,indicator,value\n2026-11-16,scale_out_probe,${Date.now() % 1000}\n`),
    });
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("button", { name: "Import 1 rows" }).click();
    await expect(page.getByText(/Imported as version \d+/)).toBeVisible({ timeout: 60_000 });
    expect(await version(baseB)).toBe(a0 + 1);
    expect(await version(baseA)).toBe(a0 + 1);
    await admin.close();
  });

  test("a fit is run by exactly one of the workers", async ({ browser }) => {
    test.setTimeout(400_000);
    const admin = await browser.newContext({ storageState: ".mixcast/e2e-admin.json", baseURL: baseB });
    const page = await admin.newPage();
    await page.goto("/models");
    const service = page.getByTestId("fit-service");
    await service.getByRole("button", { name: "Refit" }).click();
    const progress = service.getByTestId("fit-progress");
    await expect(progress).toContainText(/Run #\d+/);
    const runId = Number(/Run #(\d+)/.exec((await progress.textContent()) ?? "")![1]);
    await expect(progress).toContainText(/done in/, { timeout: 360_000 });
    const run = await (await page.request.get(`${baseA}/api/v1/runs/${runId}`)).json();
    expect(run.status).toBe("succeeded");
    expect(run.attempts).toBe(1);
    const starts = (run.logs as { message: string }[]).filter((l) => /attempt \d+ started/.test(l.message));
    expect(starts).toHaveLength(1);
    await admin.close();
  });
});
