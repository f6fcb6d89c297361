// Contract for large-result behaviour on every engine: cursor pages, capped totals, the trigram text-search path.
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { contractStore, DOC_A, DOC_B, DOC_C, makeDoc } from './contract-docs.ts';
import type { Engine, Queryable } from './engine.ts';
import { searchTerms, searchText } from './search.ts';
import { SqlStore } from './sql-store.ts';
import { TOTAL_CAP, type EventFilter, type Store } from './store.ts';

const SORTS = ['date', '-date', 'goldstein', '-goldstein', 'cameo'] as const;
const PAIRS: [string, string | null, string][] = [
  ['AZE', 'RUS', 'Azerbaijani'], ['RUS', 'AZE', 'Russian'], ['TUR', 'AZE', 'Turkish'], ['AZE', 'AZE', 'Azerbaijani'], ['RUS', 'UKR', 'Russian'], ['AZE', null, 'Azerbaijani'],
];
const CODES: [string, number][] = [['043', 1], ['111', -2], ['036', 4], ['043', 1], ['173', -5]];

/** Six articles of five events with tied days and Goldstein scores, one self-dyad, and undated events of an undated article. */
const GRID = Array.from({ length: 6 }, (_, i) => {
  const specs = Array.from({ length: 5 }, (_, j) => {
    const [source, target, who] = PAIRS[(i + j) % PAIRS.length]!;
    const [cameo, goldstein] = CODES[(i * 2 + j) % CODES.length]!;
    const quote = `${who} envoys met officials in round ${i}-${j} of the Caspian talks.`;
    const date = (i + j) % 4 === 0 ? null : `2025-08-${10 + ((i * j) % 3)}`;
    return { quote, trigger: 'met', source, target, cameo, goldstein, date, negated: (i * 5 + j) % 7 === 3 };
  });
  return makeDoc({
    id: `grid-${i}`, lang: i % 2 ? 'ar' : 'en', outlet: `outlet-${i % 3}.example`, published: i === 5 ? null : `2025-08-0${1 + (i % 3)}`,
    title: `Round ${i}`, text: specs.map((s) => s.quote).join(' '), events: specs,
  });
});

/** A Store on one connection of a transaction, so session settings hold for its queries. */
function pinned(engine: Engine, tx: Queryable): Store {
  return new SqlStore({ name: engine.name, query: (s, p) => tx.query(s, p), exec: (s) => tx.exec(s), transaction: (fn) => fn(tx), close: async () => {} });
}

