// Text search over articles: the folded form an article is searched in, a query's words with their
// English stems, and filling that form in for articles stored before it existed.
import { InputError } from '../errors.ts';
import { normalizeKey } from '../normalize/index.ts';
import { lemmatizeEnglish } from '../segment/english.ts';
import type { Queryable } from './engine.ts';

/**
 * The article as search sees it: title and text folded as the pipeline folds text for matching (alef and
 * hamza forms, ta marbuta, ya and alef maqsura, diacritics, tatweel, Arabic digits, case), spaces collapsed.
 * It is stored with the article: after a change to the folding rules, `marsad recode` (which saves every
 * article again) brings stored articles in line with how queries are folded.
 * @example searchText('أذربيجان', 'الطائرة سقطت') === 'اذربيجان الطايره سقطت'
 */
export function searchText(title: string | null | undefined, text: string): string {
  return normalizeKey(`${title ?? ''}\n${text}`);
}

const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * Substrings standing for an English word and its inflections: its lemmas cut before a final e or y
 * (seiz- finds seized and seizes, polici- finds policies), kept only when they share the word's first three
 * letters (so "went" does not search for "go" inside "government"); a form that holds another is dropped.
 */
function englishForms(word: string): string[] {
  const forms = new Set<string>([word]);
  for (const lemma of lemmatizeEnglish(word)) {
    if (lemma !== word && lemma.slice(0, 3) !== word.slice(0, 3)) continue;
    if (lemma.length > 3 && lemma.endsWith('y')) forms.add(lemma).add(`${lemma.slice(0, -1)}i`);
    else if (lemma.length > 3 && lemma.endsWith('e')) forms.add(lemma.slice(0, -1));
    else forms.add(lemma);
  }
  return [...forms].filter((f) => ![...forms].some((g) => g !== f && f.includes(g)));
}

/**
 * A query as the words an article must all contain, each word as the substrings any one of which will do:
 * folded like searchText, English words widened to their inflections.
 * @example searchTerms('Sanctions الطائرة') // [['sanction'], ['الطايره']]
 */
export function searchTerms(query: string): string[][] {
  const words = normalizeKey(query).split(' ').map((w) => w.replace(EDGE_PUNCTUATION, '')).filter(Boolean);
  if (words.length === 0) throw new InputError('filter.text', `expected words to search for, found ${JSON.stringify(query)}`);
  return [...new Set(words)].map((w) => (/^[a-z][a-z'-]*$/.test(w) ? englishForms(w) : [w]));
}

/** Articles per UPDATE while filling. */
const FILL_BATCH = 200;

/**
 * Fill the search text of articles stored before migration 0004 added it (a no-op once done).
 * @example await fillSearchText(engine)
 */
export async function fillSearchText(db: Queryable): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.query<{ id: string; title: string | null; text: string }>(
      `SELECT id, title, text FROM articles WHERE search IS NULL LIMIT ${FILL_BATCH}`,
    );
    if (rows.length === 0) return filled;
    await db.query(`UPDATE articles a SET search = v.search FROM unnest($1::text[], $2::text[]) AS v(id, search) WHERE a.id = v.id`, [
      rows.map((r) => r.id), rows.map((r) => searchText(r.title, r.text)),
    ]);
    filled += rows.length;
  }
}
