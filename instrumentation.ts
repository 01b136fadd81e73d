/**
 * Next.js start-up hook (runs once per server process): follow the database's change feed, so this process's caches
 * and cached sign-ins are dropped the moment another process changes what they hold; then warm the Explore page's
 * exploration of the active dataset (memoized per dataset version), so the first visitor after a start does not wait.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWebProcessServices } = await import("./lib/server/web-process");
  const { warmExploration } = await import("./lib/data/warm-explore");
  // Not awaited: the server must not wait for either. Without the feed nothing is cached, which is only slower; a
  // missing database only means no warm-up.
  void startWebProcessServices((m) => console.error(`[mixcast] ${m}`))
    .catch(() => {})
    .then(() => warmExploration())
    .catch(() => {});
}
