import type { Page } from "@playwright/test";

/**
 * Collects console errors and uncaught page errors so a test can assert there were none. Chromium's "Failed to load
 * resource" message does not name the resource, so the URL of the latest failed response is appended to it: a flaky
 * 404 then says what was missing.
 */
export function watchConsole(page: Page): () => string[] {
  const errors: string[] = [];
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const text = m.text();
    errors.push(text.startsWith("Failed to load resource") && failed.length ? `${text} [${failed[failed.length - 1]}]` : text);
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return () => errors.splice(0);
}
