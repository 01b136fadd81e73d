import "server-only";
import { onChange, startChangeFeed } from "../db/change-feed";
import { forget } from "../data/memo";

/**
 * What every web process starts once (from instrumentation.ts): the database change feed, and the rule that a change
 * to sessions, users or tokens forgets every cached sign-in in this process at once.
 */
export async function startWebProcessServices(log: (m: string) => void = () => {}) {
  onChange((event) => {
    if (event.startsWith("auth:") || event === "reset") {
      forget("session:");
      forget("token:");
    }
  });
  await startChangeFeed(log);
}
