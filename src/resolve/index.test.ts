import { describe, expect, it } from 'vitest';
import { resolveEvents } from './index.ts';
import type { CodedEvent, DateMention, Doc } from '../doc.ts';

const TEXT = 'في 3 آذار/مارس 2024 وقعت الاشتباكات. ثم داهمت الشرطة المقر. وفي 5 أيار/مايو اعتقلت الشرطة ناشطين.';
const sentenceSpans = TEXT.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((acc, part) => {
  const start = acc.length ? acc.at(-1)!.end + 1 : 0;
  return [...acc, { start, end: start + part.length }];
}, []);

function event(sentence: number, trigger: string, extra: Partial<CodedEvent> = {}): CodedEvent {
  const s = sentenceSpans[sentence]!;
  const t = TEXT.indexOf(trigger, s.start);
  return {
    source: 'RUS', source_sector: 'COP', target: 'AZE', target_sector: 'CVL', cameo: '173', root: '17', quad_class: 4, goldstein: -5,
    date: null, date_granularity: null, negated: false, trigger, trigger_start: t, trigger_end: t + trigger.length,
    quote: TEXT.slice(s.start, s.end), quote_start: s.start, quote_end: s.end, sentence, location: null, confidence: 0.8, rule: 't', ...extra,
  };
}

const date = (text: string, value: string, granularity: DateMention['granularity'] = 'day'): DateMention => {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, text, value, granularity, relative: false };
};

function doc(events: CodedEvent[], published: string | null = '2024-05-20'): Doc {
  return {
    article: { id: 't', text: TEXT, lang: 'ar', published },
    text: TEXT,
    sentences: sentenceSpans.map((s, index) => ({ ...s, index, tokenStart: 0, tokenEnd: 0 })),
    dates: [date('3 آذار/مارس 2024', '2024-03-03'), date('5 أيار/مايو', '2024-05-05')],
    events,
  };
}

describe('resolveEvents dates', () => {
  it('takes the date expression in the event’s own sentence', () => {
    expect(resolveEvents(doc([event(2, 'اعتقلت')])).events![0]).toMatchObject({ date: '2024-05-05', date_granularity: 'day' });
  });

  it('falls back to the nearest dated context earlier in the article', () => {
    expect(resolveEvents(doc([event(1, 'داهمت')])).events![0]!.date).toBe('2024-03-03');
  });

  it('falls back to the publication date, and to null without one', () => {
    const bare = { ...doc([event(0, 'وقعت')]), dates: [] };
    expect(resolveEvents(bare).events![0]).toMatchObject({ date: '2024-05-20', date_granularity: 'day' });
    expect(resolveEvents({ ...bare, article: { ...bare.article, published: null } }).events![0]!.date).toBeNull();
  });
});

describe('resolveEvents dedup', () => {
  it('keeps one event per (sentence, source, target, code)', () => {
    const out = resolveEvents(doc([event(1, 'داهمت'), event(1, 'داهمت', { rule: 'other' }), event(1, 'داهمت', { target: 'GEO' })]));
    expect(out.events!.map((e) => e.target)).toEqual(['AZE', 'GEO']);
  });
});

