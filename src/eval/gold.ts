// Reads gold annotation files (FORMAT.md) from a folder tree, validating every field with zod. A file may
// also be stand-off (standoff.ts): it names a corpus article instead of holding its text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SECTORS } from '../doc.ts';
import { InputError } from '../errors.ts';
import { isCameoCode } from '../ontology/index.ts';
import { isStandoff, joinStandoff } from './standoff.ts';

const sector = z.enum(SECTORS).nullable().default(null);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

const goldEvent = z.object({
  source: z.string().min(1).nullable(),
  source_sector: sector,
  target: z.string().min(1).nullable(),
  target_sector: sector,
  cameo: z.string().refine(isCameoCode, { message: 'not a CAMEO code (2–4 digits listed in the codebook)' }),
  date: z.string().nullable().default(null),
  negated: z.boolean().default(false),
  trigger: z.string().default(''),
  quote: z.string().min(1),
});

const goldArticle = z
  .object({
    id: z.string().min(1),
    url: z.string().nullable().optional(),
    lang: z.enum(['ar', 'en']),
    outlet: z.string().nullable().default(null),
    published: z.string().regex(isoDay, 'expected YYYY-MM-DD').nullable().default(null),
    title: z.string().nullable().default(null),
    text: z.string().min(1),
    events: z.array(goldEvent),
    actors: z.array(z.object({ text: z.string().min(1), code: z.string().min(1), sector })),
    dates: z.array(z.object({ text: z.string().min(1), value: z.string().nullable() })),
    quantities: z.array(
      z.object({
        text: z.string().min(1),
        value: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a number').transform(Number)]),
        unit: z.string().nullable().default(null),
      }),
    ),
  })
  .superRefine((a, ctx) => {
    a.events.forEach((e, i) => {
      if (!a.text.includes(e.quote)) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'quote'], message: 'quote is not a substring of text' });
      }
    });
  });

export type GoldArticle = z.output<typeof goldArticle>;
export type GoldEvent = GoldArticle['events'][number];

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';

/**
 * Validate one parsed gold file; `file` names it in errors.
 * @example parseGoldArticle(JSON.parse(readFileSync(f, 'utf8')), f)
 */
export function parseGoldArticle(json: unknown, file: string): GoldArticle {
  const result = goldArticle.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new InputError(file, issue.message, fieldPath(issue.path));
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
}

/**
 * Every gold article under `dir` (recursively), in path order.
 * @example loadGold('../shared/eval/dev').length // 17
 */
export function loadGold(dir: string): GoldArticle[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new InputError(dir, 'no such directory');
  }
  if (!isDir) throw new InputError(dir, 'is not a directory');
  const files = jsonFiles(dir);
  if (files.length === 0) throw new InputError(dir, 'holds no .json gold files');
  const articles = files.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new InputError(file, `is not valid JSON: ${(err as Error).message}`, undefined, { cause: err });
    }
    return parseGoldArticle(isStandoff(json) ? joinStandoff(json as Parameters<typeof joinStandoff>[0], file) : json, file);
  });
  const seen = new Map<string, string>();
  files.forEach((file, i) => {
    const earlier = seen.get(articles[i].id);
    if (earlier) throw new InputError(file, `id "${articles[i].id}" is also used by ${earlier}`, 'id');
    seen.set(articles[i].id, file);
  });
  return articles;
}
