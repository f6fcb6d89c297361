// Reader for PETRARCH/TABARI actor dictionaries (Phoenix.*.actors.txt, actor_dict_ar_v4.txt): a primary phrase,
// synonyms on "+" lines, and codes with optional date restrictions on indented lines, as Marsad actor entries
// (people get dated roles, so a name is coded by what its bearer was on the article's date).
import type { Lang } from '../doc.ts';
import { DataError } from '../errors.ts';
import type { ActorEntry } from '../recognize/actors/schema.ts';
import { KNOWN_GROUPS } from '../ontology/actor-codes.ts';
import { isTypeCode, mapActorCode } from './codes.ts';
import { cleanLines } from './lines.ts';

export interface ActorImport {
  entries: ActorEntry[];
  dropped: Record<string, number>;
  read: number;
}

interface Restriction {
  code: string;
  from?: string;
  to?: string;
}

/** YYYYMMDD or YYMMDD → YYYY-MM-DD (two-digit years up to 30 are 20YY, as in the Phoenix files). */
function isoDate(raw: string, where: string): string {
  const d = raw.length === 6 ? `${Number(raw.slice(0, 2)) <= 30 ? '20' : '19'}${raw}` : raw;
  if (!/^\d{8}$/.test(d)) throw new DataError(where, `"${raw}" is not a date (YYYYMMDD or YYMMDD)`);
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

/** "[USAGOV 20010120-20090120]", "[IGOUNO >20070101]", "[AFG]" → code and dates. */
function parseRestriction(body: string, where: string): Restriction {
  const [code, range] = body.trim().split(/\s+/, 2) as [string, string | undefined];
  if (!/^[A-Z]{3,}$/i.test(code)) throw new DataError(where, `"[${body}]" does not start with an actor code`);
  if (!range) return { code };
  const r = range.replace(/\s+/g, '');
  if (r.startsWith('<')) return { code, to: isoDate(r.slice(1), where) };
  if (r.startsWith('>')) return { code, from: isoDate(r.slice(1), where) };
  const m = /^(\d{6,8})-(\d{6,8})$/.exec(r);
  if (!m) throw new DataError(where, `"${range}" is not a date restriction (<date, >date or date-date)`);
  const [from, to] = [isoDate(m[1]!, where), isoDate(m[2]!, where)];
  // Some files write an unknown end as an early date (19840502-18000101): the role is open-ended.
  return to < from ? { code, from } : { code, from, to };
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'la', 'du', 'des', 'al', 'el', 'bin', 'ibn']);

/** An English upper-case dictionary word as news writes it: acronyms stay (UN, PKK), names and words are cased. */
function caseWord(w: string, first: boolean, alone: boolean): string {
  if (!/^[A-Z][A-Z.'-]*$/.test(w)) return w;
  if (alone && w.length <= 3) return w;
  if (!/[AEIOUY]/.test(w)) return w;
  const lower = w.toLowerCase();
  if (!first && SMALL.has(lower)) return lower;
  return lower.replace(/(^|[-'.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const phrase = (raw: string, lang: Lang): string => {
  const words = raw.replace(/\+/g, ' ').replace(/_+$/, '').split(/[_\s]+/).filter(Boolean);
  return lang === 'en' ? words.map((w, i) => caseWord(w, i === 0, words.length === 1)).join(' ') : words.join(' ');
};

/**
 * Parse a PETRARCH-format actor dictionary into Marsad entries. State-level records (a bare country code) are
 * left to Marsad's own states table, which also knows capitals, adjectives and Arabic forms.
 * @example parsePetrarchActors(text, file, 'en', { isState }).entries[0]
 */
export function parsePetrarchActors(
  text: string, file: string, lang: Lang, options: { isState: (code: string) => boolean; lenient?: boolean },
): ActorImport {
  const dropped: Record<string, number> = {};
  const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  const records: { names: string[]; codes: Restriction[]; line: number }[] = [];
  for (const { text: l, line, indented } of cleanLines(text)) {
    const where = `${file}:${line}`;
    try {
      if (indented && l.startsWith('[')) {
        const rec = records.at(-1);
        if (!rec) throw new DataError(where, 'a code line before any actor phrase');
        rec.codes.push(parseRestriction(l.replace(/^\[|\].*$/g, ''), where));
        continue;
      }
      const m = /^(\+?)([^[]+?)\s*(?:\[([^\]]*)\])?\s*$/.exec(l);
      if (!m) throw new DataError(where, `cannot read "${l}" (expected PHRASE [CODE], +SYNONYM or a tab and [CODE DATES])`);
      if (m[1]) {
        const rec = records.at(-1);
        if (!rec) throw new DataError(where, 'a synonym (+) before any actor phrase');
        rec.names.push(phrase(m[2]!, lang));
        if (m[3]) rec.codes.push(parseRestriction(m[3], where));
        continue;
      }
      records.push({ names: [phrase(m[2]!, lang)], codes: m[3] ? [parseRestriction(m[3], where)] : [], line });
    } catch (err) {
      if (!options.lenient || !(err instanceof DataError)) throw err;
      drop('malformed line');
    }
  }
  // A record with a bare three-letter code names a state: one Marsad does not know is the user's own, unless
  // the code is a CAMEO type or sector ("XINHUA [MED]", "UN_ [IGOUNO]" beside a bare "[IGO]").
  const local = new Set(records.flatMap((r) => r.codes.filter((c) => /^[A-Z]{3}$/.test(c.code) && !c.from && !c.to && !isTypeCode(c.code)).map((c) => c.code)));
  const isState = (c: string) => options.isState(c) || local.has(c);
  const entries: ActorEntry[] = [];
  for (const rec of records) {
    const dated = rec.codes.filter((c) => c.from || c.to);
    const plain = rec.codes.filter((c) => !c.from && !c.to);
    const mapped = rec.codes.map((c) => mapActorCode(c.code, isState));
    if (!rec.codes.length) {
      drop('no code');
      continue;
    }
    if (mapped.every((m) => !m)) {
      drop('code names no state or organization (region, bare sector, company of no country)');
      continue;
    }
    const stateName = !dated.length && plain.length > 0 && plain.every((c) => c.code.length === 3 && isState(c.code));
    if (stateName && plain.every((c) => options.isState(c.code))) {
      drop("state name (Marsad's states table has it)");
      continue;
    }
    const fallback = plain.map((c) => mapActorCode(c.code, isState)).find(Boolean) ?? mapped.find(Boolean)!;
    const roles = dated.flatMap((c) => {
      const m = mapActorCode(c.code, isState);
      if (!m) return [];
      return [{ office: 'petrarch', ...(m.code !== fallback.code ? { code: m.code } : {}), ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}), ...(m.sector ? { sector: m.sector } : {}) }];
    });
    const isOrg = KNOWN_GROUPS.has(fallback.code);
    entries.push({
      id: `petrarch.${lang}.L${rec.line}`,
      code: fallback.code,
      kind: stateName ? 'state' : roles.length ? 'person' : fallback.sector === 'REB' || fallback.sector === 'OPP' ? 'group' : isOrg ? 'igo' : 'org',
      sector: fallback.sector,
      names: { [lang]: [...new Set(rec.names)] },
      ...(roles.length ? { roles } : {}),
    });
  }
  return { entries, dropped, read: records.length };
}
