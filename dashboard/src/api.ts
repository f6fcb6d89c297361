// Typed calls to the Marsad JSON API.
import type { ArticleAnnotations, EventCluster, StoredArticle, StoredEvent } from '../../src/store/store.ts';

export type { ArticleAnnotations, EventCluster, StoredArticle, StoredEvent };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * GET a JSON endpoint; errors carry the server's message.
 * @example const page = await getJson<Page<StoredEvent>>('/api/events', { actor: 'RUS' })
 */
export async function getJson<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  const res = await fetch(`.${path}${queryString(query)}`, { headers: { accept: 'application/json' }, signal });
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface EventPage extends Page<StoredEvent | EventCluster> {
  clusters: boolean;
  /** False when total is a lower bound (the store stops counting at 10,000). */
  totalExact?: boolean;
}
