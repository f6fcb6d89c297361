// Bearer-token guard for write endpoints: disabled (403) without a configured token, 401 on a wrong one.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.ts';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/**
 * A preHandler that admits a request only with `Authorization: Bearer <token>`.
 * @example app.post('/api/articles', { preHandler: requireToken(token) }, handler)
 */
export function requireToken(token: string | undefined): (request: FastifyRequest) => Promise<void> {
  const expected = token ? digest(token) : null;
  return async (request) => {
    if (!expected) {
      throw new HttpError(403, 'write endpoints are disabled: start the server with --token or set MARSAD_TOKEN');
    }
    const header = request.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new HttpError(401, 'missing "Authorization: Bearer <token>" header');
    if (!timingSafeEqual(digest(m[1]!), expected)) throw new HttpError(401, 'the bearer token is not valid');
  };
}
