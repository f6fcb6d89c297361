// The one error handler: maps MarsadError subclasses (and Fastify's own errors) to JSON error bodies.
import type { FastifyError, FastifyInstance } from 'fastify';
import { DataError, InputError, MarsadError, PipelineError, StoreError, StoreUnavailableError } from '../errors.ts';
import { HttpError, ParamError } from './http-error.ts';

/** The body of every error response. */
export interface ErrorBody {
  error: string;
  message: string;
  /** The parameter or input at fault, for 400s. */
  param?: string;
}

/** Seconds a client is told to wait before retrying a 503 (the database being away). */
const RETRY_AFTER_SECONDS = 5;

/** Status and body for an error thrown anywhere below a route. */
export function errorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof ParamError) return { status: 400, body: { error: 'InputError', message: err.message, param: err.param } };
  if (err instanceof InputError) return { status: 400, body: { error: 'InputError', message: err.message, param: err.input } };
  if (err instanceof HttpError) return { status: err.status, body: { error: httpErrorName(err.status), message: err.message } };
  // The database is away: nothing is wrong with the request, and the same request succeeds once it is back.
  if (err instanceof StoreUnavailableError) return { status: 503, body: { error: 'Unavailable', message: err.message } };
  if (err instanceof StoreError) return { status: 500, body: { error: 'StoreError', message: err.message } };
  if (err instanceof DataError || err instanceof PipelineError) return { status: 500, body: { error: err.name, message: err.message } };
  if (err instanceof MarsadError) return { status: 500, body: { error: err.name, message: err.message } };
  const fe = err as Partial<FastifyError>;
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Fastify's own client errors: malformed JSON, body too large, wrong content type.
    return { status: fe.statusCode, body: { error: 'RequestError', message: fe.message ?? 'bad request' } };
  }
  return { status: 500, body: { error: 'InternalError', message: 'internal server error' } };
}

function httpErrorName(status: number): string {
  return { 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 413: 'PayloadTooLarge', 503: 'Unavailable' }[status] ?? 'Error';
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const { status, body } = errorResponse(err);
    if (status >= 500) request.log.error({ err }, 'request failed');
    if (status === 401) reply.header('www-authenticate', 'Bearer realm="marsad"');
    if (status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: 'NotFound', message: `no route for ${request.method} ${request.url.split('?')[0]}` } satisfies ErrorBody);
  });
}
