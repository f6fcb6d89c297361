// Analysis routes: dyad series with tension, alerts, tit-for-tat chains, the actor network, and the overview.
import type { FastifyInstance } from 'fastify';
import { chains, daysBefore, network } from '../../analyze/from-store.ts';
import { adversaries, partners } from '../../analyze/network.ts';
import type { Store } from '../../store/store.ts';
import { alertsQuery, chainsQuery, dyadPath, networkQuery, overviewQuery, parseParams, seriesQuery } from '../params.ts';
import type { ResultCache } from '../cache.ts';
import type { Answers } from '../answers.ts';
import type { AnalysisViews } from '../views.ts';

export function analysisRoutes(app: FastifyInstance, store: Store, cache: ResultCache, views: AnalysisViews, answers: Answers): void {
  app.get('/api/dyads/:a/:b/series', answers.kept(async (request) => {
    const { a, b } = parseParams(dyadPath, request.params);
    const q = parseParams(seriesQuery, request.query);
    const points = await views.series(a, b, { by: q.by, directed: q.directed, from: q.from, to: q.to });
    return { a, b, by: q.by, points };
  }));

  app.get('/api/alerts', answers.kept(async (request) => {
    const q = parseParams(alertsQuery, request.query);
    const { present, items: all } = await views.alerts({ by: q.by, minDyadEvents: q.minEvents, threshold: q.threshold });
    const items = all
      .filter((x) => !q.dyad || (x.dyad.includes(q.dyad[0]) && x.dyad.includes(q.dyad[1])))
      .filter((x) => (!q.from || x.end >= q.from) && (!q.to || x.start <= q.to))
      .filter((x) => q.open === undefined || x.open === q.open)
      .slice(0, q.limit);
    return { present, total: items.length, items };
  }));

  app.get('/api/chains', async (request) => {
    const q = parseParams(chainsQuery, request.query);
    const key = `chains:${q.dyad.join()}:${q.from ?? ''}:${q.to ?? ''}:${q.window}`;
    const found = await cache.get(key, () => chains(store, { dyad: q.dyad, from: q.from, to: q.to, windowDays: q.window }));
    return { items: found.chains, reciprocity: found.reciprocity };
  });

  app.get('/api/network', async (request) => {
    const q = parseParams(networkQuery, request.query);
    const graph = await cache.get(`network:${q.from ?? ''}:${q.to ?? ''}`, () => network(store, { from: q.from, to: q.to }));
    if (!q.actor) return graph;
    const actor = q.actor;
    const edges = graph.edges.filter((e) => e.a === actor || e.b === actor);
    const keep = new Set(edges.flatMap((e) => [e.a, e.b]).concat(actor));
    return {
      nodes: graph.nodes.filter((n) => keep.has(n.actor)),
      edges,
      actor: { code: actor, partners: partners(graph, actor, 10), adversaries: adversaries(graph, actor, 10) },
    };
  });

  app.get('/api/overview', answers.kept(async (request) => {
    const q = parseParams(overviewQuery, request.query);
    // Counting distinct actors reads every mention: counts are kept once per store version, as this answer is.
    const version = await store.version();
    const [counts, latest] = await Promise.all([cache.get(`counts@${version}`, () => store.counts()), store.events({ sort: '-date', limit: q.limit })]);
    const { present, items: all } = await views.alerts();
    const movers = await views.movers(present);
    const since = daysBefore(present, q.days);
    const open = all.filter((x) => x.end >= since);
    return { counts, latest: latest.items, movers: movers.slice(0, q.limit), alerts: open.slice(0, q.limit), present };
  }));
}
