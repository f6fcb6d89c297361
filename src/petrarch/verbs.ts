// Reader for PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt, CAMEO.ar.0.5.txt): synonym sets, verb blocks
// and their patterns, translated to Marsad's pattern entries (a head verb, the words that follow it, a target
// preposition). PETRARCH matches its patterns on a constituency parse; what needs the parse beyond word order
// (pre-verb nouns, transformations, null codes) cannot be expressed here and is counted as dropped, by reason.
import type { Lang } from '../doc.ts';
import { DataError } from '../errors.ts';
import { isCameoCode, type CameoCode } from '../ontology/index.ts';
import type { VerbEntry } from '../code/dictionary.ts';
import { cleanLines } from './lines.ts';

export interface VerbImport {
  entries: VerbEntry[];
  /** Patterns and verbs that could not be translated, by reason. */
  dropped: Record<string, number>;
  /** Patterns read (pattern lines and isolated verbs with a code). */
  read: number;
}

/** A verbal root whose events often have no target named (statements, appeals, intents, posture). */
const TARGET_OPTIONAL_ROOTS = /^(01|02|03|05|07|08|09|10|11|12|13|14|15)/;

interface Block {
  name: string;
  code: CameoCode | null;
  verbs: { lemma: string; forms: string[]; then: string[]; code: CameoCode | '---' | null; line: number }[];
  line: number;
}

type Code = { code: CameoCode; joint: boolean; passive: boolean } | null | 'unknown';

/**
 * `[057:057]` → { code: '057', joint: true }; `[:173]` → the subject undergoes 173; `[---]` → null;
 * a well-formed code missing from the CAMEO table (CAMEO 2.0 additions) → 'unknown'.
 */
function parseCode(raw: string, file: string, line: number): Code {
  const [a, b] = raw.split(':').map((x) => x.trim());
  if (raw === '---' || (a === '---' && (b === undefined || b === '---'))) return null;
  const first = a || b || '';
  if (!/^\d{2,4}$/.test(first)) throw new DataError(`${file}:${line}`, `"[${raw}]" is not a code (expected [NNN], [NNN:NNN] or [---])`);
  if (!isCameoCode(first)) return 'unknown';
  if (!a) return { code: first, joint: false, passive: true };
  return { code: first, joint: b !== undefined && b === a, passive: false };
}

const wordOf = (w: string, lang: Lang): string => {
  const s = w.replace(/_+$/, '').replace(/_/g, ' ');
  return lang === 'en' ? s.toLowerCase() : s;
};

/**
 * Parse a PETRARCH-format verb dictionary. `file` names it in errors ("file:line: …").
 * @example parsePetrarchVerbs(readFileSync(f, 'utf8'), f, 'en').entries.length
 */