export function storePagingContract(name: string, openEngine: () => Promise<Engine>): void {
  describe(`Store paging contract on ${name}`, () => {
    const db = contractStore(openEngine, () => [...GRID, DOC_A, DOC_B, DOC_C]);

    const ids = async (filter: EventFilter): Promise<number[]> => (await db.store.events({ ...filter, limit: 500 })).items.map((e) => e.id);

    const filters: [string, EventFilter][] = [
      ['everything', { includeNegated: true }], ['an actor', { actor: 'AZE' }], ['a dyad', { dyad: ['AZE', 'RUS'] }],
      ['a directed dyad with a root', { dyad: ['RUS', 'AZE'], directed: true, root: '11' }], ['a language', { lang: 'ar' }],
    ];
    for (const [what, filter] of filters) {
      it(`walks ${what} with cursors in every sort, matching one long page`, async () => {
        for (const sort of SORTS) {
          const whole = await ids({ ...filter, sort });
          expect(whole.length).toBeGreaterThan(0);
          const walked: number[] = [];
          let after: string | undefined;
          for (let guard = 0; guard < 50; guard++) {
            const page = await db.store.events({ ...filter, sort, limit: 4, after });
            expect(page).toMatchObject({ total: whole.length, totalExact: true });
            walked.push(...page.items.map((e) => e.id));
            if (!page.nextCursor) break;
            after = page.nextCursor;
          }
          expect(walked).toEqual(whole);
        }
      });

      it(`pages ${what} by offset as slices of the whole`, async () => {
        const whole = await ids({ ...filter, sort: '-date' });
        const paged: number[] = [];
        for (let offset = 0; offset < whole.length + 3; offset += 3) {
          const page = await db.store.events({ ...filter, sort: '-date', limit: 3, offset });
          expect(page.total).toBe(whole.length);
          paged.push(...page.items.map((e) => e.id));
        }
        expect(paged).toEqual(whole);
      });
    }

    it('lists an event between an actor and itself once, and undated events last both ways', async () => {
      const self = (await db.store.events({ actor: 'AZE', limit: 500 })).items.filter((e) => e.source === 'AZE' && e.target === 'AZE');
      expect(self.length).toBeGreaterThan(0);
      expect(new Set((await ids({ actor: 'AZE' }))).size).toBe((await ids({ actor: 'AZE' })).length);
      for (const sort of ['date', '-date'] as const) {
        const days = (await db.store.events({ sort, limit: 500 })).items.map((e) => e.date ?? e.published);
        expect(days.indexOf(null)).toBeGreaterThan(0);
        expect(days.slice(days.indexOf(null)).every((d) => d === null)).toBe(true);
      }
    });

    it('loads analysis rows with the same fields and order as full events', async () => {
      const fields = ['id', 'article_id', 'outlet', 'published', 'cluster_id', 'source', 'target', 'cameo', 'root', 'quad_class',
        'goldstein', 'date', 'negated', 'trigger', 'quote'] as const;
      await db.store.recluster();
      for (const filter of [{ includeNegated: true }, { dyad: ['AZE', 'RUS'], sort: 'date' }, { lang: 'ar', sort: '-goldstein' }] as EventFilter[]) {
        const full = (await db.store.events({ ...filter, limit: 500 })).items;
        const want = full.map((e) => Object.fromEntries(fields.map((f) => [f, e[f]])));
        expect(await db.store.eventRows({ ...filter, limit: 1, offset: 3 })).toEqual(want);
      }
    });

    it('rejects a cursor made for another sort, or not made by the store', async () => {
      const { nextCursor } = await db.store.events({ sort: 'goldstein', limit: 2 });
      expect(nextCursor).toEqual(expect.any(String));
      await expect(db.store.events({ sort: 'cameo', after: nextCursor! })).rejects.toThrow(/filter\.after.*sort "goldstein"/);
      await expect(db.store.events({ after: 'not-a-cursor' })).rejects.toBeInstanceOf(InputError);
      await expect(db.store.clusters({ after: Buffer.from('["date","x",1]').toString('base64url') })).rejects.toThrow(/filter\.after/);
    });

    it('walks clusters with cursors, also when members are matched by text', async () => {
      await db.store.recluster();
      for (const filter of [{ sort: '-date' }, { sort: 'goldstein', actor: 'RUS' }, { text: 'round', sort: 'date' }] as EventFilter[]) {
        const whole = (await db.store.clusters({ ...filter, limit: 500 })).items.map((c) => c.id);
        const walked: number[] = [];
        let after: string | undefined;
        for (let guard = 0; guard < 50; guard++) {
          const page = await db.store.clusters({ ...filter, limit: 5, after });
          expect(page).toMatchObject({ total: whole.length, totalExact: true });
          walked.push(...page.items.map((c) => c.id));
          if (!page.nextCursor) break;
          after = page.nextCursor;
        }
        expect(walked).toEqual(whole);
      }
    });

    it('counts totals exactly up to TOTAL_CAP and reports a lower bound above it', async () => {
      const extra = TOTAL_CAP + 50;
      await db.engine.exec(`
        INSERT INTO articles (id, text, lang, published, hash) VALUES ('bulk', 'Bulk article.', 'en', '2025-09-01', 'bulk-hash');
        INSERT INTO events (article_id, ordinal, source, target, cameo, root, quad_class, goldstein, event_day, negated,
                            trigger, trigger_start, trigger_end, quote, quote_start, quote_end, sentence, confidence, rule)
        SELECT 'bulk', g, 'GEO', 'ARM', '040', '04', 1, 1, DATE '2025-09-01' + (g % 30), false, 'x', 0, 1, 'x', 0, 1, 0, 0.5, 'bulk'
        FROM generate_series(1, ${extra}) g`);
      const first = await db.store.events({ actor: 'GEO', limit: 100 });
      expect(first).toMatchObject({ total: TOTAL_CAP, totalExact: false });
      expect(first.items).toHaveLength(100);
      const deep = await db.store.events({ actor: 'GEO', limit: 100, offset: 9_000 });
      expect(deep).toMatchObject({ total: TOTAL_CAP, totalExact: false });
      const past = await db.store.events({ actor: 'GEO', limit: 100, offset: extra - 30 });
      expect(past).toMatchObject({ total: extra, totalExact: true, nextCursor: null });
      expect(past.items).toHaveLength(30);
      const beyond = await db.store.events({ actor: 'GEO', limit: 50, offset: TOTAL_CAP + 5, sort: 'goldstein' });
      expect(beyond).toMatchObject({ total: TOTAL_CAP + 50, totalExact: true });
      // Past the end: the real total, not the offset as a lower bound.
      for (const filter of [{ actor: 'GEO' }, { dyad: ['GEO', 'ARM'] as [string, string], directed: true }]) {
        const past = await db.store.events({ ...filter, limit: 50, offset: extra + 1000 });
        expect(past, JSON.stringify(filter)).toMatchObject({ total: extra, totalExact: true, items: [] });
      }
      expect((await db.store.events({ actor: 'GEO', from: '2025-09-05', to: '2025-09-05', limit: 10 })).total)
        .toBe(Array.from({ length: extra }, (_, k) => k + 1).filter((g) => g % 30 === 4).length);
      const cursorPage = await db.store.events({ actor: 'GEO', limit: 100, after: first.nextCursor! });
      expect(cursorPage).toMatchObject({ total: TOTAL_CAP, totalExact: false });
      expect(cursorPage.items[0]!.id).not.toBe(first.items[99]!.id);
      expect((await db.store.eventRows({ actor: 'GEO' })).length).toBe(extra);
    });

    it('answers text search through the trigram index where pg_trgm is installed, matching a plain scan of the articles', async () => {
      const [ext] = await db.engine.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_trgm'`);
      const [idx] = await db.engine.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'articles_search_trgm_idx'`);
      if (name === 'pglite') expect(ext!.n).toBe(1);
      expect(idx!.n).toBe(ext!.n);
      const all = (await db.store.events({ includeNegated: true, limit: 500 })).items;
      const folded = new Map([...GRID, DOC_A, DOC_B, DOC_C].map((d) => [d.article.id, searchText(d.article.title, d.text)]));
      const queries = ['BAKU', 'round 3-', '100%', 'الوساطة', 'ro', '3-4', 'caspian TALKS'];
      await db.engine.transaction(async (tx) => {
        // Only bitmap scans left: a GIN index is the way to apply the LIKE condition.
        await tx.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off');
        const plan = (await tx.query<Record<string, string>>(`EXPLAIN SELECT id FROM articles s WHERE s.search LIKE '%baku%'`)).map((r) => Object.values(r)[0]).join('\n');
        if (ext!.n) expect(plan).toContain('articles_search_trgm_idx');
        const forced = pinned(db.engine, tx);
        for (const text of queries) {
          const terms = searchTerms(text);
          const want = all.filter((e) => terms.every((forms) => forms.some((f) => folded.get(e.article_id)!.includes(f)))).map((e) => e.id).sort((a, b) => a - b);
          const got = (await forced.events({ text, includeNegated: true, limit: 500 })).items.map((e) => e.id).sort((a, b) => a - b);
          expect(want.length, text).toBeGreaterThan(0);
          expect([text, got]).toEqual([text, want]);
        }
      });
    });
  });
}
