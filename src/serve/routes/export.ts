// Export route: every matching event streamed as GDELT rows, JSON Lines or PLOVER records.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { exportEvents } from '../../export/index.ts';
import type { Store } from '../../store/store.ts';
import { exportQuery, parseParams } from '../params.ts';

const TYPES = {
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', ext: 'tsv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  plover: { type: 'application/x-ndjson; charset=utf-8', ext: 'plover.jsonl' },
} as const;

export function exportRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/export', async (request, reply) => {
    const q = parseParams(exportQuery, request.query);
    const filter = { actor: q.actor, dyad: q.dyad, cameo: q.cameo, root: q.root, lang: q.lang, from: q.from, to: q.to };
    const out = new PassThrough();
    exportEvents(store, q.format, filter, out, { header: q.header, unit: q.unit }).then(
      () => out.end(),
      (err: unknown) => {
        request.log.error({ err }, 'export failed');
        out.destroy(err as Error);
      },
    );
    const { type, ext } = TYPES[q.format];
    return reply.type(type).header('content-disposition', `attachment; filename="marsad-events.${ext}"`).send(out);
  });
}
