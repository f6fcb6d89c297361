// Event routes: filtered, sorted, paged events, or their deduplicated clusters.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.ts';
import type { Answers } from '../answers.ts';
import { eventFilter, eventsQuery, parseParams } from '../params.ts';

export function eventRoutes(app: FastifyInstance, store: Store, answers: Answers): void {
  app.get('/api/events', answers.kept(async (request) => {
    const q = parseParams(eventsQuery, request.query);
    const filter = eventFilter(q);
    const page = q.clusters ? await store.clusters(filter) : await store.events(filter);
    return { total: page.total, totalExact: page.totalExact, limit: q.limit, offset: q.offset, clusters: q.clusters, nextCursor: page.nextCursor, items: page.items };
  }));
}
