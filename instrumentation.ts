/**
 * Next.js start-up hook (runs once per server process): follow the database's change feed, so this process's caches
 * and cached sign-ins are dropped the moment another process changes what they hold.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWebProcessServices } = await import("./lib/server/web-process");
  // Not awaited: the server must not wait for it; without the feed nothing is cached, which is only slower.
  void startWebProcessServices((m) => console.error(`[mixcast] ${m}`)).catch(() => {});
}
