// Hand-built coded articles for the store contract tests (no NLP pipeline involved).
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ActorMention, CodedEvent, Doc, Lang, Sector } from '../doc.ts';
import type { Engine } from './engine.ts';
import { migrate } from './migrate.ts';
import { SqlStore } from './sql-store.ts';
import type { Store } from './store.ts';

interface EventSpec {
  quote: string;
  trigger: string;
  source: string | null;
  target: string | null;
  cameo: string;
  goldstein: number;
  date: string | null;
  source_sector?: Sector | null;
  target_sector?: Sector | null;
  negated?: boolean;
  location?: { text: string; country: string } | null;
  rule?: string;
}

const QUAD: Record<string, 1 | 2 | 3 | 4> = { '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 2, '07': 2, '08': 2, '09': 2 };

function at(text: string, part: string, from = 0): number {
  const i = text.indexOf(part, from);
  if (i < 0) throw new Error(`fixture: "${part}" is not in the text`);
  return i;
}

/** An event whose offsets are found in `text`; the sentence index is the quote's position among sentences. */
function event(text: string, s: EventSpec): CodedEvent {
  const quoteStart = at(text, s.quote);
  const triggerStart = at(text, s.trigger, quoteStart);
  const root = s.cameo.slice(0, 2);
  const date = s.date;
  return {
    source: s.source,
    source_sector: s.source_sector ?? null,
    target: s.target,
    target_sector: s.target_sector ?? null,
    cameo: s.cameo,
    root,
    quad_class: QUAD[root] ?? (Number(root) <= 14 ? 3 : 4),
    goldstein: s.goldstein,
    date,
    date_granularity: date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    negated: s.negated ?? false,
    trigger: s.trigger,
    trigger_start: triggerStart,
    trigger_end: triggerStart + s.trigger.length,
    quote: s.quote,
    quote_start: quoteStart,
    quote_end: quoteStart + s.quote.length,
    sentence: text.slice(0, quoteStart).split(/[.!?؟]\s/).length - 1,
    location: s.location ?? null,
    confidence: 0.8,
    rule: s.rule ?? `test.${s.cameo}.${s.trigger}`,
  };
}

function actor(text: string, surface: string, code: string, sector: Sector | null, kind: ActorMention['kind']): ActorMention {
  const start = at(text, surface);
  return { start, end: start + surface.length, text: surface, code, sector, kind, entry: `test:${code}`, tokenStart: 0, tokenEnd: 1 };
}

export interface DocSpec {
  id: string;
  lang: Lang;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  title: string;
  text: string;
  events: EventSpec[];
  actors?: [string, string, Sector | null, ActorMention['kind']][];
}

export function makeDoc(spec: DocSpec): Doc {
  const { text } = spec;
  return {
    article: {
      id: spec.id, url: spec.url ?? null, outlet: spec.outlet ?? null, title: spec.title, text,
      lang: spec.lang, published: spec.published ?? null,
    },
    text,
    actors: (spec.actors ?? []).map(([s, c, sec, k]) => actor(text, s, c, sec, k)),
    dates: [],
    quantities: [],
    events: spec.events.map((e) => event(text, e)),
  };
}

const A_TEXT =
  "Russia's foreign ministry on Monday condemned the arrest of two Russian journalists in Baku. " +
  'Azerbaijani police detained the reporters at their office on Sunday, officials said. ' +
  'Baku did not comment on the Russian note by Tuesday evening. ' +
  'Moscow promised 100% support to the families of the detainees.';

/** An English report: a condemnation, an arrest, a negated statement, an undated appeal. */
export const DOC_A = makeDoc({
  id: 'en-a', lang: 'en', url: 'https://news.example/a', outlet: 'news.example', published: '2025-07-01',
  title: 'Moscow condemns arrests in Baku', text: A_TEXT,
  actors: [["Russia's foreign ministry", 'RUS', 'GOV', 'state'], ['Azerbaijani police', 'AZE', 'COP', 'demonym'], ['Baku', 'AZE', null, 'capital']],
  events: [
    { quote: "Russia's foreign ministry on Monday condemned the arrest of two Russian journalists in Baku.", trigger: 'condemned',
      source: 'RUS', source_sector: 'GOV', target: 'AZE', target_sector: 'GOV', cameo: '111', goldstein: -2, date: '2025-06-30' },
    { quote: 'Azerbaijani police detained the reporters at their office on Sunday, officials said.', trigger: 'detained',
      source: 'AZE', source_sector: 'COP', target: 'RUS', target_sector: 'MED', cameo: '173', goldstein: -5, date: '2025-06-29',
      location: { text: 'Baku', country: 'AZE' } },
    { quote: 'Baku did not comment on the Russian note by Tuesday evening.', trigger: 'comment',
      source: 'AZE', target: 'RUS', cameo: '010', goldstein: 0, date: '2025-07-01', negated: true },
    { quote: 'Moscow promised 100% support to the families of the detainees.', trigger: 'promised',
      source: 'RUS', target: null, cameo: '033', goldstein: 5.2, date: null },
  ],
});

const B_TEXT =
  'أدانت وزارة الخارجية المصرية الغارة الإسرائيلية على غزة يوم الأربعاء. ' +
  'وقال المتحدث باسم الوزارة إن القاهرة تدعم جهود الوساطة.';

/** An Arabic report with other actors, for the language and actor filters. */
export const DOC_B = makeDoc({
  id: 'ar-b', lang: 'ar', url: 'https://akhbar.example/b', outlet: 'akhbar.example', published: '2025-07-03',
  title: 'مصر تدين الغارة', text: B_TEXT,
  actors: [['وزارة الخارجية المصرية', 'EGY', 'GOV', 'org']],
  events: [
    { quote: 'أدانت وزارة الخارجية المصرية الغارة الإسرائيلية على غزة يوم الأربعاء.', trigger: 'أدانت',
      source: 'EGY', source_sector: 'GOV', target: 'ISR', target_sector: 'MIL', cameo: '111', goldstein: -2, date: '2025-07-02' },
    { quote: 'وقال المتحدث باسم الوزارة إن القاهرة تدعم جهود الوساطة.', trigger: 'تدعم',
      source: 'EGY', target: null, cameo: '051', goldstein: 3.4, date: '2025-07' },
  ],
});

const C_TEXT =
  'The Russian Foreign Ministry condemned the detention of Russian journalists in Baku on Tuesday. ' +
  'Russia also protested to Azerbaijan over a border incident on Saturday. ' +
  'Russia condemned Azerbaijan again in a separate statement.';

/** Another outlet's report of DOC_A's condemnation (one day apart), plus events that must not cluster with it. */
export const DOC_C = makeDoc({
  id: 'en-c', lang: 'en', url: 'https://wire.example/c', outlet: 'wire.example', published: '2025-07-02',
  title: 'Russia protests to Azerbaijan', text: C_TEXT,
  events: [
    { quote: 'The Russian Foreign Ministry condemned the detention of Russian journalists in Baku on Tuesday.', trigger: 'condemned',
      source: 'RUS', source_sector: 'GOV', target: 'AZE', cameo: '111', goldstein: -2, date: '2025-07-01' },
    { quote: 'Russia also protested to Azerbaijan over a border incident on Saturday.', trigger: 'protested',
      source: 'RUS', target: 'AZE', cameo: '111', goldstein: -2, date: '2025-07-05' },
    { quote: 'Russia condemned Azerbaijan again in a separate statement.', trigger: 'condemned',
      source: 'RUS', target: 'AZE', cameo: '111', goldstein: -2, date: null },
  ],
});

/** The same article as DOC_C under the same identity, from a third outlet's feed: identical content. */
export const DOC_C_AGAIN = makeDoc({ ...specOf(DOC_C), id: 'en-c-copy', url: null });

function specOf(doc: Doc): DocSpec {
  return {
    id: doc.article.id, lang: doc.article.lang, url: doc.article.url, outlet: doc.article.outlet,
    published: doc.article.published, title: doc.article.title ?? '', text: doc.text,
    events: (doc.events ?? []).map((e) => ({ ...e })),
  };
}

/** A label for an event in assertions: article and trigger. */
export const label = (e: { article_id: string; trigger: string; quote: string }): string => `${e.article_id}/${e.trigger}@${e.quote.slice(0, 12)}`;

const TABLES = 'event_clusters, events, actor_mentions, date_mentions, quantity_mentions, articles';

/**
 * The database a contract suite runs on, for the `describe` block that calls it: opened and migrated once,
 * emptied and given `seed` before each test, closed after the suite.
 */
export function contractStore(openEngine: () => Promise<Engine>, seed: () => readonly Doc[] = () => []): { readonly engine: Engine; readonly store: Store } {
  const db = {} as { engine: Engine; store: Store };
  beforeAll(async () => {
    db.engine = await openEngine();
    await migrate(db.engine);
    db.store = new SqlStore(db.engine);
  }, 60_000);
  beforeEach(async () => {
    await db.engine.exec(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
    for (const doc of seed()) await db.store.saveDoc(doc);
  });
  afterAll(async () => {
    await db.store?.close();
  });
  return db;
}
