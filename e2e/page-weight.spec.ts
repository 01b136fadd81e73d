import { expect, test } from "@playwright/test";

/**
 * Prints, for every page, the bytes of its HTML and of the RSC payload a client-side navigation fetches, and the
 * server's time to the full response, so a page that grows or slows shows in every e2e run (issue 16). Numbers are
 * printed, not asserted (timings belong in bench/, and this machine is shared); the test fails only on a page that
 * does not answer 200.
 */
const PAGES = ["/", "/explore", "/forecasts", "/roi", "/planner", "/scenarios", "/promos", "/service", "/data", "/models", "/admin", "/account"];

test("bytes and server time per page", async ({ request }) => {
  const rows: { page: string; htmlKB: string; rscKB: string; htmlMs: number; rscMs: number }[] = [];
  for (const path of PAGES) {
    await request.get(path); // warm: the first render after a start fills the caches
    let t0 = Date.now();
    const html = await request.get(path);
    const htmlMs = Date.now() - t0;
    expect({ path, status: html.status() }).toEqual({ path, status: 200 });
    const htmlBytes = (await html.body()).length;
    t0 = Date.now();
    const rsc = await request.get(path, { headers: { RSC: "1" } });
    const rscMs = Date.now() - t0;
    expect({ path, status: rsc.status() }).toEqual({ path, status: 200 });
    const rscBytes = (await rsc.body()).length;
    rows.push({ page: path, htmlKB: (htmlBytes / 1024).toFixed(1), rscKB: (rscBytes / 1024).toFixed(1), htmlMs, rscMs });
  }
  console.log(`\n[page weight] (warm server, one request each)\n${["page".padEnd(12), "HTML KB".padStart(9), "RSC KB".padStart(9), "HTML ms".padStart(9), "RSC ms".padStart(8)].join(" ")}`);
  for (const r of rows) console.log([r.page.padEnd(12), r.htmlKB.padStart(9), r.rscKB.padStart(9), String(r.htmlMs).padStart(9), String(r.rscMs).padStart(8)].join(" "));
});
