import "server-only";
import pg from "pg";
import { env } from "../env";

/**
 * Every web process follows the database's change feed (migration 20261202000000_change_feed): triggers NOTIFY
 * 'mixcast_changes' on each change a page may show ("data:<table>") and on session, user and token changes
 * ("auth:<table>"). Caches key their entries by `dataEpoch()` and forget sign-ins on "auth" events, so a change
 * made through any process is visible on the next request in every process, and a revoked session or token stops
 * working everywhere at once.
 *
 * Where no feed runs (CLI commands, unit and integration tests, a process whose LISTEN connection dropped),
 * `dataEpoch()` changes on every call: nothing is cached across calls, which is always correct, only slower.
 */
type FeedState = {
  client: pg.Client | null;
  connected: boolean;
  epoch: number;
  scoreEpoch: number;
  uncachedCalls: number;
  stopping: boolean;
  listeners: Set<(event: string) => void>;
};

const g = globalThis as unknown as { mixcastChangeFeed?: FeedState };
const state: FeedState = (g.mixcastChangeFeed ??= {
  client: null,
  connected: false,
  epoch: 0,
  scoreEpoch: 0,
  uncachedCalls: 0,
  stopping: false,
  listeners: new Set(),
});

/** A number that changes whenever data a page shows may have changed (negative and ever-changing without a feed). */
export function dataEpoch(): number {
  return state.connected ? state.epoch : -++state.uncachedCalls;
}

/**
 * Like dataEpoch, for stored promo scores only ("scores:" events, migration 20261202100000_promo_score_feed): score
 * history changes many times a second under API load, so it has its own counter and leaves dataEpoch alone.
 */
export function scoreEpoch(): number {
  return state.connected ? state.scoreEpoch : -++state.uncachedCalls;
}

export function changeFeedConnected(): boolean {
  return state.connected;
}

/** Called with "data:<table>", "scores:<table>" or "auth:<table>" for every change, and with "reset" after a reconnect. */
export function onChange(listener: (event: string) => void): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

function emit(event: string) {
  if (event.startsWith("data:") || event === "reset") state.epoch++;
  if (event.startsWith("scores:") || event === "reset") state.scoreEpoch++;
  for (const l of state.listeners) {
    try {
      l(event);
    } catch {
      // a listener's failure must not stop the feed
    }
  }
}

/** Starts following the feed (idempotent). Reconnects with backoff; while disconnected nothing is cached. */
export async function startChangeFeed(log: (m: string) => void = () => {}): Promise<void> {
  if (state.client || state.stopping) return;
  const url = env().DATABASE_URL;
  if (!url) return;
  // keepAlive: a dead peer must end the connection (and turn caching off) rather than leave us deaf.
  const client = new pg.Client({ connectionString: url, application_name: "mixcast-change-feed", keepAlive: true });
  state.client = client;
  const retry = (why: string) => {
    if (state.client !== client) return;
    state.client = null;
    state.connected = false;
    client.removeAllListeners();
    client.on("error", () => {});
    void client.end().catch(() => {});
    if (state.stopping) return;
    log(`change feed lost (${why}); caches are off until it reconnects`);
    setTimeout(() => void startChangeFeed(log), 1000).unref();
  };
  client.on("error", (e) => retry(e.message));
  client.on("end", () => retry("connection closed"));
  client.on("notification", (n) => emit(n.payload ?? "data:unknown"));
  try {
    await client.connect();
    await client.query("LISTEN mixcast_changes");
    // Anything may have changed while we were not listening: start from a fresh epoch and forget sign-ins.
    emit("reset");
    state.connected = true;
  } catch (error) {
    retry(error instanceof Error ? error.message : String(error));
  }
}

export async function stopChangeFeed(): Promise<void> {
  state.stopping = true;
  const client = state.client;
  state.client = null;
  state.connected = false;
  if (client) {
    client.removeAllListeners();
    client.on("error", () => {});
    await client.end().catch(() => {});
  }
}
