// Stage: quantities (counts, money, percentages, measures) with value, unit, qualifier and "N of M" totals.
import type { DateMention, Doc, QuantityMention, Token } from '../../doc.ts';
import type { Stage } from '../../pipeline/stage.ts';
import type { Resources } from '../../pipeline/resources.ts';
import type { LanguageData } from '../../../lang/index.ts';
import { hasLightForm, lightForms, matchPhrase } from '../../segment/phrase-match.ts';
import { numberStartWords, readNumber, type NumberRead } from './numbers.ts';
import { countedNounPhrase, gluedUnit, isPluralHead, rateTail, startsNounPhrase } from './noun-phrase.ts';
import { numberInName } from './names.ts';
import type { ActorDictionary } from '../actors/index.ts';
import { firstIndex } from '../../sorted.ts';

interface Found {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  qualifier: string | null;
  of?: number | null;
}

/**
 * Every quantity of the document, in text order, offsets into the original text.
 * @example recognizeQuantities(doc, res) // "نحو مليونين" → { value: 2000000, qualifier: 'about', … }
 */
export function recognizeQuantities(doc: Doc, res: Resources): QuantityMention[] {
  const tokens = doc.tokens ?? [];
  const lang = res.langs[doc.article.lang];
  const dated = tokensInDates(tokens, doc.dates ?? []);
  const inDate = (t: Token) => dated.has(t.index);
  const found: Found[] = [];
  for (const s of doc.sentences ?? []) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!mayStartQuantity(tokens[i]!.norm, lang)) {
        i++;
        continue;
      }
      const next = readQuantityAt(tokens, i, s.tokenEnd, lang, inDate, found, res.actors);
      i = Math.max(next, i + 1);
    }
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const start = tokens[f.start]!.start;
      const end = tokens[f.end - 1]!.end;
      const m: QuantityMention = { start, end, text: doc.text.slice(start, end), value: f.value, unit: f.unit, qualifier: f.qualifier };
      if (f.of != null) m.of = f.of;
      return m;
    });
}

/** Indices of the tokens that overlap a date: found once by binary search, not by scanning the dates per token. */
function tokensInDates(tokens: readonly Token[], dates: readonly DateMention[]): Set<number> {
  const out = new Set<number>();
  for (const d of dates) {
    for (let k = firstIndex(tokens, (t) => t.end > d.start); k < tokens.length && tokens[k]!.start < d.end; k++) out.add(k);
  }
  return out;
}

/**
 * Words that readQuantityAt can start from, by language: first words of names with numbers, qualifiers and range
 * openers, words before "one" (oneAfterNoun), currency symbols and number words.
 */
const startWords = new WeakMap<LanguageData, Set<string>>();

/**
 * Whether a quantity may start at a word (a digit, a hyphenated number, or a light form of a start word): most
 * words start none, and readQuantityAt tries half a dozen tables at each before it answers i + 1.
 */
function mayStartQuantity(norm: string, lang: LanguageData): boolean {
  const c = norm.charCodeAt(0);
  if ((c >= 48 && c <= 57) || norm.includes('-')) return true;
  let set = startWords.get(lang);
  if (!set) {
    const nd = lang.numbers;
    set = new Set([...nd.namesWithNumbers.byFirst.keys(), ...nd.qualifiersBefore.byFirst.keys(), ...nd.rangeOpen, ...nd.oneAfterNoun, ...lang.currencies.symbols.keys(), ...numberStartWords(nd)]);
    startWords.set(lang, set);
  }
  return hasLightForm(norm, set);
}

