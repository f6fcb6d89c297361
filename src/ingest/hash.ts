// Content identity of an article: sha256 over its normalized title and text.
import { createHash } from 'node:crypto';
import type { Article } from '../doc.ts';

export function contentHash(article: Pick<Article, 'title' | 'text'>): string {
  const body = `${(article.title ?? '').trim()}\n${article.text.replace(/\r\n?/g, '\n').trim()}`;
  return createHash('sha256').update(body.normalize('NFC')).digest('hex');
}