describe('resolveEvents: dates long past and dates of other clauses', () => {
  const text = 'وقّع البلدان معاهدة عام 1990. واستدعت الحكومة السفير. ورفضت الهند القرار الذي اتخذته باكستان عام 1995.';
  const spans = text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((acc, part) => {
    const start = acc.length ? acc.at(-1)!.end + 1 : 0;
    return [...acc, { start, end: start + part.length }];
  }, []);
  const ev = (sentence: number, trigger: string): CodedEvent => {
    const s = spans[sentence]!;
    const t = text.indexOf(trigger, s.start);
    return { ...event(0, 'وقعت'), sentence, trigger, trigger_start: t, trigger_end: t + trigger.length, quote: text.slice(s.start, s.end), quote_start: s.start, quote_end: s.end };
  };
  const at = (w: string, value: string): DateMention => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, value, granularity: 'year', relative: false });
  const d = (events: CodedEvent[]): Doc => ({
    article: { id: 't', text, lang: 'ar', published: '2025-03-01' }, text,
    sentences: spans.map((s, index) => ({ ...s, index, tokenStart: 0, tokenEnd: 0 })),
    dates: [at('عام 1990', '1990'), at('عام 1995', '1995')], events,
  });

  it('a recalled event keeps its own year', () => {
    expect(resolveEvents(d([ev(0, 'وقّع')])).events![0]!.date).toBe('1990');
  });

  it('a year long past in an earlier sentence does not carry over to current news', () => {
    expect(resolveEvents(d([ev(0, 'وقّع'), ev(1, 'استدعت')])).events![1]).toMatchObject({ date: '2025-03-01', date_granularity: 'day' });
  });

  it('a year long past inside a relative clause after the trigger is not the event date', () => {
    expect(resolveEvents(d([ev(2, 'رفضت')])).events![0]!.date).toBe('2025-03-01');
  });
});

describe('resolveEvents: no event after its news, statements on the day they are made', () => {
  // [name, text, publication, the event's trigger and CAMEO code, the date expressions with their values, expected date]
  const cases: [string, string, string, [string, string], [string, string][], string][] = [
    ['a clause dated only after publication is an intention: publication date', 'ستطرد الحكومة السفير في 10 نوفمبر.', '2025-11-05', ['ستطرد', '161'], [['10 نوفمبر', '2025-11-10']], '2025-11-05'],
    ['a later date does not carry over to the next sentence', 'ستطرد الحكومة السفير في 10 نوفمبر. واعتقلت الشرطة ناشطين.', '2025-11-05', ['اعتقلت', '173'], [['10 نوفمبر', '2025-11-10']], '2025-11-05'],
    ['a statement is not dated by what it reports', 'قال الوزير إن الاشتباكات وقعت في 3 مارس.', '2025-03-10', ['قال', '010'], [['3 مارس', '2025-03-03']], '2025-03-10'],
    ['the reported act itself keeps that date', 'قال الوزير إن الاشتباكات وقعت في 3 مارس.', '2025-03-10', ['وقعت', '190'], [['3 مارس', '2025-03-03']], '2025-03-03'],
    ['a statement before its report keeps its own day', 'قال الوزير في 8 مارس إن الاشتباكات وقعت في 3 مارس.', '2025-03-10', ['قال', '010'], [['8 مارس', '2025-03-08'], ['3 مارس', '2025-03-03']], '2025-03-08'],
    ['a condemnation of a treaty of 1960 is dated when it is made', 'Russia condemned the 1960 treaty.', '2025-03-10', ['condemned', '111'], [['1960', '1960']], '2025-03-10'],
    ['a signing in 1960 keeps its year', 'The two states signed a treaty in 1960.', '2025-03-10', ['signed', '057'], [['1960', '1960']], '1960'],
  ];
  it.each(cases)('%s', (_name, text, published, [trigger, cameo], mentions, expected) => {
    const spans = text.split(/(?<=\.) /).reduce<{ start: number; end: number }[]>((acc, part) => {
      const start = acc.length ? acc.at(-1)!.end + 1 : 0;
      return [...acc, { start, end: start + part.length }];
    }, []);
    const t = text.indexOf(trigger);
    const sentence = spans.findIndex((s) => t >= s.start && t < s.end);
    const s = spans[sentence]!;
    const e: CodedEvent = {
      ...event(0, 'وقعت'), cameo, root: cameo.slice(0, 2), sentence, trigger, trigger_start: t, trigger_end: t + trigger.length,
      quote: text.slice(s.start, s.end), quote_start: s.start, quote_end: s.end,
    };
    const dates = mentions.map(([w, value]): DateMention => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, value, granularity: value.length === 4 ? 'year' : 'day', relative: false }));
    const out = resolveEvents({ article: { id: 't', text, lang: 'ar', published }, text, sentences: spans.map((x, index) => ({ ...x, index, tokenStart: 0, tokenEnd: 0 })), dates, events: [e] });
    expect(out.events![0]!.date).toBe(expected);
  });
});