/** Read quantities starting at token i into `found`; returns the token index to continue from. */
function readQuantityAt(tokens: readonly Token[], i: number, limit: number, lang: LanguageData, inDate: (t: Token) => boolean, found: Found[], dict?: ActorDictionary): number {
  const nd = lang.numbers;
  const named = matchPhrase(tokens, i, nd.namesWithNumbers, limit);
  if (named) return named.end;
  const one = oneAfterNoun(tokens, i, limit, lang, found);
  if (one) {
    found.push(one);
    return one.end;
  }
  const qual = matchPhrase(tokens, i, nd.qualifiersBefore, limit);
  let j = qual ? qual.end : i;
  const symbol = lang.currencies.symbols.get(tokens[j]?.norm ?? '');
  if (symbol) j++;
  // A range: بين 40 و45 ألفا، between 3 and 5 million, 40 to 45.
  const opener = tokens[j] && hasLightForm(tokens[j]!.norm, nd.rangeOpen) ? j + 1 : j;
  const first = readNumber(tokens, opener, nd, limit);
  if (!first) return qual ? qual.end : i + 1;
  if (!countable(tokens, first, i, lang, inDate, !!qual)) return first.end;
  if (first.digits && !qual && opener === j && numberInName(tokens, first.start, first.end, lang, dict)) return first.end;
  const joinAt = first.end;
  const joined = tokens[joinAt] && nd.rangeJoin.has(tokens[joinAt]!.norm) ? readNumber(tokens, joinAt + 1, nd, limit) : null;
  // Without an opening بين/between, two numbers make a range only when the second lends its scale (40 و45 ألفا) or a dash joins them.
  const second =
    joined && joined.percent === first.percent && (opener > j || tokens[joinAt]!.norm === '-' || (first.scale === 1 && joined.scale > 1)) ? joined : null;
  if (second && countable(tokens, second, joinAt + 1, lang, inDate, true)) {
    const lower = first.scale === 1 && second.scale > 1 && first.base < second.base ? first.base * second.scale : first.value;
    const tail = readTail(tokens, second, limit, lang, symbol);
    // The range start's span leaves out its opener (بين 13 و15 → "13"), as the end's does its joiner.
    found.push({ start: opener > j ? opener : i, end: first.end, value: lower, unit: tail.unit, qualifier: qual?.value ?? tail.qualifier });
    found.push({ start: second.start, end: tail.end, value: second.value, unit: tail.unit, qualifier: qual?.value ?? tail.qualifier });
    return tail.end;
  }
  // The noun joins the span only when it carries the article (الأشهر الثلاثة); after a possessed noun
  // (أفراد طاقمها الخمسة) the number agrees with an earlier head, so the span is the number alone.
  const afterNoun = first.definite && !first.noun && i === first.start;
  let start = afterNoun && tokens[i - 1]!.norm.startsWith('ال') ? i - 1 : i;
  // A definite number word follows its noun (الأشهر الثلاثة): the noun is the unit.
  const tail = afterNoun ? { end: first.end, unit: tokens[i - 1]!.text, qualifier: null } : readTail(tokens, first, limit, lang, symbol);
  if (isDyad(tokens, first, tail, lang)) return tail.end;
  // English "the three men": the article belongs to the counted phrase.
  if (lang.lang === 'en' && !qual && start === first.start && tail.unit && tokens[start - 1]?.norm === 'the' && !tokens[start - 1]!.punct) start--;
  found.push({ start, end: tail.end, value: first.value, unit: tail.unit, qualifier: qual?.value ?? first.vague ?? tail.qualifier, of: tail.of?.value ?? null });
  if (tail.of) found.push({ start: tail.of.start, end: tail.of.end, value: tail.of.value, unit: tail.unit, qualifier: null });
  return tail.of?.end ?? tail.end;
}

