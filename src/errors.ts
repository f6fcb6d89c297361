// Typed errors: one base class, subclasses that name the input and what was expected.

export class MarsadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad user input: a file, a field, a flag. Names the input and, where known, the position. */
export class InputError extends MarsadError {
  constructor(
    readonly input: string,
    readonly detail: string,
    readonly position?: string,
    options?: { cause?: unknown },
  ) {
    super(`${input}${position ? ` (${position})` : ''}: ${detail}`, options);
  }
}

/** A dictionary or language table that fails its checks on load. */
export class DataError extends MarsadError {
  constructor(
    readonly file: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${detail}`, options);
  }
}

/** A pipeline assembled in an order where a stage would read a field no earlier stage fills. */
export class PipelineError extends MarsadError {}

/** A storage failure, with the operation that failed. */
export class StoreError extends MarsadError {
  constructor(
    readonly operation: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`store ${operation}: ${detail}`, options);
  }
}

/**
 * The database cannot be reached: refused, lost mid-operation, shutting down. Nothing about the request is
 * wrong, and the same operation succeeds once the database is back (the server answers 503, ingest stops).
 */
export class StoreUnavailableError extends StoreError {
  constructor(
    operation: string,
    /** The database, without credentials: "PostgreSQL at postgres://me@host:5432/marsad". */
    readonly database: string,
    /** What happened, as the driver or the server said it. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(operation, `cannot reach ${database}: ${reason}`, options);
  }
}
