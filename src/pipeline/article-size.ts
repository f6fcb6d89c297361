// The size limit on one article: what every way into the coder checks first (kept apart so the CLI reads it
// without loading the coder).
import type { Article } from '../doc.ts';
import { InputError } from '../errors.ts';

/**
 * The largest article coded by default, in bytes of UTF-8 text. The longest of the 3,890 real articles in
 * ../shared/corpora is 14 KB; coding is linear in length (about 3 s a MB on one core, `npm run bench`),
 * so 5 MB is far beyond any news article and still codes in under a minute on a busy machine.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 5_000_000;

/**
 * A size limit as given by the user (the --max-article-bytes flag, or MARSAD_MAX_ARTICLE_BYTES, which the flag
 * sets so that ingest's worker threads and the server's coder apply it too); the default when unset.
 * @example articleSizeLimit('1000000', '--max-article-bytes') // 1000000
 */
export function articleSizeLimit(value = process.env.MARSAD_MAX_ARTICLE_BYTES, input = 'MARSAD_MAX_ARTICLE_BYTES'): number {
  if (value === undefined || value === '') return DEFAULT_MAX_ARTICLE_BYTES;
  if (!/^[1-9]\d*$/.test(value.trim())) throw new InputError(input, `expected a whole number of bytes, got "${value}"`);
  return Number(value.trim());
}

/**
 * Refuse an article longer than `maxBytes`, naming it and its size. Every way in (`marsad code`, `marsad ingest`
 * and its workers, the API's POST) codes through `Pipeline.code`, which makes this check first.
 * @example checkArticleSize({ id: 'a1', text: 'x'.repeat(10) }, 5) // throws InputError "a1: is 10 bytes of text, …"
 */
export function checkArticleSize(article: Article, maxBytes: number): void {
  // Characters bound the bytes (1 to 3 each, 4 per surrogate pair): most texts are decided without counting.
  if (article.text.length * 3 <= maxBytes) return;
  const bytes = Buffer.byteLength(article.text, 'utf8');
  if (bytes > maxBytes) {
    throw new InputError(article.id || 'article', `is ${bytes} bytes of text, over the limit of ${maxBytes} (raise it with --max-article-bytes)`);
  }
}
