// Language data: one typed LanguageData per language, loaded from the YAML tables beside this file.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Lang } from '../src/doc.ts';
import type { MorphologyData } from '../src/segment/morphology.ts';
import { normalizeKey } from '../src/normalize/normalize.ts';
import { buildPhraseTable, type PhraseTable } from '../src/segment/phrase-match.ts';
import { DataError } from '../src/errors.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The table files every language folder holds. */
export const TABLE_FILES = ['abbreviations', 'clitics', 'currencies', 'months', 'numbers', 'relative-dates', 'weekdays'] as const;

export interface NumberData {
  cardinals: ReadonlyMap<string, number>;
  teenOnes: ReadonlySet<string>;
  /** Words for "one" before a scale word (a million). */
  indefinite: ReadonlySet<string>;
  scales: ReadonlyMap<string, { value: number; form: 'singular' | 'dual' | 'plural' }>;
  fractions: PhraseTable<number>;
  sizedNouns: ReadonlyMap<string, number>;
  vague: PhraseTable<{ qualifier: string; value: number }>;
  qualifiersBefore: PhraseTable<string>;
  qualifiersAfter: PhraseTable<string>;
  percent: PhraseTable<true>;
  ofTotal: PhraseTable<true>;
  rangeOpen: ReadonlySet<string>;
  rangeJoin: ReadonlySet<string>;
  /** Dual surface form (طفلين) → singular noun (طفل). */
  dualNouns: ReadonlyMap<string, string>;
  labelWords: ReadonlySet<string>;
  namesWithNumbers: PhraseTable<true>;
  clockWords: ReadonlySet<string>;
  unitStopwords: ReadonlySet<string>;
  /** English counted noun phrase: words ending it, plurals without an -s, words joining a rate (per). */
  npBreaks: ReadonlySet<string>;
  pluralHeads: ReadonlySet<string>;
  perWords: ReadonlySet<string>;
  /** "the two countries": leads and heads of a pair named before, which is not a count. */
  dyadLeads: ReadonlySet<string>;
  dyadNouns: ReadonlySet<string>;
  notCountedAfterOne: ReadonlySet<string>;
  /** Words for one after their noun (صوت واحد) and the nouns that make an idiom with them (في آن واحد). */
  oneAfterNoun: ReadonlySet<string>;
  notCountedBeforeOne: ReadonlySet<string>;
  /** Nouns after which a definite number word is an ordinal (القرن العشرين). */
  ordinalHeads: ReadonlySet<string>;
}

export interface CurrencyEntry {
  code: string;
  /** Nationality adjective after the currency word → code (ليرة سورية → SYP). */
  byAdjective: ReadonlyMap<string, string>;
}

