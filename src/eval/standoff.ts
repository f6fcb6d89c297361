// Stand-off gold: annotations of articles that live in a corpus file outside the repository
// (../shared/corpora). A stand-off record names the corpus file and article id and holds the annotations with
// their quotes and character offsets, never the text; loading joins it with the corpus text and checks that
// every quote still sits at its offset.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.ts';

/** One article of a corpus file in Marsad's JSON Lines form. */
export interface CorpusItem {
  id: string;
  lang: 'ar' | 'en';
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
  url?: string | null;
}

/**
 * Where the shared corpora are: $MARSAD_CORPORA, else `../shared/corpora` beside the repository.
 * @example corporaDir() // '/work/shared/corpora'
 */
export function corporaDir(): string {
  if (process.env.MARSAD_CORPORA) return resolve(process.env.MARSAD_CORPORA);
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  return resolve(repo, '../shared/corpora');
}

const corpusCache = new Map<string, Map<string, CorpusItem>>();

/** Every article of one corpus file by id (read once per process). `file` is relative to corporaDir(). */
export function corpusItems(file: string): Map<string, CorpusItem> {
  const path = join(corporaDir(), file);
  let items = corpusCache.get(path);
  if (items) return items;
  if (!existsSync(path)) throw new InputError(path, 'corpus file not found (set MARSAD_CORPORA to the folder that holds it)');
  items = new Map();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let item: CorpusItem;
      try {
        item = JSON.parse(line) as CorpusItem;
      } catch (err) {
        throw new InputError(path, `line ${i + 1} is not valid JSON`, undefined, { cause: err });
      }
      items!.set(item.id, item);
    });
  corpusCache.set(path, items);
  return items;
}

/** A stand-off record is recognised by its `corpus` field. */
export const isStandoff = (json: unknown): json is { corpus: string; id: string } =>
  typeof json === 'object' && json !== null && typeof (json as { corpus?: unknown }).corpus === 'string';

type Anchored = { text?: string; quote?: string; start?: number; quote_start?: number };

const spanText = (a: Anchored): string => (a.quote ?? a.text)!;
const spanKey = (a: Anchored): 'quote_start' | 'start' => (a.quote !== undefined ? 'quote_start' : 'start');

/**
 * Join a stand-off record with its corpus text into a full gold article (FORMAT.md), checking every offset.
 * `file` names the record in errors.
 */
export function joinStandoff(record: { corpus: string; id: string } & Record<string, unknown>, file: string): Record<string, unknown> {
  const item = corpusItems(record.corpus).get(record.id);
  if (!item) throw new InputError(file, `article ${record.id} is not in corpus file ${record.corpus}`, 'id');
  for (const part of ['events', 'actors', 'dates', 'quantities'] as const) {
    const list = (record[part] ?? []) as Anchored[];
    list.forEach((a, i) => {
      const key = spanKey(a);
      const at = a[key];
      const want = spanText(a);
      if (typeof at !== 'number') throw new InputError(file, `no ${key} offset (run scripts/gold-news/anchor.ts)`, `${part}[${i}]`);
      if (item.text.slice(at, at + want.length) !== want) {
        throw new InputError(file, `"${want.slice(0, 40)}" is not at offset ${at} of ${record.id}'s text`, `${part}[${i}].${key}`);
      }
    });
  }
  const { corpus: _corpus, annotator: _annotator, ...rest } = record;
  return {
    ...rest,
    id: item.id,
    lang: item.lang,
    outlet: item.outlet,
    published: item.published,
    title: item.title,
    url: item.url ?? null,
    text: item.text,
  };
}

const isLetter = (ch: string | undefined): boolean => !!ch && /[\p{L}\p{N}]/u.test(ch);

/**
 * Where `want` sits: its first whole-word occurrence at or after `hint`, else anywhere after `hint`, else from
 * the start ("Israel" is not anchored inside "Israeli" when a whole word exists; Arabic clitics still match).
 */
function findAnchor(text: string, want: string, hint: number): number {
  const all: number[] = [];
  for (let at = text.indexOf(want); at >= 0; at = text.indexOf(want, at + 1)) all.push(at);
  const whole = (at: number) => !isLetter(text[at - 1]) && !isLetter(text[at + want.length]);
  return (
    all.find((at) => at >= hint && whole(at)) ?? all.find((at) => at >= hint) ?? all.find(whole) ?? all[0] ?? -1
  );
}

/**
 * Fill (or correct) the offsets of a stand-off record from its quotes: each quote or text at its first
 * whole-word occurrence at or after `hint` (its current offset), else as findAnchor says. Returns the problems found.
 */
export function anchorStandoff(record: Record<string, unknown> & { corpus: string; id: string }): string[] {
  const item = corpusItems(record.corpus).get(record.id);
  if (!item) return [`article ${record.id} is not in ${record.corpus}`];
  const problems: string[] = [];
  for (const part of ['events', 'actors', 'dates', 'quantities'] as const) {
    ((record[part] ?? []) as Anchored[]).forEach((a, i) => {
      const want = spanText(a);
      if (typeof want !== 'string' || !want) return void problems.push(`${part}[${i}]: no ${part === 'events' ? 'quote' : 'text'}`);
      const key = spanKey(a);
      const hint = typeof a[key] === 'number' ? a[key]! : 0;
      const at = findAnchor(item.text, want, hint);
      if (at < 0) return void problems.push(`${part}[${i}]: "${want}" is not in the text`);
      a[key] = at;
      const trig = (a as { trigger?: string }).trigger;
      if (part === 'events' && trig && !want.includes(trig)) problems.push(`events[${i}]: trigger "${trig}" is not in its quote`);
    });
  }
  return problems;
}
