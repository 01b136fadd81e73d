/**
 * Next.js start-up hook (runs once per server process): follow the database's change feed, so this process's caches
 * and cached sign-ins are dropped the moment another process changes what they hold; then warm the Explore page's
 * exploration of the active dataset (memoized per dataset version), so the first visitor after a start does not wait,
 * and warm it again after every data change (an import makes a new dataset version, whose exploration takes 1–2 s
 * to compute: done here in the background instead of in the first visitor's request).
 */
const REWARM_DELAY_MS = 1500;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWebProcessServices } = await import("./lib/server/web-process");
  const { onChange } = await import("./lib/db/change-feed");
  const { warmExploration } = await import("./lib/data/reads/warm-explore");
  const { changeFeedConnected, dataEpoch, scoreEpoch } = await import("./lib/db/change-feed");
  const { findSessionUser, SESSION_COOKIE } = await import("./lib/auth/session");
  // For scripts/serve.ts's page cache (same process, outside Next's module graph): the data epoch while the feed
  // runs, and the same session check every page makes.
  (globalThis as { mixcastPageCacheHooks?: unknown }).mixcastPageCacheHooks = {
    cookie: SESSION_COOKIE,
    // /promos lists the latest scores, which the API writes many times a second: its own counter joins the key.
    epoch: (pathname: string) => (!changeFeedConnected() ? null : pathname === "/promos" ? `${dataEpoch()}:${scoreEpoch()}` : dataEpoch()),
    user: (token: string) => findSessionUser(token),
  };
  // For scripts/serve.ts's direct route to the scoring API (lib/server/fast-routes.ts): the handler Next's route calls.
  const { PROMO_SCORE_BODY, PROMO_SCORE_ROUTE, scorePromosReply } = await import("./lib/api/promo-score-endpoint");
  (globalThis as { mixcastFastRoutes?: unknown }).mixcastFastRoutes = { [`POST ${PROMO_SCORE_ROUTE}`]: { handler: scorePromosReply, what: PROMO_SCORE_BODY } };
  // An import writes in several statements: wait until they settle, then warm once. A change that leaves the dataset
  // version alone (a fit, a scenario) finds the exploration already in the memo and costs one lookup.
  let timer: ReturnType<typeof setTimeout> | null = null;
  onChange((event) => {
    if (!event.startsWith("data:") && event !== "reset") return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      warmExploration().catch(() => {});
    }, REWARM_DELAY_MS);
    timer.unref?.();
  });
  // Not awaited: the server must not wait for either. Without the feed nothing is cached, which is only slower; a
  // missing database only means no warm-up.
  void startWebProcessServices((m) => console.error(`[mixcast] ${m}`))
    .catch(() => {})
    .then(() => warmExploration())
    .catch(() => {});
}