export interface CurrencyData {
  words: PhraseTable<CurrencyEntry>;
  symbols: ReadonlyMap<string, string>;
}

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export interface CalendarData {
  months: PhraseTable<{ month: number; calendar: 'gregorian' | 'hijri' }>;
  hijriYearMarks: ReadonlySet<string>;
  gregorianYearMarks: ReadonlySet<string>;
  /** Ordinal day words (الثاني، first) and the words joining them to a month (من، of). */
  ordinalDays: PhraseTable<number>;
  ordinalLinks: ReadonlySet<string>;
  weekdays: PhraseTable<number>;
  dayWords: ReadonlySet<string>;
  /** Day words with their offset from the publication date (اليوم 0, أمس -1). */
  days: PhraseTable<number>;
  units: PhraseTable<CalendarUnit>;
  seasons: PhraseTable<Season>;
  modifiersBefore: PhraseTable<number>;
  modifiersAfter: PhraseTable<number>;
  dayParts: PhraseTable<true>;
  edges: PhraseTable<true>;
  /** Earlier/later within a period (earlier this week): lead only week, month, season or year expressions. */
  periodEdges: PhraseTable<true>;
  agoBefore: PhraseTable<true>;
  agoAfter: PhraseTable<true>;
  durationUnits: PhraseTable<CalendarUnit>;
  yearCues: ReadonlySet<string>;
  /** Decade words → decade digit of the century (تسعينيات → 9). */
  decades: PhraseTable<number>;
  centuries: PhraseTable<'past' | 'current'>;
  dateLinks: ReadonlySet<string>;
  /** Words between a season and its year (the spring of 2022). */
  seasonLinks: ReadonlySet<string>;
  /** Cues before a bare weekday in its clause that make it the coming one (will, سوف, المقرر). */
  forwardCues: PhraseTable<true>;
  /** Verbs right before a weekday that fix the day (declared Wednesday a day of mourning): the coming one. */
  designatingVerbs: ReadonlySet<string>;
  /** Whether a future prefix on the verb (Arabic س + imperfect) is a forward cue; `notFuture` lists look-alikes. */
  futurePrefix: boolean;
  notFuture: ReadonlySet<string>;
  /** Words that end the backward look for a forward cue. */
  clauseBreaks: ReadonlySet<string>;
  /** Dates counted from the last day-level date before them: fixed day offsets, sign words before or after a duration. */
  anchored: { days: PhraseTable<number>; before: PhraseTable<number>; after: PhraseTable<number>; eventLinks: PhraseTable<true> };
  /** Words before a calendar date that belong to its span (on). */
  dateLeads: ReadonlySet<string>;
}

export interface LanguageData {
  lang: Lang;
  abbreviations: ReadonlySet<string>;
  /** Abbreviations only before a number (No. 5). */
  numberAbbreviations: ReadonlySet<string>;
  morphology: MorphologyData;
  numbers: NumberData;
  currencies: CurrencyData;
  calendar: CalendarData;
}

/** Read one YAML table of a language folder; a missing file reads as empty. */
export function readTable<T = Record<string, unknown>>(lang: Lang | 'common', name: string): T {
  const file = join(HERE, lang, `${name}.yaml`);
  if (!existsSync(file)) return {} as T;
  try {
    return (parse(readFileSync(file, 'utf8')) ?? {}) as T;
  } catch (cause) {
    throw new DataError(file, 'is not valid YAML', { cause });
  }
}

type Groups = Record<string, string[] | null | undefined>;

/** Flatten { value: [words] } into (word, value) pairs. */
function pairs<T>(groups: Groups | undefined, value: (key: string) => T): [string, T][] {
  return Object.entries(groups ?? {}).flatMap(([key, words]) => (words ?? []).map((w): [string, T] => [w, value(key)]));
}

function wordSet(words: string[] | undefined): Set<string> {
  return new Set((words ?? []).map(normalizeKey));
}

/** A map from normalized words; a word listed twice is a data error. */
function wordMap<T>(list: [string, T][], file: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const [word, value] of list) {
    const key = normalizeKey(word);
    if (map.has(key)) throw new DataError(file, `duplicate entry "${word}"`);
    map.set(key, value);
  }
  return map;
}

