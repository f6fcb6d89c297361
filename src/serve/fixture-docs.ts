// Turns the hand-written fixture articles into Docs with offsets, and fills a temporary PGlite store with them
// (always PGlite, even when DATABASE_URL is set, so tests never touch a shared database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodedEvent, Doc, Span } from '../doc.ts';
import { CAMEO_TABLE } from '../ontology/cameo-table.ts';
import { SqlStore } from '../store/index.ts';
import { migrate } from '../store/migrate.ts';
import { openPgliteEngine } from '../store/pglite/engine.ts';
import type { Store } from '../store/store.ts';
import { FIXTURE_ARTICLES, type FixtureArticle, type FixtureMark } from './fixture-articles.ts';

function locate(text: string, mark: FixtureMark): Span & { text: string } {
  let at = -1;
  for (let i = 0; i <= (mark.nth ?? 0); i++) {
    at = text.indexOf(mark.find, at + 1);
    if (at < 0) throw new Error(`fixture: "${mark.find}" (#${mark.nth ?? 0}) not in text`);
  }
  return { start: at, end: at + mark.find.length, text: mark.find };
}

/** The sentence around an offset: from the previous full stop to the next. */
function sentenceAround(text: string, at: number): { quote: string; quote_start: number; quote_end: number; sentence: number } {
  const stops = [...text.matchAll(/[.!?؟]\s*/g)].map((m) => m.index! + m[0].length);
  const start = [0, ...stops].filter((s) => s <= at).pop()!;
  const end = stops.find((s) => s > at) ?? text.length;
  return { quote: text.slice(start, end).trim(), quote_start: start, quote_end: start + text.slice(start, end).trimEnd().length, sentence: stops.filter((s) => s <= at).length };
}

/** One fixture article as a Doc, every annotation's offsets found in its text. */
export function fixtureDoc(a: FixtureArticle): Doc {
  const events: CodedEvent[] = a.events.map((e) => {
    const trig = locate(a.text, e.trigger);
    const code = CAMEO_TABLE[e.cameo as keyof typeof CAMEO_TABLE];
    return {
      source: e.source, source_sector: null, target: e.target, target_sector: null,
      cameo: e.cameo, root: code.root, quad_class: code.quadClass as 1 | 2 | 3 | 4, goldstein: code.goldstein,
      date: e.date, date_granularity: 'day', negated: e.negated ?? false,
      trigger: trig.text, trigger_start: trig.start, trigger_end: trig.end,
      ...sentenceAround(a.text, trig.start),
      location: null, confidence: 0.9, rule: `fixture.${e.cameo}.${a.lang}`,
    };
  });
  return {
    article: { id: a.id, lang: a.lang, outlet: a.outlet, published: a.published, title: a.title, text: a.text, url: `https://news.example/${a.id}` },
    text: a.text,
    actors: a.actors.map((m) => ({ ...locate(a.text, m), code: m.code, sector: m.sector ?? null, kind: 'state' as const, entry: `fixture.${m.code}`, tokenStart: 0, tokenEnd: 0 })),
    dates: a.dates.map((m) => ({ ...locate(a.text, m), value: m.value, granularity: 'day' as const, relative: true })),
    quantities: a.quantities.map((m) => ({ ...locate(a.text, m), value: m.value, unit: m.unit })),
    places: [],
    events,
  };
}

export interface FixtureStore {
  store: Store;
  dir: string;
  /** Close the store and delete its folder. */
  dispose(): Promise<void>;
}

/**
 * A temporary PGlite store holding the fixture articles, clustered.
 * @example const { store, dispose } = await fixtureStore(); … await dispose();
 */
export async function fixtureStore(articles: FixtureArticle[] = FIXTURE_ARTICLES): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-serve-'));
  const engine = await openPgliteEngine(dir);
  await migrate(engine);
  const store = new SqlStore(engine);
  for (const a of articles) await store.saveDoc(fixtureDoc(a));
  await store.recluster();
  return {
    store,
    dir,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
