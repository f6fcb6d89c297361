// Migration 0008 on both engines: a store made before it keeps its events, ids and clusters, and events
// land in their month's partition afterwards (PostgreSQL at MARSAD_TEST_DATABASE_URL when set).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC_A, makeDoc } from './contract-docs.ts';
import type { Engine } from './engine.ts';
import { listMigrations, migrate } from './migrate.ts';
import { openPgliteEngine } from './pglite/engine.ts';
import { openPostgresEngine } from './postgres/engine.ts';
import { SqlStore } from './sql-store.ts';

const PARTITIONED = 8;
const dir = mkdtempSync(join(tmpdir(), 'marsad-by-month-'));
const pgUrl = process.env.MARSAD_TEST_DATABASE_URL;

/** A database of its own on the test server (the contract suites use the test database). */
async function freshPostgres(url: string): Promise<Engine> {
  const name = `marsad_by_month_${process.pid}`;
  const admin = await openPostgresEngine(url);
  await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return openPostgresEngine(u.toString());
}

/**
 * A store as the release before 0008 left it: three articles, events in June and July 2025 and undated ones,
 * a cluster of a June and a July event (represented by the earlier, June one), and the newest event deleted
 * (so the next id is past every id left).
 */
const SEED = `
  INSERT INTO articles (id, text, lang, published, hash) VALUES
    ('june', 'June report.', 'en', '2025-06-20', 'h-june'), ('july', 'July report.', 'ar', '2025-07-02', 'h-july'),
    ('undated', 'Undated report.', 'en', NULL, 'h-undated');
  INSERT INTO events (article_id, ordinal, source, target, cameo, root, quad_class, goldstein, date, date_granularity,
                      date_start, date_end, event_day, negated, trigger, trigger_start, trigger_end, quote, quote_start,
                      quote_end, sentence, location_text, location_country, confidence, rule)
  SELECT a, o, 'RUS', CASE WHEN o = 1 THEN NULL ELSE 'AZE' END, '1' || (11 + o), '1' || (1 + o), 3, -2 - o,
         d::text, CASE WHEN d IS NULL THEN NULL ELSE 'day' END, d, d, d, o = 2, 'said', 0, 4, 'Quote ' || a || o, 0, 7, o,
         CASE WHEN o = 0 THEN 'Baku' END, CASE WHEN o = 0 THEN 'AZE' END, 0.5 + o / 10.0, 'seed'
  FROM (VALUES ('june', DATE '2025-06-20'), ('july', DATE '2025-07-02'), ('undated', NULL)) v(a, d), generate_series(0, 2) o
  ORDER BY a, o;
  INSERT INTO event_clusters (id, event_id, num_mentions, num_sources, num_articles) VALUES (1, 4, 2, 2, 2);
  UPDATE events SET cluster_id = 1, cluster_rep = (id = 4) WHERE id IN (1, 4);
  DELETE FROM events WHERE id = (SELECT max(id) FROM events);`;

const snapshot = async (db: Engine): Promise<{ events: unknown[]; clusters: unknown[] }> => ({
  events: (await db.query<{ r: unknown }>('SELECT to_jsonb(e) AS r FROM events e ORDER BY id')).map((x) => x.r),
  clusters: await db.query('SELECT * FROM event_clusters ORDER BY id'),
});
const partitionOf = async (db: Engine, where: string): Promise<string[]> =>
  (await db.query<{ p: string }>(`SELECT tableoid::regclass::text AS p FROM events WHERE ${where} ORDER BY id`)).map((x) => x.p);