/** Whether a number read is a count: not a year, clock time, date day, identifier or bare "one". */
function countable(tokens: readonly Token[], n: NumberRead, from: number, lang: LanguageData, inDate: (t: Token) => boolean, qualified: boolean): boolean {
  const nd = lang.numbers;
  const prev = tokens[n.start - 1];
  const after = tokens[n.end];
  const covered = tokens.slice(n.start, n.end);
  // A duration inside a date still counts (15 سنة in أكثر من 15 سنة مضت, يومين in بعد يومين).
  if (covered.some(inDate) && !isDurationUnit(after, lang) && !(n.noun && lang.calendar.durationUnits.byFirst.has(n.noun))) return false;
  if (n.digits) {
    // Clock times: 14:35, 1:47 a.m., at 1200 hours.
    if (after?.norm === ':' && /^\d/.test(tokens[n.end + 1]?.norm ?? '')) return false;
    if (prev?.norm === ':' && /^\d/.test(tokens[n.start - 2]?.norm ?? '')) return false;
    if (after && /^[ap]\.?m\.?$/.test(after.norm)) return false;
    // Military time: at 1200 hours, from 1700 hours.
    if (lang.lang === 'en' && /^\d{4}$/.test(covered[0]!.norm) && n.value <= 2359 && (after?.norm === 'hours' || (prev && nd.clockWords.has(prev.norm)))) return false;
    // Identifiers: المادة 51، Resolution 2231, a number glued to a hyphen in a code.
    if (prev && hasLightForm(prev.norm, nd.labelWords)) return false;
    if (prev?.norm === '-' && /\p{Script=Latin}/u.test(tokens[n.start - 2]?.norm ?? '')) return false;
    // An ordinal written with the article (الـ33).
    if (prev?.norm === 'ال') return false;
    // A year marked as such (1446 هـ، 2020 م).
    if (lang.calendar.hijriYearMarks.has(after?.norm ?? '') || lang.calendar.gregorianYearMarks.has(after?.norm ?? '')) return false;
    // A model or series number after a capitalised name: Boeing 737.
    if (lang.lang === 'en' && prev && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && /^\d{1,4}$/.test(covered[0]!.norm) && n.scale === 1 && !prev.punct && tokens[n.start - 2] && !tokens[n.start - 2]!.punct) return false;
    // A year the date stage did not take still is not a count unless a noun follows it (2000 جندي).
    if (n.yearLike && n.value >= 1900 && n.value <= 2100 && !nounAfter(after, lang)) return false;
  } else if (n.noun) {
    // A definite dual that names two parties (البلدين) or follows a demonstrative (هاتان النقطتان) is no count.
    if (n.definite && (nd.dyadNouns.has(n.noun) || (prev && !prev.punct && hasLightForm(prev.norm, nd.dyadLeads)))) return false;
  } else {
    // Bare "one" counts only before a common noun (one officer), not in "one of", "one another", "one Boeing 737".
    if (n.value === 1 && n.scale === 1 && !qualified && !(lang.lang === 'en' && startsNounPhrase(tokens, n.end, tokens.length, nd) && !nd.notCountedAfterOne.has(after!.norm) && !/^\p{Lu}\p{Ll}/u.test(after!.text))) return false;
    if (n.definite && !definiteAfterNoun(prev, lang)) return false;
  }
  return from <= n.start;
}

/** A definite number word counts after a definite noun (الأشهر الثلاثة، طاقمها الخمسة), not after an ordinal head (القرن العشرين). */
function definiteAfterNoun(prev: Token | undefined, lang: LanguageData): boolean {
  if (!prev || prev.punct || !/^[\u0621-\u064A]+$/.test(prev.norm)) return false;
  const forms = lightForms(prev.norm);
  if (forms.some((f) => lang.numbers.ordinalHeads.has(f) || lang.numbers.unitStopwords.has(f))) return false;
  if (prev.norm.startsWith('ال')) return !lang.calendar.dayWords.has(prev.norm.slice(2));
  return !!prev.enclitic && POSSESSIVE.has(prev.enclitic);
}

/** Attached pronouns that make a noun definite (طاقمها its crew). */
const POSSESSIVE = new Set(['ها', 'هم', 'هما', 'هن', 'نا', 'كم']);

/** صوت واحد، شخص واحد: a word for one after its noun counts 1 (not في آن واحد, not "واحد من" one of). */
function oneAfterNoun(tokens: readonly Token[], i: number, limit: number, lang: LanguageData, found: readonly Found[]): Found | null {
  const nd = lang.numbers;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.punct || !nd.oneAfterNoun.has(t.norm) || !prev || prev.punct || prev.sentence !== t.sentence) return null;
  if (!/^[\u0621-\u064A]+$/.test(prev.norm) || lightForms(prev.norm).some((f) => nd.unitStopwords.has(f) || nd.notCountedBeforeOne.has(f) || (f.startsWith('ال') && nd.notCountedBeforeOne.has(f.slice(2))))) return null;
  if (i + 1 < limit && lightForms(tokens[i + 1]!.norm).some((f) => f === 'من')) return null;
  if (found.some((f) => f.end > i - 1)) return null;
  return { start: i - 1, end: i + 1, value: 1, unit: prev.text, qualifier: null };
}

/** "the two countries", "both neighbours": a pair named before, not a count. */
function isDyad(tokens: readonly Token[], n: NumberRead, tail: { unit: string | null }, lang: LanguageData): boolean {
  const nd = lang.numbers;
  if (n.value !== 2 || n.digits || !tail.unit) return false;
  const lead = tokens[n.start - 1];
  return !!lead && nd.dyadLeads.has(lead.norm) && nd.dyadNouns.has(tail.unit.toLowerCase());
}

