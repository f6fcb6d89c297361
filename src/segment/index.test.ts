import { describe, expect, it } from 'vitest';
import type { Doc, Lang } from '../doc.ts';
import type { Resources } from '../pipeline/resources.ts';
import { loadLanguage } from '../../lang/index.ts';
import { normalizeStage } from '../normalize/index.ts';
import { segment } from './index.ts';

const res = { langs: { ar: loadLanguage('ar'), en: loadLanguage('en') } } as Resources;
const run = (text: string, lang: Lang) => segment(normalizeStage.run({ article: { id: 't', text, lang }, text }, res), res) as Required<Doc>;

describe('segment', () => {
  it('gives English tokens their lower-cased form then lemmas', () => {
    const doc = run('Beijing Sanctioned two firms.', 'en');
    expect(doc.tokens.map((t) => t.forms)).toEqual([['beijing'], ['sanctioned', 'sanction'], ['two'], ['firms', 'firm'], ['.']]);
  });

  it('gives Arabic tokens their clitic-stripped stems and clitics', () => {
    const doc = run('واعتقلت الشرطة بوتين.', 'ar');
    const [verb, police, name] = doc.tokens;
    expect(verb!.forms.slice(0, 2)).toEqual(['واعتقلت', 'اعتقلت']);
    expect(verb!.proclitics).toEqual(['و']);
    expect(police!.forms).toContain('شرطه');
    expect(name!.forms).toEqual(['بوتين']);
  });

  it('keeps token offsets in the original text and flags headings', () => {
    const text = 'أزمة دبلوماسية\nأعلنتْ موسكو الردّ.';
    const doc = run(text, 'ar');
    expect(doc.sentences.map((s) => [text.slice(s.start, s.end), !!s.heading])).toEqual([
      ['أزمة دبلوماسية', true],
      ['أعلنتْ موسكو الردّ.', false],
    ]);
    expect(doc.tokens.map((t) => text.slice(t.start, t.end))).toEqual(doc.tokens.map((t) => t.text));
    expect(doc.tokens[2]!.norm).toBe('اعلنت');
  });
});
