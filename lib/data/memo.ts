/**
 * In-process memo for reads that many requests repeat. Concurrent callers of one key share one promise (under load
 * 50 renders of a page cost one query), and keys must name what the value depends on — a dataset version, a model
 * run id — so an import or a new fit is visible at once; the TTL only bounds memory and covers what a key cannot
 * name. Bounded: the oldest entries go first. Failed computations are not kept.
 */
type Entry = { expires: number; value: Promise<unknown> };

const g = globalThis as unknown as { mixcastMemo?: Map<string, Entry> };
const store = (g.mixcastMemo ??= new Map<string, Entry>());
const MAX_ENTRIES = 500;

export function memo<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = store.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = compute();
  store.set(key, { expires: now + ttlMs, value });
  value.catch(() => {
    if (store.get(key)?.value === value) store.delete(key);
  });
  if (store.size > MAX_ENTRIES) {
    for (const k of store.keys()) {
      store.delete(k);
      if (store.size <= MAX_ENTRIES) break;
    }
  }
  return value;
}

export function forget(prefix: string) {
  for (const k of store.keys()) if (k.startsWith(prefix)) store.delete(k);
}
