// Shared shapes and helpers of the date matchers.
import type { Granularity, Lang, Token } from '../../doc.ts';
import type { CalendarData, NumberData } from '../../../lang/index.ts';
import { matchPhrase, type PhraseTable } from '../../segment/phrase-match.ts';
import type { Ymd } from './calendar.ts';

export interface DateContext {
  tokens: readonly Token[];
  limit: number;
  cal: CalendarData;
  numbers: NumberData;
  lang: Lang;
  /** Publication date; relative expressions resolve to null without it. */
  pub: Ymd | null;
  /** The last day-level date named before the current position (anchored expressions count from it; else pub). */
  anchor?: Ymd | null;
}

export interface DateHit {
  end: number;
  value: string | null;
  granularity: Granularity;
  relative: boolean;
}

export type Matcher = (c: DateContext, i: number) => DateHit | null;

export const word = <T>(c: DateContext, k: number, table: PhraseTable<T>) => matchPhrase(c.tokens, k, table, c.limit);
export const norm = (c: DateContext, k: number) => (k < c.limit ? c.tokens[k]!.norm : '');
export const rel = (c: DateContext, end: number, granularity: Granularity, f: (pub: Ymd) => string): DateHit => ({
  end,
  granularity,
  relative: true,
  value: c.pub ? f(c.pub) : null,
});

