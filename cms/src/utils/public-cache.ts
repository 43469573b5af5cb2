import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  status: number;
  body: unknown;
}

/**
 * Anonymous content-API reads, by URL, for a minute at most. Every publish,
 * unpublish, delete or media change empties it (bootstrap subscribes), so a
 * published change shows at once on this instance; other instances catch up
 * within the TTL.
 */
export const PUBLIC_CACHE_TTL_MS = 60_000;

const cache = new LRUCache<string, CachedResponse>({ max: 1000, ttl: PUBLIC_CACHE_TTL_MS });

export const publicCache = {
  get: (key: string) => cache.get(key),
  set: (key: string, value: CachedResponse) => cache.set(key, value),
  clear: () => cache.clear(),
};
