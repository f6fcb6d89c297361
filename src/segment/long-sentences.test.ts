import { describe, expect, it } from 'vitest';
import { clausePieces, MAX_SENTENCE_CHARS } from './long-sentences.ts';
import { splitSentences } from './sentences.ts';

const pieces = (text: string, max: number) => clausePieces(text, 0, text.length, max).map((p) => text.slice(p.start, p.end));

describe('clausePieces cuts an over-long run at its best clause boundary', () => {
  // [what, text, bound, pieces]
  const cases: [string, string, number, string[]][] = [
    ['keeps a run within the bound whole', 'قال الوزير إن المحادثات مستمرة', 40, ['قال الوزير إن المحادثات مستمرة']],
    ['cuts after an Arabic comma, then at a space', 'قال الوزير في بيان، وأضاف المتحدث أن الوفد وصل', 24, ['قال الوزير في بيان،', 'وأضاف المتحدث أن الوفد', 'وصل']],
    ['cuts after a comma in the second half of the bound, not before it', 'قال الوزير، وأضاف المتحدث أن الوفد وصل', 24, ['قال الوزير، وأضاف', 'المتحدث أن الوفد وصل']],
    ['cuts before a word opening with the conjunction و when no comma is near', 'اجتمع الوفدان اليوم وبحثا الملف النووي', 28, ['اجتمع الوفدان اليوم', 'وبحثا الملف النووي']],
    ['cuts before English "and"', 'the envoys met in Doha and discussed the truce', 30, ['the envoys met in Doha', 'and discussed the truce']],
    ['cuts at a space when the run has no clause mark', 'ظظظظ ظظظظ ظظظظ ظظظظ', 12, ['ظظظظ ظظظظ', 'ظظظظ ظظظظ']],
    ['cuts inside a word only when the run has no space at all', 'ظ'.repeat(25), 10, ['ظ'.repeat(10), 'ظ'.repeat(10), 'ظ'.repeat(5)]],
  ];
  it.each(cases)('%s', (_what, text, max, expected) => {
    expect(pieces(text, max)).toEqual(expected);
  });
});

describe('splitSentences bounds every sentence', () => {
  // A run of real-looking clauses with no sentence punctuation, several times the bound.
  const clause = 'وقال المتحدث باسم الوزارة إن الوفد سيزور العاصمة الأسبوع المقبل، ';
  const cases: [string, string][] = [
    ['a long run with commas', clause.repeat(Math.ceil((5 * MAX_SENTENCE_CHARS) / clause.length))],
    ['a long run without commas', clause.replace('،', '').repeat(Math.ceil((5 * MAX_SENTENCE_CHARS) / clause.length))],
  ];
  it.each(cases)('%s: pieces within the bound that cover the run in order', (_what, text) => {
    const spans = splitSentences(text, new Set());
    expect(spans.length).toBeGreaterThanOrEqual(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // Nothing but white space is lost between pieces, and they never overlap.
    let at = 0;
    for (const s of spans) {
      expect(text.slice(at, s.start).trim()).toBe('');
      at = s.end;
    }
    expect(text.slice(at).trim()).toBe('');
  });
});