const engines: [string, () => Promise<Engine>][] = [['pglite', () => openPgliteEngine(join(dir, 'store'))]];
if (pgUrl) engines.push(['postgres', () => freshPostgres(pgUrl)]);
else console.warn('events-by-month on postgres SKIPPED: set MARSAD_TEST_DATABASE_URL to run it');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(engines)('migration 0008 (events by month) on %s', (_name, open) => {
  let db: Engine;
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    db = await open();
    await migrate(db, listMigrations().filter((m) => m.version < PARTITIONED));
    await db.exec(SEED);
    before = await snapshot(db);
    await migrate(db);
  }, 120_000);
  afterAll(async () => db?.close());

  it('keeps every event, with its id, columns and cluster, and every cluster', async () => {
    expect(before.events).toHaveLength(8);
    expect(await snapshot(db)).toEqual(before);
  });

  it('files the events by month, undated ones in the default partition', async () => {
    expect(await partitionOf(db, `article_id = 'june'`)).toEqual(Array(3).fill('events_y2025m06'));
    expect(await partitionOf(db, `article_id = 'july'`)).toEqual(Array(3).fill('events_y2025m07'));
    expect(await partitionOf(db, `article_id = 'undated'`)).toEqual(Array(2).fill('events_undated'));
  });

  it('saves events of a new month in a new partition, with ids after every id used before', async () => {
    const store = new SqlStore(db);
    const doc = makeDoc({ id: 'march', lang: 'en', published: '2026-03-04', title: 'March', text: 'Moscow condemned Baku.',
      events: [{ quote: 'Moscow condemned Baku.', trigger: 'condemned', source: 'RUS', target: 'AZE', cameo: '111', goldstein: -2, date: '2026-03-03' }] });
    expect((await store.saveDocs([doc, DOC_A])).map((r) => 'status' in r && r.status)).toEqual(['inserted', 'inserted']);
    expect(await partitionOf(db, `article_id = 'march'`)).toEqual(['events_y2026m03']);
    // DOC_A: two June days, one in July, one undated (the article's publication day, 2025-07-01).
    expect(await partitionOf(db, `article_id = 'en-a'`)).toEqual(['events_y2025m06', 'events_y2025m06', 'events_y2025m07', 'events_y2025m07']);
    expect(await db.query(`SELECT min(id) AS min FROM events WHERE article_id IN ('march', 'en-a')`)).toEqual([{ min: 10 }]);
    const page = await store.events({ from: '2026-03', to: '2026-03' });
    expect(page.items.map((e) => e.article_id)).toEqual(['march']);
  });

  it('moves rows written by plain SQL before their month had a partition into it, ids and clusters kept', async () => {
    await db.exec(`INSERT INTO event_clusters (id, event_id, num_mentions, num_sources, num_articles) VALUES (500, 500, 1, 1, 1);
      INSERT INTO events (id, article_id, ordinal, source, target, cameo, root, quad_class, goldstein, event_day, negated, trigger,
        trigger_start, trigger_end, quote, quote_start, quote_end, sentence, confidence, rule, cluster_id, cluster_rep) OVERRIDING SYSTEM VALUE
      VALUES (500, 'june', 9, 'GEO', 'ARM', '040', '04', 1, 1, DATE '2027-01-15', false, 'x', 0, 1, 'x', 0, 1, 0, 0.5, 'sql', 500, true)`);
    expect(await partitionOf(db, 'id = 500')).toEqual(['events_undated']);
    await db.query(`SELECT events_add_months(ARRAY[DATE '2027-01-31'])`);
    expect(await partitionOf(db, 'id = 500')).toEqual(['events_y2027m01']);
    expect(await db.query('SELECT cluster_id, cluster_rep FROM events WHERE id = 500')).toEqual([{ cluster_id: 500, cluster_rep: true }]);
    expect(await db.query('SELECT event_id FROM event_clusters WHERE id = 500')).toEqual([{ event_id: 500 }]);
    expect(await partitionOf(db, `article_id = 'undated'`)).toEqual(Array(2).fill('events_undated'));
  });

  it('drops a cluster with its representative event, as the foreign key did before', async () => {
    await db.exec(`DELETE FROM articles WHERE id = 'june'`);
    expect(await db.query('SELECT id FROM event_clusters WHERE id IN (1, 500) ORDER BY id')).toEqual([]);
    // The other member (event 1, of 'july') loses its cluster through events_cluster_fk's SET NULL.
    expect(await db.query('SELECT cluster_id FROM events WHERE id = 1')).toEqual([{ cluster_id: null }]);
  });
});

describe.skipIf(!pgUrl)('making a month on postgres', () => {
  it('lets two writers make the same month at once, the second finding the first one\'s partition', async () => {
    const a = await freshPostgres(pgUrl!);
    await migrate(a);
    const u = new URL(pgUrl!);
    u.pathname = `/marsad_by_month_${process.pid}`;
    const other = await openPostgresEngine(u.toString());
    try {
      const month = [new Date('2031-05-10')];
      let second: Promise<unknown> | undefined;
      // The first writer makes the month inside a transaction and commits only once the second waits for it.
      await a.transaction(async (tx) => {
        await tx.query('SELECT events_add_months($1::date[])', [month]);
        second = other.query('SELECT events_add_months($1::date[])', [month]);
        for (let waited = 0; ; waited += 50) {
          const [w] = await a.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
          if (w!.n > 0) break;
          if (waited > 30_000) throw new Error('the second writer never waited for the first');
          await new Promise((r) => setTimeout(r, 50));
        }
      });
      await expect(second).resolves.toBeDefined();
      expect(await a.query(`SELECT count(*)::int AS n FROM pg_class WHERE relname = 'events_y2031m05'`)).toEqual([{ n: 1 }]);
    } finally {
      await other.close();
      await a.close();
    }
  }, 120_000);
});
