// No event after its news: over the examples, the real-news gold and sentences written for this test, every
// event is dated on or before its article's publication, and a statement takes the day it was made.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Lang } from '../../src/doc.ts';
import { createPipeline, type Pipeline } from '../../src/pipeline/index.ts';
import { loadGold } from '../../src/eval/gold.ts';
import { readArticleFile } from '../../src/ingest/text-file.ts';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await createPipeline();
});

/** The first day a date value covers: day, month, ISO week, season or year (a decade's first year). */
function firstDay(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return `${value.slice(0, 4).replace(/X/g, '0')}-01-01`;
}

/** Each event dated after its article's publication, as "id: date > published" (empty when none). */
function datedAfterPublication(articles: readonly Article[]): string[] {
  return articles.flatMap((a) =>
    (pipeline.code(a).events ?? [])
      .filter((e) => e.date && a.published && firstDay(e.date) > a.published)
      .map((e) => `${a.id}: ${e.date} > ${a.published}`),
  );
}

describe('no event is dated after its article was published', () => {
  it('in the examples', () => {
    const articles = readdirSync('examples')
      .filter((f) => /\.(txt|json)$/.test(f))
      .flatMap((f) => readArticleFile(join('examples', f)));
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(datedAfterPublication(articles)).toEqual([]);
  });

  // Only the date property is read: the gold texts belong to the corpus and are not printed here.
  it.each(['dev', 'test'])('in the real-news gold (%s)', (part) => {
    const gold = loadGold(join('test/gold-news', part));
    const articles = gold.map((g) => ({ id: g.id, lang: g.lang, published: g.published, title: g.title, text: g.text }));
    expect(articles.filter((a) => a.published).length).toBeGreaterThan(20);
    expect(datedAfterPublication(articles)).toEqual([]);
  });
});

describe('event dates of sentences written for this test', () => {
  // [name, language, publication, text, CAMEO code of the event, its expected date]
  const cases: [string, Lang, string, string, string, string][] = [
    ['a designated day to come is not the decree’s date', 'en', '2024-12-25', 'Aliyev signed a decree declaring December 26 a day of national mourning.', '017', '2024-12-25'],
    ['a statement about a 1960 treaty is dated when it is made', 'en', '2025-11-05', 'Russia condemned the 1960 treaty with Azerbaijan.', '111', '2025-11-05'],
    ['a rejection of a 1960 treaty is dated when it is made', 'en', '2025-11-05', 'Moscow rejected the 1960 treaty with Baku.', '120', '2025-11-05'],
    ['Arabic: a condemnation of a 1960 treaty is dated when it is made', 'ar', '2025-11-05', 'أدانت روسيا معاهدة عام 1960 مع أذربيجان.', '111', '2025-11-05'],
    ['Arabic: a rejection of a 1960 treaty is dated when it is made', 'ar', '2025-11-05', 'رفضت روسيا معاهدة عام 1960 مع أذربيجان.', '120', '2025-11-05'],
    ['a statement takes its own day, not the year it mentions', 'en', '2025-11-05', 'Russia condemned on Monday the 1960 treaty with Azerbaijan.', '111', '2025-11-03'],
    ['Arabic: "after seven months" in a past clause is the time of writing', 'ar', '2025-07-19', 'وقال علييف إن باكو لم تتلق من موسكو أي رد جدي بعد سبعة أشهر.', '010', '2025-07-19'],
    ['an intention for next week keeps the publication date', 'en', '2025-11-05', 'Azerbaijan will summon the Russian ambassador next week.', '114', '2025-11-05'],
    ['an intention for a named day keeps the publication date', 'en', '2025-11-05', 'Azerbaijan will expel Russian diplomats on November 10.', '161', '2025-11-05'],
    ['Arabic: an intention for a named day keeps the publication date', 'ar', '2025-11-05', 'ستطرد أذربيجان الدبلوماسيين الروس في 10 نوفمبر.', '161', '2025-11-05'],
    ['a threat lasting until a day to come is dated when it is made', 'en', '2025-11-05', 'Russia threatened Azerbaijan with sanctions until November 10.', '1312', '2025-11-05'],
    ['a recalled signing keeps its own year', 'en', '2025-11-05', 'Azerbaijan and Russia signed a treaty in 1960.', '057', '1960'],
    ['Arabic: a recalled signing keeps its own year', 'ar', '2025-11-05', 'وقعت أذربيجان وروسيا معاهدة عام 1960.', '057', '1960'],
    ['a week after an earlier date, before publication, is that day', 'en', '2025-06-19', 'Russian police raided the office of an Azerbaijani news agency on June 2. A week later, Azerbaijan summoned the Russian ambassador.', '114', '2025-06-09'],
    ['a week after an earlier date, past publication, stops at publication', 'en', '2025-06-19', 'Russian police raided the office of an Azerbaijani news agency on June 15. A week later, Azerbaijan summoned the Russian ambassador.', '114', '2025-06-19'],
  ];
  it.each(cases)('%s', (_name, lang, published, text, cameo, date) => {
    const events = pipeline.code({ id: 't', lang, published, text }).events ?? [];
    expect(events.filter((e) => e.cameo === cameo).map((e) => e.date)).toContain(date);
    expect(events.filter((e) => e.cameo === cameo).every((e) => e.date === date)).toBe(true);
  });
});
