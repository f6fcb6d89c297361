// Errors the HTTP layer raises itself: a status code plus a message, and a query parameter that fails its check.
import { InputError, MarsadError } from '../errors.ts';

/** A request the server refuses for a reason that is not bad input: missing, forbidden, unavailable. */
export class HttpError extends MarsadError {
  constructor(
    readonly status: 401 | 403 | 404 | 409 | 413 | 503,
    message: string,
  ) {
    super(message);
  }
}

/** A query or path parameter that fails its check; `param` names it in the JSON error. */
export class ParamError extends InputError {
  constructor(
    readonly param: string,
    detail: string,
  ) {
    super(`parameter "${param}"`, detail);
  }
}
