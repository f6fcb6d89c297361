// Keyset cursors for event pages: the sort key and id of a page's last event, opaque to callers.
import { InputError } from '../errors.ts';
import type { EventFilter } from './store.ts';

export type SortName = NonNullable<EventFilter['sort']>;

/** What a cursor holds: the sort it was made for, the last row's sort value and its event id. */
export interface Cursor {
  sort: SortName;
  value: string | number | null;
  id: number;
}

const SORT_NAMES: readonly SortName[] = ['date', '-date', 'goldstein', '-goldstein', 'cameo'];

/**
 * The cursor text for a page's last row.
 * @example encodeCursor({ sort: '-date', value: '2025-07-01', id: 42 }) // 'WyItZGF0ZSIsIjIwMjUtMDctMDEiLDQyXQ'
 */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.value, c.id])).toString('base64url');
}

/** Parse a cursor made by encodeCursor for the same sort; anything else is an InputError on filter.after. */
export function decodeCursor(text: string, sort: SortName): Cursor {
  const bad = (why: string): never => {
    throw new InputError('filter.after', why);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return bad(`expected a cursor from a previous page's nextCursor, found ${JSON.stringify(text.slice(0, 40))}`);
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return bad('malformed cursor');
  const [s, value, id] = parsed as [unknown, unknown, unknown];
  if (typeof s !== 'string' || !SORT_NAMES.includes(s as SortName)) return bad('malformed cursor');
  if (s !== sort) return bad(`the cursor was made for sort "${s}", not "${sort}"`);
  if (!Number.isInteger(id)) return bad('malformed cursor');
  const ok =
    s === 'goldstein' || s === '-goldstein'
      ? typeof value === 'number' && Number.isFinite(value)
      : s === 'cameo'
        ? typeof value === 'string' && /^\d{1,4}$/.test(value)
        : value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
  if (!ok) return bad('malformed cursor');
  return { sort: s as SortName, value: value as Cursor['value'], id: id as number };
}

/**
 * Conditions (over events `e`) selecting the rows after the cursor, as disjoint alternatives so each can
 * use an index range; undated rows sort last under both date orders and get an alternative of their own.
 * `p` adds a parameter and returns its placeholder.
 */
export function afterCursor(c: Cursor, p: (v: unknown) => string): string[] {
  const id = p(c.id);
  switch (c.sort) {
    case 'date':
    case '-date': {
      const op = c.sort === 'date' ? '>' : '<';
      if (c.value === null) return [`(e.event_day IS NULL AND e.id ${op} ${id})`];
      return [`((e.event_day, e.id) ${op} (${p(c.value)}::date, ${id}))`, '(e.event_day IS NULL)'];
    }
    case 'goldstein':
      return [`((e.goldstein, e.id) > (${p(c.value)}::float8, ${id}))`];
    case '-goldstein':
      return [`((e.goldstein, e.id) < (${p(c.value)}::float8, ${id}))`];
    case 'cameo':
      return [`((e.cameo, e.id) > (${p(c.value)}::text COLLATE "C", ${id}))`];
  }
}

/** The cursor for a row of a page (the row carries the sort columns under sort_day, goldstein, cameo). */
export function cursorOf(sort: SortName, row: { id: number; sort_day?: unknown; goldstein?: unknown; cameo?: unknown }): string {
  const value =
    sort === 'date' || sort === '-date' ? ((row.sort_day as string | null) ?? null)
      : sort === 'cameo' ? (row.cameo as string)
        : Number(row.goldstein);
  return encodeCursor({ sort, value, id: row.id });
}
