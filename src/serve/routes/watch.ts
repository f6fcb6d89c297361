// Watch routes: the feeds `marsad watch` polls and the alerts it raised, as the store keeps them.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.ts';
import { feedsQuery, parseParams, raisedAlertsQuery } from '../params.ts';

export function watchRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/feeds', async (request) => {
    parseParams(feedsQuery, request.query);
    return { items: await store.feeds() };
  });

  app.get('/api/alerts/raised', async (request) => {
    const q = parseParams(raisedAlertsQuery, request.query);
    return { items: await store.raisedAlerts({ limit: q.limit }) };
  });
}