export function parsePetrarchVerbs(text: string, file: string, lang: Lang, options: { lenient?: boolean } = {}): VerbImport {
  const dropped: Record<string, number> = {};
  // Lenient (the import of a maintained public file): a malformed line is counted and skipped, not fatal.
  const lines = cleanLines(text).filter(({ text: l, line }) => {
    const bad = [...l.matchAll(/\[([^\]]*)\]/g)].find((m) => !/^(---|\d{2,4}|\d{2,4}:\d{2,4}|:\d{2,4}|\d{2,4}:|---:---)$/.test(m[1]!.trim()));
    if (!bad) return true;
    if (!options.lenient) throw new DataError(`${file}:${line}`, `"[${bad[1]}]" is not a code (expected [NNN], [NNN:NNN] or [---])`);
    dropped['malformed code'] = (dropped['malformed code'] ?? 0) + 1;
    return false;
  });
  const synsets = new Map<string, string[]>();
  const blocks: Block[] = [];
  const patterns: { block: Block; body: string; code: string; line: number }[] = [];
  const drop = (reason: string, n = 1) => (dropped[reason] = (dropped[reason] ?? 0) + n);
  let synset: string | null = null;
  let block: Block | null = null;
  for (const { text: l, line } of lines) {
    if (l.startsWith('&')) {
      synset = l.split(/\s+/)[0]!.replace(/_$/, '');
      synsets.set(synset, []);
      block = null;
      continue;
    }
    if (l.startsWith('+') && synset) {
      synsets.get(synset)!.push(wordOf(l.slice(1).trim(), lang));
      continue;
    }
    const header = /^---\s*(.*?)\s*\[([^\]]*)\]\s*---/.exec(l);
    if (header) {
      synset = null;
      const code = parseCode(header[2]!.trim(), file, line);
      block = { name: header[1]!, code: code === 'unknown' ? null : code?.code ?? null, verbs: [], line };
      blocks.push(block);
      continue;
    }
    if (!block) {
      if (l.startsWith('-') || l.startsWith('~')) throw new DataError(`${file}:${line}`, 'a pattern outside a verb block (expected a "--- NAME [CODE] ---" line before it)');
      continue;
    }
    if (l.startsWith('~')) {
      drop('transformation (verb acting on a verb: needs the parse)');
      continue;
    }
    if (l.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(l);
      if (!m) throw new DataError(`${file}:${line}`, `pattern without a [CODE]: "${l}"`);
      patterns.push({ block, body: m[1]!, code: m[2]!.trim(), line });
      continue;
    }
    // A verb line: WORD {IRREGULAR FORMS} [CODE], a multi-word verb with + on the verb (+CORDON_OFF), or an
    // Arabic verb with its particle (قام+ب).
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(l);
    if (!m) throw new DataError(`${file}:${line}`, `cannot read verb line "${l}"`);
    const parsed = m[3] !== undefined ? parseCode(m[3].trim(), file, line) : undefined;
    if (parsed === 'unknown') drop('code not in the CAMEO table');
    const code = parsed === 'unknown' ? null : parsed;
    const raw = m[1]!.trim().replace(/\s+/g, '_');
    const parts = raw.split('_').filter(Boolean);
    const verbAt = lang === 'ar' ? 0 : Math.max(0, parts.findIndex((p) => p.startsWith('+')));
    if (lang === 'en' && verbAt > 0) {
      drop('verb with words before it (WIRE_+TAP)');
      continue;
    }
    const [head, ...rest] = lang === 'ar' ? raw.split(/[+_]/).filter(Boolean) : parts;
    const forms = (m[2] ?? '').split(/\s+/).filter(Boolean).map((f) => f.replace(/^\+/, '').split('_')[0]!);
    block.verbs.push({
      lemma: wordOf(head!.replace(/^\+/, ''), lang),
      forms: forms.map((f) => wordOf(f, lang)),
      then: rest.map((w) => wordOf(w, lang)),
      code: code === undefined ? null : code?.code ?? '---',
      line,
    });
  }

  const entries: VerbEntry[] = [];
  let read = 0;
  // Ids name the block and the line the entry comes from, so a user can find it in the source file.
  const ident = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'block';
  const idOf = (b: Block, line: number) => `petrarch.${lang}.${ident(b.name)}.L${line}`;
  const verbFields = (vs: Block['verbs']) => {
    const verbs = [...new Set(vs.map((v) => v.lemma))];
    const forms = [...new Set(vs.flatMap((v) => v.forms))];
    return { verbs, ...(forms.length ? { forms } : {}) };
  };
  const targetFree = (code: CameoCode) => (TARGET_OPTIONAL_ROOTS.test(code) ? { target: 'any' as const } : {});
  for (const b of blocks) {
    // Isolated verbs: each verb with its own code, else the block's; '---' codes nothing. Verbs that share a
    // code and particle become one entry.
    const groups = new Map<string, Block['verbs']>();
    for (const v of b.verbs) {
      const code = v.code ?? b.code;
      if (!code || code === '---') continue;
      read++;
      const key = `${code}|${v.then.join(' ')}`;
      groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    for (const vs of groups.values()) {
      const code = (vs[0]!.code ?? b.code) as CameoCode;
      const then = vs[0]!.then;
      entries.push({ id: idOf(b, vs[0]!.line), lang, cameo: code, ...verbFields(vs), ...(then.length ? { then, gap: 0 } : {}), ...targetFree(code) });
    }
  }
  for (const p of patterns) {
    read++;
    const code = parseCode(p.code, file, p.line);
    if (code === 'unknown') {
      drop('code not in the CAMEO table');
      continue;
    }
    if (!code) {
      drop('null code [---] (a pattern that blocks an event)');
      continue;
    }
    const translated = translatePattern(p.body, synsets, lang);
    if (typeof translated === 'string') {
      drop(translated);
      continue;
    }
    const verbs = p.block.verbs.filter((v) => v.then.length === 0);
    if (!verbs.length) {
      drop('block without single-word verbs');
      continue;
    }
    entries.push({
      id: idOf(p.block, p.line), lang, cameo: code.code, ...verbFields(verbs),
      ...(translated.then.length ? { then: translated.then } : {}),
      ...(translated.preps.length ? { target_prep: translated.preps } : {}),
      ...(code.joint ? { joint: true } : {}),
      ...(code.passive ? { voice: 'patient_subject' as const } : {}),
      ...(translated.preps.length ? {} : targetFree(code.code)),
    });
  }
  return { entries, dropped, read };
}

/**
 * A pattern body ("* (FOR {FINANCIAL AID})", "* &TREATY (WITH +)") → the words after the verb in order and the
 * prepositions that introduce the target; or the reason it cannot be translated.
 */
function translatePattern(body: string, synsets: Map<string, string[]>, lang: Lang): { then: (string | string[])[]; preps: string[] } | string {
  const star = body.indexOf('*');
  if (star < 0) return 'no verb position (*)';
  const before = body.slice(0, star).replace(/[$+^]/g, '').trim();
  if (before) return 'words before the verb (a subject constraint: needs the parse)';
  const then: (string | string[])[] = [];
  const preps: string[] = [];
  // Groups: "(PREP …)" prepositional phrases, "{A B}" noun phrases, bare words; $, + and ^ are slots.
  const groups = body.slice(star + 1).match(/\([^)]*\)|\{[^}]*\}|\S+/g) ?? [];
  for (const g of groups) {
    const inParens = g.startsWith('(');
    const words = g.replace(/[(){}]/g, ' ').split(/\s+/).filter(Boolean);
    const content = words.filter((w) => !/^[$+^%-]$/.test(w));
    if (inParens && content.length === 1 && !content[0]!.startsWith('&')) {
      // "(WITH)", "(AGAINST +)": the preposition that introduces the target.
      preps.push(wordOf(content[0]!, lang));
      continue;
    }
    for (const w of content) {
      if (w.startsWith('&')) {
        const alts = (synsets.get(w.replace(/_$/, '')) ?? []).filter((a) => !a.includes(' '));
        if (!alts.length) return 'synonym set undefined or only multi-word';
        then.push(alts);
      } else {
        then.push(wordOf(w, lang));
      }
    }
  }
  if (then.some((w) => (typeof w === 'string' ? w : w[0]!).includes(' '))) return 'multi-word item';
  return { then, preps };
}
