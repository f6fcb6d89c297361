// Runs the Store contract on PostgreSQL at MARSAD_TEST_DATABASE_URL (.ci/run starts one); skipped when unset.
import { describe, expect, it } from 'vitest';
import { openStore } from '../index.ts';
import { storeContract } from '../store.contract.ts';
import { storePagingContract } from '../store-paging.contract.ts';
import { storeSearchContract } from '../store-search.contract.ts';
import { storeWatchContract } from '../store-watch.contract.ts';
import { openPostgresEngine } from './engine.ts';

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
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/cannot reach PostgreSQL at postgres:\/\/marsad:\*\*\*@127\.0\.0\.1:9\/nowhere/);
    expect((err as Error).message).not.toContain('s3cret');
  });
});