/** An Arabic word led by the conjunction و before a verbal noun or the article (وتشريد، وإصابة، والعشرين) starts a new phrase. */
function conjunctionLed(t: Token, lang: LanguageData): boolean {
  return lang.lang === 'ar' && t.norm.length >= 5 && /^و(?:ال|[اأإآت])/.test(t.norm);
}

function isDurationUnit(t: Token | undefined, lang: LanguageData): boolean {
  return !!t && !t.punct && hasLightForm(t.norm, lang.calendar.durationUnits.byFirst);
}

function nounAfter(t: Token | undefined, lang: LanguageData): boolean {
  return !!t && !t.punct && !lang.numbers.unitStopwords.has(t.norm) && !lang.numbers.rangeJoin.has(t.norm) && !/^\d/.test(t.norm);
}

interface Tail {
  end: number;
  unit: string | null;
  qualifier: string | null;
  of?: { start: number; end: number; value: number };
}

/** What follows a number: percent, currency, a counted noun (or "من X" partitive), "على الأقل", "من أصل N". */
function readTail(tokens: readonly Token[], n: NumberRead, limit: number, lang: LanguageData, symbol: string | undefined): Tail {
  const nd = lang.numbers;
  let k = n.end;
  let unit: string | null = n.noun ?? null;
  let qualifier: string | null = null;
  const afterQual = () => {
    const q = matchPhrase(tokens, k, nd.qualifiersAfter, limit);
    if (q) {
      qualifier = q.value;
      k = q.end;
    }
  };
  afterQual();
  const pct = matchPhrase(tokens, k, nd.percent, limit);
  if (n.percent || pct || tokens[k]?.norm === '%') {
    if (!n.percent) k = pct ? pct.end : k + 1;
    unit = 'percent';
    // English "10% tariffs": a plural noun right after the percentage is what it applies to.
    if (lang.lang === 'en' && startsNounPhrase(tokens, k, limit, nd) && isPluralHead(tokens[k]!, nd)) k++;
  } else if (symbol) {
    unit = symbol;
  } else {
    const cur = matchPhrase(tokens, k, lang.currencies.words, limit);
    if (cur) {
      k = cur.end;
      unit = cur.value.code;
      const adjective = k < limit ? lightForms(tokens[k]!.norm).find((f) => cur.value.byAdjective.has(f)) : undefined;
      if (adjective) {
        unit = cur.value.byAdjective.get(adjective)!;
        k++;
      }
    } else if (!unit) {
      const w = tokens[k];
      const glued = lang.lang === 'en' && n.digits && k === n.end ? gluedUnit(tokens, k, limit) : null;
      const np = lang.lang === 'en' && !glued ? countedNounPhrase(tokens, k, limit, nd, n.value) : null;
      if (glued) {
        // "817-km": the unit glued by a hyphen ends the span (it modifies the noun after it).
        unit = tokens[glued - 1]!.text;
        k = glued;
      } else if (np) {
        unit = tokens[np.head]!.text;
        k = rateTail(tokens, np.end, limit, nd);
      } else if (lang.lang === 'ar' && k < limit && w && nounAfter(w, lang) && !conjunctionLed(w, lang)) {
        unit = w.text;
        k++;
      } else if (k + 1 < limit && w && (w.norm === 'من' || w.norm === 'of') && nounAfter(tokens[k + 1], lang)) {
        // Partitive: 7 من موظفيها، three of the soldiers.
        const noun = tokens[k + 1]!.norm === 'the' && k + 2 < limit ? k + 2 : k + 1;
        unit = tokens[noun]!.text;
        k = noun + 1;
      }
    }
  }
  if (!qualifier) afterQual();
  const total = matchPhrase(tokens, k, nd.ofTotal, limit);
  if (total) {
    const m = readNumber(tokens, total.end, nd, limit);
    if (m) return { end: k, unit, qualifier, of: { start: m.start, end: m.end, value: m.value } };
  }
  return { end: k, unit, qualifier };
}

export const recognizeQuantitiesStage: Stage<Resources> = {
  name: 'recognizeQuantitiesStage',
  requires: ['tokens', 'dates'],
  assigns: ['quantities'],
  run: (doc, res) => ({ ...doc, quantities: recognizeQuantities(doc, res) }),
};
