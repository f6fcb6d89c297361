import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';
import { loadLanguage } from '../../lang/index.ts';

const en = loadLanguage('en').abbreviations;
const ar = loadLanguage('ar').abbreviations;
const split = (text: string, abbr = en) => splitSentences(text, abbr, loadLanguage('en').numberAbbreviations).map((s) => text.slice(s.start, s.end));

describe('splitSentences follows the gold conventions', () => {
  const cases: [string, string, string[]][] = [
    ['ends at a full stop', 'Moscow said no. Baku agreed.', ['Moscow said no.', 'Baku agreed.']],
    ['keeps closing quotes with the sentence', 'He said: "We will respond." Then he left.', ['He said: "We will respond."', 'Then he left.']],
    ['does not end at U.S. or a.m.', 'The U.S. envoy arrived at 9 a.m. on Monday. Talks began.', ['The U.S. envoy arrived at 9 a.m. on Monday.', 'Talks began.']],
    ['does not end at decimals or ellipses', 'Trade fell 3.5 percent... then rose. Done.', ['Trade fell 3.5 percent... then rose.', 'Done.']],
    ['continues after a quoted exclamation followed by a lower-case word', '“We want peace!” he wrote. Next.', ['“We want peace!” he wrote.', 'Next.']],
    ['reads No. as an abbreviation only before a number', 'Resolution No. 2231 stands. He said no. Talks ended.', ['Resolution No. 2231 stands.', 'He said no.', 'Talks ended.']],
    ['ends at a line break', 'First line without stop\nSecond line.', ['First line without stop', 'Second line.']],
    ['makes each bullet line a sentence', 'Demands:\n• An apology.\n• Compensation for the families.', ['Demands:', '• An apology.', '• Compensation for the families.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('ends Arabic sentences at ؟ and . with closing guillemets', () => {
    expect(split('هل ستردّ موسكو؟ قال المتحدث «لن نصمت». وانتهى المؤتمر.', ar)).toEqual([
      'هل ستردّ موسكو؟',
      'قال المتحدث «لن نصمت».',
      'وانتهى المؤتمر.',
    ]);
  });

  it('ends a sentence at a double dot before a space, which Arabic news writes between sentences', () => {
    expect(split('أكد الوزير أن "الحوار مستمر".. وأضاف أن الوفد يعود غدا.. ثم غادر... بهدوء.', ar)).toEqual([
      'أكد الوزير أن "الحوار مستمر"..',
      'وأضاف أن الوفد يعود غدا..',
      'ثم غادر... بهدوء.',
    ]);
  });
});

describe('splitSentences flags heading lines', () => {
  it('flags a short line without final punctuation as a heading', () => {
    const text = 'توتر متصاعد بين البلدين\nأعلنت الوزارة استدعاء السفير.';
    const spans = splitSentences(text, ar);
    expect(spans.map((s) => !!s.heading)).toEqual([true, false]);
  });

  it('does not flag bullet lines, which are list items coded like any sentence', () => {
    const text = 'وطالبت الحكومة بما يلي:\n• اعتذار رسمي.\n• تعويض العائلات\nتوتر متصاعد بين البلدين';
    expect(splitSentences(text, ar).map((s) => !!s.heading)).toEqual([false, false, false, true]);
  });

  it('does not flag a long unpunctuated line or a short sentence inside a paragraph', () => {
    const long = 'وقالت الوزارة في بيان مطول إن الحكومة قررت تعليق جميع الرحلات الجوية مع البلد المجاور حتى إشعار آخر بسبب التوتر';
    const text = `${long}\nجملة قصيرة. وأخرى قصيرة`;
    expect(splitSentences(text, ar).some((s) => s.heading)).toBe(false);
  });
});
