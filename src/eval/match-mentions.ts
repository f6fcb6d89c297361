// Scores actor, date and quantity mentions against the gold lists of distinct (surface text, value) pairs.
import type { ActorMention, DateMention, QuantityMention, Sector, Span } from '../doc.ts';
import type { GoldArticle } from './gold.ts';
import type { Tally } from './metrics.ts';

type Offsets = Partial<Span>;
export type SystemActor = Pick<ActorMention, 'text' | 'code' | 'sector'> & Offsets;
export type SystemDate = Pick<DateMention, 'text' | 'value'> & Offsets;
export type SystemQuantity = Pick<QuantityMention, 'text' | 'value'> & Offsets;

const pairKey = (text: string, value: unknown): string => JSON.stringify([text.trim(), value]);

/** Distinct (text, code) pairs: precision and recall, and sector accuracy on matched pairs. */
export function scoreActors(gold: GoldArticle['actors'], system: readonly SystemActor[], tally: Tally): void {
  const goldSector = new Map<string, Sector | null>();
  for (const a of gold) if (!goldSector.has(pairKey(a.text, a.code))) goldSector.set(pairKey(a.text, a.code), a.sector);
  const sectorVotes = new Map<string, Map<Sector | null, number>>();
  for (const a of system) {
    const votes = sectorVotes.get(pairKey(a.text, a.code)) ?? new Map<Sector | null, number>();
    votes.set(a.sector ?? null, (votes.get(a.sector ?? null) ?? 0) + 1);
    sectorVotes.set(pairKey(a.text, a.code), votes);
  }
  let tp = 0;
  for (const [key, votes] of sectorVotes) {
    if (!goldSector.has(key)) continue;
    tp++;
    // The system's sector for a pair is the one most of its mentions carry (first seen on a tie).
    const [sector] = [...votes].reduce((best, v) => (v[1] > best[1] ? v : best));
    tally.actorSector[1]++;
    if (sector === goldSector.get(key)) tally.actorSector[0]++;
  }
  tally.actors = [tp, sectorVotes.size - tp, goldSector.size - tp];
}

function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  for (let i = text.indexOf(needle); i >= 0 && needle !== ''; i = text.indexOf(needle, i + 1)) {
    spans.push({ start: i, end: i + needle.length });
  }
  return spans;
}

/** Same text, or (lenient) text containing or contained in the gold text, or a span overlapping where the gold text occurs. */
function textMatches(articleText: string, goldText: string, sys: { text: string } & Offsets, lenient: boolean): boolean {
  const [g, s] = [goldText.trim(), sys.text.trim()];
  if (g === s) return true;
  if (!lenient) return false;
  if (s !== '' && (g.includes(s) || s.includes(g))) return true;
  const { start, end } = sys;
  if (start === undefined || end === undefined) return false;
  return occurrences(articleText, g).some((o) => o.start < end && start < o.end);
}

type ValueMention = { text: string; value: unknown } & Offsets;

/** Counts for dates or quantities: [strict, lenient, gold, system distinct, system distinct that equal a gold pair]. */
export function scoreValueMentions(
  articleText: string,
  gold: readonly { text: string; value: unknown }[],
  system: readonly ValueMention[],
): [number, number, number, number, number] {
  const goldPairs = new Map(gold.map((g) => [pairKey(g.text, g.value), g]));
  const systemPairs = new Set(system.map((s) => pairKey(s.text, s.value)));
  let strict = 0;
  let lenient = 0;
  for (const g of goldPairs.values()) {
    const sameValue = system.filter((s) => s.value === g.value);
    if (sameValue.some((s) => textMatches(articleText, g.text, s, false))) strict++;
    if (sameValue.some((s) => textMatches(articleText, g.text, s, true))) lenient++;
  }
  const systemCorrect = [...systemPairs].filter((k) => goldPairs.has(k)).length;
  return [strict, lenient, goldPairs.size, systemPairs.size, systemCorrect];
}

export function scoreDates(article: GoldArticle, system: readonly SystemDate[], tally: Tally): void {
  tally.dates = scoreValueMentions(article.text, article.dates, system);
}

export function scoreQuantities(article: GoldArticle, system: readonly SystemQuantity[], tally: Tally): void {
  tally.quantities = scoreValueMentions(article.text, article.quantities, system);
}
