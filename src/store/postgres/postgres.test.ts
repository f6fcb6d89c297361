// Runs the Store contract on PostgreSQL at MARSAD_TEST_DATABASE_URL (.ci/run starts one); skipped when unset.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../index.ts';
import { storeContract } from '../store.contract.ts';
import { storePagingContract } from '../store-paging.contract.ts';
import { storeSearchContract } from '../store-search.contract.ts';
import { storeWatchContract } from '../store-watch.contract.ts';
import { StoreUnavailableError } from '../../errors.ts';
import { connectionFailure, openPostgresEngine } from './engine.ts';

const url = process.env.MARSAD_TEST_DATABASE_URL;

if (url) {
  storeContract('postgres', () => openPostgresEngine(url));
  storePagingContract('postgres', () => openPostgresEngine(url));
  storeSearchContract('postgres', () => openPostgresEngine(url));
  storeWatchContract('postgres', () => openPostgresEngine(url));

  describe('openStore on PostgreSQL', () => {
    it('opens the database named by databaseUrl', async () => {
      const store = await openStore({ databaseUrl: url });
      expect(store.engine).toBe('postgres');
      await store.close();
    });
  });
} else {
  console.warn('postgres store tests SKIPPED: set MARSAD_TEST_DATABASE_URL (as .ci/run does) to run them');
  describe.skip('Store contract on postgres (MARSAD_TEST_DATABASE_URL is not set)', () => {
    it('runs the contract suite', () => {});
  });
}

describe('openStore with an unreachable PostgreSQL', () => {
  it('names the URL without its password', async () => {
    const bad = 'postgres://marsad:s3cret@127.0.0.1:9/nowhere';
    const err = await openStore({ databaseUrl: bad }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/cannot reach PostgreSQL at postgres:\/\/marsad:\*\*\*@127\.0\.0\.1:9\/nowhere/);
    expect((err as Error).message).not.toContain('s3cret');
  });
});

describe('connectionFailure', () => {
  const serverError = (code: string, message: string) => Object.assign(new pg.DatabaseError(message, 0, 'error'), { code });
  const socketError = (code: string, message: string) => Object.assign(new Error(message), { code });
  // What the server or driver says when the database is away (a reason), and errors a retry would meet again (null).
  const cases: [what: string, err: unknown, reason: string | null][] = [
    ['server stopped (fast)', serverError('57P01', 'terminating connection due to administrator command'), 'terminating connection due to administrator command'],
    ['server starting up', serverError('57P03', 'the database system is starting up'), 'the database system is starting up'],
    ['connection failure', serverError('08006', 'connection failure'), 'connection failure'],
    ['connection lost (stop -m immediate)', new Error('Connection terminated unexpectedly'), 'Connection terminated unexpectedly'],
    ['refused', socketError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), 'connect ECONNREFUSED 127.0.0.1:5432'],
    ['refused on every address (no message)', socketError('ECONNREFUSED', ''), 'ECONNREFUSED'],
    ['pool timeout', new Error('timeout exceeded when trying to connect'), 'timeout exceeded when trying to connect'],
    ['unique violation', serverError('23505', 'duplicate key value violates unique constraint'), null],
    ['NUL in text', serverError('22021', 'invalid byte sequence for encoding "UTF8": 0x00'), null],
    ['syntax error', serverError('42601', 'syntax error at or near "SELEC"'), null],
    ['a bug of ours', new TypeError('x is undefined'), null],
  ];
  it.each(cases)('%s', (_what, err, reason) => expect(connectionFailure(err)).toBe(reason));
});
