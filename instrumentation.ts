/**
 * Next.js start-up hook (runs once per server process). Warms the Explore page's exploration of the active dataset,
 * so the first visitor after a start does not wait for it; it is memoized per dataset version (lib/data/memo.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmExploration } = await import("./lib/data/warm-explore");
  // Not awaited: the server must not wait for it, and a missing database only means no warm-up.
  void warmExploration().catch(() => {});
}
