// The behaviour every Store engine must show; run by pglite/pglite.test.ts and postgres/postgres.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../errors.ts';
import { contractStore, DOC_A, DOC_B, DOC_C, DOC_C_AGAIN, label, makeDoc } from './contract-docs.ts';
import type { Engine } from './engine.ts';
import { dateRange } from './date-range.ts';
import { listMigrations, migrate } from './migrate.ts';
import type { EventFilter } from './store.ts';

/** Register the contract suite for one engine; `openEngine` gives a connection to a database of its own. */
export function storeContract(name: string, openEngine: () => Promise<Engine>): void {
  describe(`Store contract on ${name}`, () => {
    const db = contractStore(openEngine);

    const saveAll = async (): Promise<void> => {
      for (const doc of [DOC_A, DOC_B, DOC_C]) expect((await db.store.saveDoc(doc)).status).toBe('inserted');
    };
    const labels = async (filter: EventFilter): Promise<string[]> =>
      (await db.store.events({ ...filter, limit: 100 })).items.map(label).sort();
    /** Fixture events with the day the store files them under: the date's first day, else the publication day. */
    const all = [DOC_A, DOC_B, DOC_C].flatMap((d) =>
      d.events!.map((e) => ({ ...e, article_id: d.article.id, day: dateRange(e.date)?.start ?? d.article.published! })));
    const expected = (pred: (e: (typeof all)[number]) => boolean): string[] => all.filter(pred).map(label).sort();
    /** Title and text of an event's article, where text search looks. */
    const articleText = (e: { article_id: string }): string =>
      [DOC_A, DOC_B, DOC_C].filter((d) => d.article.id === e.article_id).map((d) => `${d.article.title}\n${d.text}`).join('');

    it('reports which engine it runs on', () => {
      expect(db.store.engine).toBe(name);
    });

    it('round-trips an article with its annotations and events', async () => {
      const saved = await db.store.saveDoc(DOC_A);
      expect(saved).toEqual({ status: 'inserted', articleId: 'en-a', events: 4 });
      const got = await db.store.getArticle('en-a');
      expect(got).not.toBeNull();
      const { article, actors, events } = got!;
      expect(article).toMatchObject({ id: 'en-a', url: 'https://news.example/a', outlet: 'news.example', lang: 'en', published: '2025-07-01', text: DOC_A.text });
      expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(article.ingested_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(actors).toEqual([...DOC_A.actors!].sort((x, y) => x.start - y.start));
      expect(events.map(({ id, article_id, article_url, article_title, outlet, published, lang, cluster_id, ingested_at, ...e }) => e)).toEqual(DOC_A.events);
      for (const e of events) {
        expect(DOC_A.text.slice(e.quote_start, e.quote_end)).toBe(e.quote);
        expect(DOC_A.text.slice(e.trigger_start, e.trigger_end)).toBe(e.trigger);
        expect(e).toMatchObject({ article_id: 'en-a', article_url: 'https://news.example/a', article_title: 'Moscow condemns arrests in Baku', outlet: 'news.example', lang: 'en', cluster_id: null });
      }
    });

    it('round-trips date and quantity mentions with their values', async () => {
      const doc = { ...DOC_B, dates: [{ start: 59, end: 67, text: DOC_B.text.slice(59, 67), value: '2025-07-02', granularity: 'day' as const, relative: true }],
        quantities: [{ start: 0, end: 5, text: DOC_B.text.slice(0, 5), value: 2.5, unit: 'percent', qualifier: 'about', of: 10 }] };
      await db.store.saveDoc(doc);
      const got = await db.store.getArticle('ar-b');
      expect(got!.dates).toEqual(doc.dates);
      expect(got!.quantities).toEqual(doc.quantities);
    });

    it('returns the actor mentions of several articles in one call', async () => {
      await saveAll();
      const got = await db.store.actorMentions(['en-a', 'ar-b', 'missing']);
      const want = [DOC_B, DOC_A].flatMap((d) => [...d.actors!].sort((x, y) => x.start - y.start).map((m) => ({ ...m, article_id: d.article.id })));
      expect(got).toEqual(want);
      expect(await db.store.actorMentions([])).toEqual([]);
    });

    it('returns null for an unknown article', async () => {
      expect(await db.store.getArticle('nope')).toBeNull();
    });

    it('treats a second save of the same content as a duplicate and changes nothing', async () => {
      await db.store.saveDoc(DOC_C);
      const before = await db.store.events({ includeNegated: true });
      expect(await db.store.saveDoc(DOC_C)).toEqual({ status: 'duplicate', articleId: 'en-c', events: 0 });
      expect(await db.store.saveDoc(DOC_C_AGAIN)).toEqual({ status: 'duplicate', articleId: 'en-c', events: 0 });
      expect(await db.store.events({ includeNegated: true })).toEqual(before);
      expect(await db.store.counts()).toEqual({ articles: 1, events: 3, actors: 0 });
    });

    it('treats another text at an already stored URL as a duplicate', async () => {
      await db.store.saveDoc(DOC_A);
      const sameUrl = makeDoc({ id: 'en-a2', lang: 'en', url: DOC_A.article.url, title: 'Updated', text: 'Russia later said more.', events: [] });
      expect((await db.store.saveDoc(sameUrl)).status).toBe('duplicate');
      expect(await db.store.hasArticle('0'.repeat(64), DOC_A.article.url)).toBe(true);
      expect(await db.store.hasArticle('0'.repeat(64), 'https://elsewhere.example/')).toBe(false);
      expect(await db.store.getArticle('en-a2')).toBeNull();
    });

    it('refuses a different article under an id already taken', async () => {
      await db.store.saveDoc(DOC_A);
      const clash = makeDoc({ id: 'en-a', lang: 'en', title: 'Other', text: 'Another story entirely.', events: [] });
      await expect(db.store.saveDoc(clash)).rejects.toThrow(/already stored with different content/);
    });

    it('saves concurrent copies of one article once', async () => {
      const results = await Promise.all([db.store.saveDoc(DOC_A), db.store.saveDoc(DOC_A), db.store.saveDoc(DOC_A)]);
      expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'duplicate', 'inserted']);
      expect((await db.store.counts()).events).toBe(4);
    });

    it('replaces an article’s annotations and events in one save', async () => {
      await db.store.saveDoc(DOC_A);
      const first = (await db.store.getArticle('en-a'))!.article.ingested_at;
      const recoded = { ...DOC_A, actors: DOC_A.actors!.slice(0, 1), events: DOC_A.events!.slice(0, 2).map((e) => ({ ...e, cameo: '112', rule: 'v2' })) };
      expect(await db.store.saveDoc(recoded, { replace: true })).toEqual({ status: 'replaced', articleId: 'en-a', events: 2 });
      const got = (await db.store.getArticle('en-a'))!;
      expect(got.events.map((e) => [e.cameo, e.rule])).toEqual([['112', 'v2'], ['112', 'v2']]);
      expect(got.actors).toHaveLength(1);
      expect(got.article.ingested_at).toBe(first);
      expect(await db.store.counts()).toEqual({ articles: 1, events: 2, actors: 1 });
      expect((await db.store.saveDoc(DOC_B, { replace: true })).status).toBe('inserted');
    });

    it('stamps a new version on exactly the dyads a write touches, counting their non-negated events', async () => {
      const versions = async () => Object.fromEntries((await db.store.dyadVersions()).map((d) => [`${d.a}|${d.b}`, d]));
      await db.store.saveDoc(DOC_A);
      const first = await versions();
      // DOC_A: RUS→AZE, AZE→RUS and a negated AZE→RUS are one dyad with two countable events.
      expect(Object.keys(first)).toEqual(['AZE|RUS']);
      expect(first['AZE|RUS']!.events).toBe(2);
      await db.store.saveDoc(DOC_B);
      const second = await versions();
      expect(second['AZE|RUS']).toEqual(first['AZE|RUS']);
      expect(second['EGY|ISR']!.events).toBe(1);
      await db.store.saveDoc(DOC_C);
      const third = await versions();
      expect(third['AZE|RUS']!.events).toBe(5);
      expect(third['AZE|RUS']!.version).not.toBe(second['AZE|RUS']!.version);
      expect(third['EGY|ISR']).toEqual(second['EGY|ISR']);
      expect(await db.store.dyadVersions(['RUS', 'AZE'])).toEqual([third['AZE|RUS']]);
      await db.store.saveDoc({ ...DOC_C, events: DOC_C.events!.slice(0, 1) }, { replace: true });
      const fourth = await versions();
      expect(fourth['AZE|RUS']!.events).toBe(3);
      expect(fourth['AZE|RUS']!.version).not.toBe(third['AZE|RUS']!.version);
      await db.store.recluster();
      expect((await db.store.eventRows({ dyad: ['AZE', 'RUS'] })).length).toBe(fourth['AZE|RUS']!.events);
    });

    it('raises its version at every committed write, whoever wrote, and never on a read or a rolled-back write', async () => {
      const version = async () => BigInt(await db.store.version());
      const start = await version();
      await db.store.events({ limit: 5 });
      await db.store.counts();
      expect(await version()).toBe(start);
      await db.store.saveDoc(DOC_A);
      const saved = await version();
      expect(saved).toBeGreaterThan(start);
      const broken = { ...DOC_B, events: [{ ...DOC_B.events![0]!, quad_class: 7 as 1 }] };
      await expect(db.store.saveDoc(broken)).rejects.toThrow();
      expect(await version()).toBe(saved);
      // Plain SQL on the engine, past the store's methods (as another program on the database would write).
      await db.engine.query(`UPDATE articles SET title = title || '.' WHERE id = 'en-a'`);
      const edited = await version();
      expect(edited).toBeGreaterThan(saved);
      await db.store.clusterPending();
      expect(await version()).toBeGreaterThan(edited);
    });

    it('leaves nothing behind when a save fails half-way', async () => {
      const broken = { ...DOC_A, events: [DOC_A.events![0]!, { ...DOC_A.events![1]!, quad_class: 7 as 1 }] };
      await expect(db.store.saveDoc(broken)).rejects.toBeInstanceOf(StoreError);
      expect(await db.store.counts()).toEqual({ articles: 0, events: 0, actors: 0 });
      expect(await db.store.getArticle('en-a')).toBeNull();
      await saveAll();
      const badReplace = { ...DOC_A, events: [{ ...DOC_A.events![0]!, confidence: 3 }] };
      await expect(db.store.saveDoc(badReplace, { replace: true })).rejects.toThrow(/article "en-a"/);
      expect((await db.store.getArticle('en-a'))!.events).toHaveLength(4);
    });

    it('saves a batch in one go, a duplicate in it as a duplicate, and a broken article apart from the rest', async () => {
      const broken = { ...DOC_B, events: [{ ...DOC_B.events![0]!, quad_class: 7 as 1 }] };
      const results = await db.store.saveDocs([DOC_A, DOC_A, broken, DOC_C]);
      expect(results.map((r) => (r instanceof Error ? 'error' : r.status))).toEqual(['inserted', 'duplicate', 'error', 'inserted']);
      expect(results[2]).toBeInstanceOf(StoreError);
      expect(await db.store.getArticle(DOC_B.article.id)).toBeNull();
      expect((await db.store.getArticle('en-a'))!.events).toHaveLength(4);
      expect((await db.store.counts()).articles).toBe(2);
    });

    it('applies migrations once, and running them again changes nothing', async () => {
      await db.store.saveDoc(DOC_A);
      expect(await migrate(db.engine)).toEqual([]);
      const rows = await db.engine.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0]!.n).toBe(listMigrations().length);
      expect((await db.store.counts()).events).toBe(4);
    });

    describe('event filters', () => {
      beforeEach(saveAll);
      const cases: [string, EventFilter, (e: (typeof all)[number]) => boolean][] = [
        ['no filter hides negated events', {}, (e) => !e.negated],
        ['includeNegated shows them', { includeNegated: true }, () => true],
        ['actor matches either side', { actor: 'AZE' }, (e) => !e.negated && (e.source === 'AZE' || e.target === 'AZE')],
        ['an undirected dyad matches both directions', { dyad: ['AZE', 'RUS'] },
          (e) => !e.negated && [e.source, e.target].sort().join() === 'AZE,RUS'],
        ['a directed dyad matches one direction', { dyad: ['AZE', 'RUS'], directed: true }, (e) => !e.negated && e.source === 'AZE' && e.target === 'RUS'],
        ['a cameo prefix matches the root', { cameo: '1' }, (e) => !e.negated && e.cameo.startsWith('1')],
        ['a full cameo code matches itself', { cameo: '173' }, (e) => e.cameo === '173'],
        ['root', { root: '11' }, (e) => e.root === '11'],
        ['quadClass', { quadClass: 1 }, (e) => !e.negated && e.quad_class === 1],
        ['from and to bound the event day', { from: '2025-07-01', to: '2025-07-02' },
          (e) => !e.negated && e.day >= '2025-07-01' && e.day <= '2025-07-02'],
        ['an undated event counts on its publication day', { from: '2025-07-02', to: '2025-07-02' },
          (e) => !e.negated && (e.date === '2025-07-02' || (e.date === null && e.article_id === 'en-c'))],
        ['a month bound covers the month', { from: '2025-07', to: '2025-07' }, (e) => !e.negated && e.day.startsWith('2025-07')],
        ['a year bound covers the year', { to: '2024' }, () => false],
        ['lang', { lang: 'ar' }, (e) => e.article_id === 'ar-b'],
        ['text searches the whole article, ignoring case', { text: 'BAKU' }, (e) => !e.negated && articleText(e).includes('Baku')],
        ['text treats % literally', { text: '100%' }, (e) => !e.negated && articleText(e).includes('100%')],
        ['text finds Arabic', { text: 'الوساطة' }, (e) => articleText(e).includes('الوساطة')],
        ['articleId', { articleId: 'en-c' }, (e) => e.article_id === 'en-c'],
        ['dyads: any of the pairs, either direction', { dyads: [['AZE', 'RUS'], ['ISR', 'EGY']] },
          (e) => !e.negated && e.target !== null && ['AZE|RUS', 'EGY|ISR'].includes([e.source, e.target].sort().join('|'))],
        ['filters combine', { actor: 'RUS', root: '11', from: '2025-07-01' }, (e) => e.source === 'RUS' && e.root === '11' && e.date !== '2025-06-30'],
      ];
      it('filter: ids', async () => {
        const some = (await db.store.events({ sort: 'date' })).items.filter((_, i) => i % 2 === 0);
        expect((await db.store.events({ ids: some.map((e) => e.id), sort: 'date' })).items).toEqual(some);
      });
      for (const [name, filter, pred] of cases) {
        it(`filter: ${name}`, async () => {
          const want = expected(pred);
          expect(await labels(filter)).toEqual(want);
          expect((await db.store.events(filter)).total).toBe(want.length);
        });
      }

      it('sorts by date, goldstein and cameo', async () => {
        const dayOf = (e: { date: string | null; published: string | null }): string => dateRange(e.date)?.start ?? e.published!;
        const days = (await db.store.events({ sort: 'date' })).items.map(dayOf);
        expect(days).toEqual([...days].sort());
        const desc = (await db.store.events({ sort: '-date' })).items.map(dayOf);
        expect(desc).toEqual([...desc].sort().reverse());
        const g = (await db.store.events({ sort: '-goldstein' })).items.map((e) => e.goldstein);
        expect(g).toEqual([...g].sort((a, b) => b - a));
        const c = (await db.store.events({ sort: 'cameo' })).items.map((e) => e.cameo);
        expect(c).toEqual([...c].sort());
      });

      it('pages through results with a stable total', async () => {
        const whole = (await db.store.events({ sort: 'date', limit: 100 })).items.map((e) => e.id);
        const pages: number[] = [];
        for (let offset = 0; offset < whole.length; offset += 3) {
          const page = await db.store.events({ sort: 'date', limit: 3, offset });
          expect(page.total).toBe(whole.length);
          expect(page.items.length).toBeLessThanOrEqual(3);
          pages.push(...page.items.map((e) => e.id));
        }
        expect(pages).toEqual(whole);
        expect((await db.store.events({ offset: 100 })).items).toEqual([]);
      });

      it('rejects malformed filter values by name', async () => {
        await expect(db.store.events({ from: '2025-13-01' })).rejects.toThrow(/filter\.from/);
        await expect(db.store.events({ root: '7' })).rejects.toThrow(/filter\.root/);
        await expect(db.store.events({ limit: 0 })).rejects.toThrow(/filter\.limit/);
      });

      it('lists articles newest first, by language', async () => {
        const list = await db.store.listArticles({ limit: 2 });
        expect(list.total).toBe(3);
        expect(list.items.map((a) => a.id)).toEqual(['ar-b', 'en-c']);
        expect((await db.store.listArticles({ lang: 'ar' })).items.map((a) => a.id)).toEqual(['ar-b']);
      });
    });

    describe('clusters', () => {
      beforeEach(async () => {
        await saveAll();
        await db.store.recluster();
      });

      it('puts two outlets’ reports of one happening in one cluster with GDELT-style counts', async () => {
        const { items } = await db.store.clusters({ actor: 'RUS', root: '11', from: '2025-06-30', to: '2025-07-01', limit: 50 });
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({ source: 'RUS', target: 'AZE', root: '11', num_mentions: 2, num_sources: 2, num_articles: 2 });
        expect(items[0]!.event.article_id).toBe('en-a');
        expect(items[0]!.date).toBe('2025-06-30');
        const members = (await db.store.events({ articleId: 'en-c', includeNegated: true })).items;
        expect(members[0]!.cluster_id).toBe(items[0]!.id);
      });

      it('keeps events days apart, undated across articles, or with other actors apart', async () => {
        const events = (await db.store.events({ includeNegated: true })).items;
        const clusters = new Set(events.map((e) => e.cluster_id));
        expect(events.every((e) => e.cluster_id !== null)).toBe(true);
        expect(clusters.size).toBe(events.length - 1);
        expect((await db.store.clusters({ includeNegated: true })).total).toBe(events.length - 1);
      });

      it('clusters on overlapping quotes when triggers differ, and counts one outlet once', async () => {
        const q = 'Azerbaijani border guards detained three Russian fishermen near the Caspian coast on Friday.';
        const mk = (id: string, trigger: string, text: string) =>
          makeDoc({ id, lang: 'en', outlet: 'same.example', published: '2025-08-02', title: id, text,
            events: [{ quote: text, trigger, source: 'AZE', target: 'RUS', cameo: '173', goldstein: -5, date: '2025-08-01' }] });
        await db.store.saveDoc(mk('x1', 'detained', q));
        await db.store.saveDoc(mk('x2', 'held', 'Azerbaijani border guards held three Russian fishermen near the Caspian coast.'));
        await db.store.saveDoc(mk('x3', 'seized', 'Officials in Baku seized a trawler crew from Russia, the agency said.'));
        await db.store.recluster();
        const { items } = await db.store.clusters({ from: '2025-08-01', to: '2025-08-01', limit: 10 });
        expect(items.map((c) => [c.num_mentions, c.num_sources, c.num_articles]).sort()).toEqual([[1, 1, 1], [2, 1, 2]]);
      });

      it('reclusters again without change, and lets a later-saved earlier report join and represent its cluster', async () => {
        const before = await db.store.clusters({ includeNegated: true, limit: 100 });
        await db.store.recluster();
        expect(await db.store.clusters({ includeNegated: true, limit: 100 })).toEqual(before);
        const text = 'Russian diplomats condemned the arrests in Baku late on Sunday.';
        await db.store.saveDoc(makeDoc({ id: 'en-d', lang: 'en', outlet: 'third.example', published: '2025-06-30', title: 'D', text,
          events: [{ quote: text, trigger: 'condemned', source: 'RUS', target: 'AZE', cameo: '111', goldstein: -2, date: '2025-06-29' }] }));
        await db.store.recluster();
        const old = before.items.find((c) => c.num_mentions === 2)!;
        const { items } = await db.store.clusters({ dyad: ['RUS', 'AZE'], directed: true, root: '11', to: '2025-07-01' });
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({ id: old.id, num_mentions: 3, num_sources: 3, num_articles: 3, date: '2025-06-29' });
        expect(items[0]!.event.article_id).toBe('en-d');
      });

      it('clusters each write incrementally, through replaces, exactly as a full recluster does', async () => {
        // Many reports on few keys and nearby days, with shared triggers and quote words, saved in small writes.
        let seed = 7;
        const rand = (n: number): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
        const words = ['shelled', 'struck', 'border', 'village', 'convoy', 'talks', 'envoy', 'port'];
        const doc = (id: string, version: number) => {
          const quotes = Array.from({ length: 1 + rand(4) }, (_, i) =>
            `${id} v${version} q${i} ${words[rand(8)]} ${words[rand(8)]} ${words[rand(8)]}.`);
          return makeDoc({ id, lang: 'en', outlet: `o${rand(3)}`, published: '2025-05-20', title: id, text: quotes.join(' '),
            events: quotes.map((quote) => ({ quote, trigger: quote.split(' ')[3]!, source: ['RUS', 'UKR', null][rand(3)]!, target: 'UKR',
              cameo: ['190', '193'][rand(2)]!, goldstein: -10, date: rand(5) === 0 ? null : `2025-05-${String(10 + rand(6)).padStart(2, '0')}`,
              rule: `r${rand(3)}` })) });
        };
        const state = async () => ({
          events: await db.engine.query('SELECT id, cluster_id, cluster_rep FROM events ORDER BY id'),
          clusters: await db.engine.query('SELECT * FROM event_clusters ORDER BY id'),
        });
        for (let round = 0; round < 12; round++) {
          const batch = Array.from({ length: 1 + rand(3) }, (_, i) => doc(`p${round}-${i}`, 0));
          await db.store.saveDocs(batch);
          if (round % 3 === 2) await db.store.saveDoc(doc(`p${rand(round)}-0`, round), { replace: true });
          expect(await db.store.clusterPending()).toBeGreaterThan(0);
          const incremental = await state();
          await db.store.recluster();
          expect(await state()).toEqual(incremental);
        }
        expect(await db.store.clusterPending()).toBe(0);
      }, 60_000);

      it('reclusters after a replace and paginates clusters', async () => {
        await db.store.saveDoc({ ...DOC_C, events: [] }, { replace: true });
        await db.store.recluster();
        const pages = await Promise.all([0, 2, 4].map((offset) => db.store.clusters({ limit: 2, offset, sort: 'date' })));
        const items = pages.flatMap((p) => p.items);
        expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
        expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
        expect(items.every((c) => c.num_mentions === 1 && c.event.article_id !== 'en-c')).toBe(true);
        expect(new Set(items.map((c) => c.id)).size).toBe(5);
      });
    });
  });
}
