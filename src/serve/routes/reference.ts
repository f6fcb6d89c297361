// Reference routes: the CAMEO ontology with English and Arabic names, and display names of actor codes.
import type { FastifyInstance } from 'fastify';
import { actorNamesFor, ontologyCodes } from '../reference.ts';
import { actorsQuery, ontologyQuery, parseParams } from '../params.ts';

export function referenceRoutes(app: FastifyInstance): void {
  app.get('/api/ontology', async (request, reply) => {
    const q = parseParams(ontologyQuery, request.query);
    const items = ontologyCodes().filter((c) => (q.depth === 'all' || c.code.length <= 3) && (!q.root || c.root === q.root));
    reply.header('cache-control', 'public, max-age=3600');
    return { version: 'CAMEO 1.1b3', total: items.length, items };
  });

  app.get('/api/actors', async (request) => {
    const q = parseParams(actorsQuery, request.query);
    return { items: actorNamesFor(q.codes) };
  });
}