function loadNumbers(lang: Lang): NumberData {
  const file = `lang/${lang}/numbers.yaml`;
  const t = readTable<Record<string, any>>(lang, 'numbers');
  const scales: [string, { value: number; form: 'singular' | 'dual' | 'plural' }][] = [];
  for (const [value, forms] of Object.entries<Record<string, string[]>>(t.scales ?? {})) {
    for (const form of ['singular', 'dual', 'plural'] as const) {
      for (const w of forms[form] ?? []) scales.push([w, { value: Number(value), form }]);
    }
  }
  const dualNouns = new Map<string, string>();
  for (const [list, suffixes] of [[t.dual_nouns, ['ان', 'ين']], [t.dual_nouns_nominative, ['ان']]] as [string[] | undefined, string[]][]) {
    for (const n of (list ?? []).map(normalizeKey)) for (const suffix of suffixes) dualNouns.set((n.endsWith('ه') ? n.slice(0, -1) + 'ت' : n) + suffix, n);
  }
  return {
    cardinals: wordMap(pairs(t.cardinals, Number), file),
    teenOnes: wordSet(t.teen_ones),
    indefinite: wordSet(t.indefinite),
    scales: wordMap(scales, file),
    fractions: buildPhraseTable(pairs(t.fractions, Number), file),
    sizedNouns: wordMap(pairs(t.sized_nouns, Number), file),
    vague: buildPhraseTable(
      ((t.vague ?? []) as { qualifier: string; value: number; words: string[] }[]).flatMap((v) =>
        v.words.map((w): [string, { qualifier: string; value: number }] => [w, { qualifier: v.qualifier, value: v.value }]),
      ),
      file,
    ),
    qualifiersBefore: buildPhraseTable(pairs(t.qualifiers_before, String), file),
    qualifiersAfter: buildPhraseTable(pairs(t.qualifiers_after, String), file),
    percent: buildPhraseTable(((t.percent ?? []) as string[]).map((w): [string, true] => [w, true]), file),
    ofTotal: buildPhraseTable(((t.of_total ?? []) as string[]).map((w): [string, true] => [w, true]), file),
    rangeOpen: wordSet(t.range_open),
    rangeJoin: wordSet(t.range_join),
    dualNouns,
    labelWords: wordSet(t.label_words),
    namesWithNumbers: buildPhraseTable(((t.names_with_numbers ?? []) as string[]).map((w): [string, true] => [w, true]), file),
    clockWords: wordSet(t.clock_words),
    unitStopwords: wordSet(t.unit_stopwords),
    npBreaks: wordSet(t.np_breaks),
    pluralHeads: wordSet(t.plural_heads),
    perWords: wordSet(t.per_words),
    dyadLeads: wordSet(t.dyad_leads),
    dyadNouns: wordSet(t.dyad_nouns),
    notCountedAfterOne: wordSet(t.not_counted_after_one),
    oneAfterNoun: wordSet(t.one_after_noun),
    notCountedBeforeOne: wordSet(t.not_counted_before_one),
    ordinalHeads: wordSet(t.ordinal_heads),
  };
}

