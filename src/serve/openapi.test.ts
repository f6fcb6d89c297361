// A light structural check of the OpenAPI document: version, operations with responses, resolvable $refs,
// path parameters declared, and query parameters that match what the server validates.
import { describe, expect, it } from 'vitest';
import { OPENAPI } from './openapi.ts';

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refs(v, found);
    }
  }
  return found;
}

function resolve(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], OPENAPI);
}

const operations = Object.entries(OPENAPI.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op: op! })));

describe('OpenAPI document', () => {
  it('declares OpenAPI 3.1 with a title and version', () => {
    expect(OPENAPI.openapi).toMatch(/^3\.1\.\d+$/);
    expect(OPENAPI.info.title).toBeTruthy();
    expect(OPENAPI.info.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('gives every operation a unique operationId, a summary and at least one 2xx response', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { op } of operations) {
      expect(op.summary).toBeTruthy();
      expect(Object.keys(op.responses).some((code) => /^2\d\d$/.test(code))).toBe(true);
    }
  });

  it('tells clients of every store-backed operation that it may answer 503 while the database is away', () => {
    const backed = operations.filter(({ op }) => !op.tags?.includes('reference'));
    expect(backed.length).toBeGreaterThanOrEqual(10);
    for (const { path, method, op } of backed) expect(op.responses['503'], `${method} ${path}`).toEqual({ $ref: '#/components/responses/Unavailable' });
  });

  it('resolves every $ref inside the document', () => {
    const all = refs(OPENAPI);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((r) => resolve(r) === undefined)).toEqual([]);
  });

  it('declares each {param} of a path as a required path parameter', () => {
    for (const { path, op } of operations) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect(declared).toEqual(inPath);
      for (const p of (op.parameters ?? []).filter((x) => x.in === 'path')) expect(p.required).toBe(true);
    }
  });

  it('documents the query parameters of /api/events with their types', () => {
    const params = OPENAPI.paths['/api/events']!.get!.parameters!;
    const byName = Object.fromEntries(params.map((p) => [p.name, p]));
    for (const name of ['actor', 'dyad', 'cameo', 'quad', 'from', 'to', 'lang', 'q', 'sort', 'limit', 'offset', 'clusters']) {
      expect(byName[name], name).toBeDefined();
      expect(byName[name]!.description, name).toBeTruthy();
    }
    expect(byName.limit!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500 });
    expect(byName.quad!.schema.enum).toEqual(['1', '2', '3', '4']);
  });

  it('marks write operations with bearer security and documents 401 and 403', () => {
    const writes = operations.filter((o) => o.method !== 'get');
    expect(writes.length).toBeGreaterThan(0);
    for (const { op } of writes) {
      expect(op.security).toEqual([{ bearer: [] }]);
      expect(op.responses).toHaveProperty('401');
      expect(op.responses).toHaveProperty('403');
    }
  });
});
