import type { Page } from "@playwright/test";

/** Collects console errors and uncaught page errors so a test can assert there were none. */
export function watchConsole(page: Page): () => string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return () => errors.splice(0);
}