function loadCurrencies(lang: Lang): CurrencyData {
  const file = `lang/${lang}/currencies.yaml`;
  const t = readTable<{ currencies?: { names: string[]; code: string; plural?: string[]; by_adjective?: Record<string, string> }[]; symbols?: Record<string, string> }>(lang, 'currencies');
  const forms = new Map<string, CurrencyEntry>();
  for (const c of t.currencies ?? []) {
    const entry: CurrencyEntry = { code: c.code, byAdjective: wordMap(Object.entries(c.by_adjective ?? {}), file) };
    for (const name of c.names) if (forms.has(normalizeKey(name))) throw new DataError(file, `duplicate currency "${name}"`);
    // Arabic accusative (دولارا) and dual (دولاران، دولارين) forms are derived from the singular.
    const derived = lang === 'ar' ? c.names.flatMap((n) => [n + 'ا', n + 'ان', n + 'ين']) : [];
    for (const word of [...c.names, ...(c.plural ?? []), ...derived]) {
      const key = normalizeKey(word);
      if (!forms.has(key)) forms.set(key, entry);
    }
  }
  return {
    words: buildPhraseTable(forms, file),
    symbols: new Map(Object.entries(t.symbols ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
}

function loadCalendar(lang: Lang): CalendarData {
  const t = readTable<Record<string, any>>(lang, 'months');
  const r = readTable<Record<string, any>>(lang, 'relative-dates');
  const w = readTable<Record<string, any>>(lang, 'weekdays');
  const mf = `lang/${lang}/months.yaml`;
  const rf = `lang/${lang}/relative-dates.yaml`;
  const flags = (words: string[] | undefined, file: string) => buildPhraseTable((words ?? []).map((x): [string, true] => [x, true]), file);
  return {
    months: buildPhraseTable(
      [
        ...pairs(t.gregorian, (k) => ({ month: Number(k), calendar: 'gregorian' as 'gregorian' | 'hijri' })),
        ...pairs(t.hijri, (k) => ({ month: Number(k), calendar: 'hijri' as 'gregorian' | 'hijri' })),
      ],
      mf,
    ),
    hijriYearMarks: wordSet(t.hijri_year_marks),
    gregorianYearMarks: wordSet(t.gregorian_year_marks),
    ordinalDays: buildPhraseTable(pairs(t.ordinal_days, Number), mf),
    ordinalLinks: wordSet(t.ordinal_links),
    weekdays: buildPhraseTable(pairs(w.weekdays, Number), `lang/${lang}/weekdays.yaml`),
    dayWords: wordSet(w.day_word),
    days: buildPhraseTable(pairs(r.days, Number), rf),
    units: buildPhraseTable(pairs(r.units, (k) => k as CalendarUnit), rf),
    seasons: buildPhraseTable(pairs(r.seasons, (k) => k as Season), rf),
    modifiersBefore: buildPhraseTable(pairs(r.modifiers_before, Number), rf),
    modifiersAfter: buildPhraseTable(pairs(r.modifiers_after, Number), rf),
    dayParts: flags(r.day_parts, rf),
    edges: flags(r.edges, rf),
    periodEdges: flags(r.period_edges, rf),
    agoBefore: flags(r.ago_before, rf),
    agoAfter: flags(r.ago_after, rf),
    durationUnits: buildPhraseTable(pairs(r.duration_units, (k) => k as CalendarUnit), rf),
    yearCues: wordSet(r.year_cues),
    decades: buildPhraseTable(pairs(r.decades, Number), rf),
    centuries: buildPhraseTable(pairs(r.centuries, (k) => k as 'past' | 'current'), rf),
    dateLinks: wordSet(r.date_links),
    seasonLinks: wordSet(r.season_links),
    forwardCues: flags(w.forward_cues, `lang/${lang}/weekdays.yaml`),
    designatingVerbs: wordSet(w.designating_verbs),
    futurePrefix: w.future_prefix === true,
    notFuture: wordSet(w.not_future),
    clauseBreaks: wordSet(w.clause_breaks),
    anchored: { days: buildPhraseTable(pairs(r.anchored_days, Number), rf), before: buildPhraseTable(pairs(r.anchored_before, Number), rf), after: buildPhraseTable(pairs(r.anchored_after, Number), rf), eventLinks: flags(r.anchored_event_links, rf) },
    dateLeads: wordSet(r.date_leads),
  };
}

const cache = new Map<Lang, LanguageData>();

/** The language data for `lang`, loaded once. */
export function loadLanguage(lang: Lang): LanguageData {
  const hit = cache.get(lang);
  if (hit) return hit;
  const clitics = readTable<Record<string, any>>(lang, 'clitics');
  const abbr = readTable<{ abbreviations?: string[]; before_numbers?: string[] }>(lang, 'abbreviations');
  const byLength = (a: string, b: string) => b.length - a.length;
  const norm = (xs: string[] | undefined) => (xs ?? []).map(normalizeKey);
  const data: LanguageData = {
    lang,
    abbreviations: new Set((abbr.abbreviations ?? []).map((a) => normalizeKey(a))),
    numberAbbreviations: new Set((abbr.before_numbers ?? []).map((a) => normalizeKey(a))),
    morphology: {
      proclitics: norm(clitics.proclitics).sort(byLength),
      enclitics: norm(clitics.enclitics).sort(byLength),
      conjunctions: norm(clitics.conjunctions),
      prepositions: norm(clitics.prepositions),
      future: norm(clitics.future),
      article: clitics.article ? normalizeKey(clitics.article) : '',
      keepWhole: new Set(norm(clitics.keep_whole)),
      minStem: clitics.min_stem ?? 2,
    },
    numbers: loadNumbers(lang),
    currencies: loadCurrencies(lang),
    calendar: loadCalendar(lang),
  };
  cache.set(lang, data);
  return data;
}
