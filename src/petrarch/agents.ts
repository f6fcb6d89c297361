// Reader for PETRARCH agent dictionaries (Phoenix.agents.txt, agents.all.ar.txt): nouns that name a sector of
// an actor ("police" [~COP], "foreign minister" [~GOVFRM]) or an organization kind ("peacekeeping troops"
// [IGO~]), as Marsad head nouns, which take their country from the words around them.
import type { Lang } from '../doc.ts';
import { DataError } from '../errors.ts';
import type { HeadDef } from '../recognize/actors/schema.ts';
import { mapActorCode } from './codes.ts';
import { cleanLines } from './lines.ts';

export interface AgentImport {
  heads: HeadDef[];
  dropped: Record<string, number>;
  read: number;
}

const ARABIC = /[\u0600-\u06FF]/;

/** English regular plural as PETRARCH forms it: +S, Y→IES, SS→SSES. */
const plural = (w: string): string => (/[^aeiou]y$/i.test(w) ? `${w.slice(0, -1)}ies` : /(ss|sh|ch|x)$/i.test(w) ? `${w}es` : `${w}s`);

/**
 * Parse an agent dictionary. Arabic files give the Arabic phrase after the code ("ARMED_SEPARATIST [~REB]انفصالي
 * مسلحي"); English files give the phrase before it, with `{PLURAL}` or `{}` (no plural) and `!SET!` substitutions.
 */
export function parsePetrarchAgents(text: string, file: string, lang: Lang, options: { lenient?: boolean } = {}): AgentImport {
  const dropped: Record<string, number> = {};
  const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  const sets = new Map<string, string[]>();
  const heads: HeadDef[] = [];
  let read = 0;
  // Arabic phrases follow the code on the same line, so read raw lines: '#' still ends the line.
  for (const { text: l, line } of cleanLines(text.replace(/;/g, ' '))) {
    const where = `${file}:${line}`;
    const set = /^!(\w+)!\s*=\s*(.+)$/.exec(l);
    if (set) {
      sets.set(set[1]!, set[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*(.*)$/.exec(l);
    if (!m) {
      if (!options.lenient) throw new DataError(where, `cannot read agent line "${l}" (expected PHRASE {PLURAL} [~CODE])`);
      drop('malformed line');
      continue;
    }
    read++;
    const code = m[3]!.trim();
    const org = code.endsWith('~');
    const mapped = org ? mapActorCode(code.replace(/~$/, ''), () => false) : null;
    const sectorCode = mapActorCode(`XXX${code.replace(/^~/, '')}`, (c) => c === 'XXX');
    if (!/^~?[A-Z]{3,}~?$/.test(code) || (!org && !code.startsWith('~'))) {
      if (!options.lenient) throw new DataError(where, `"[${code}]" is not an agent code ([~SECTOR] or [ORG~])`);
      drop('malformed code');
      continue;
    }
    let phrases: string[];
    if (lang === 'ar') {
      const ar = m[4]!.trim();
      if (!ARABIC.test(ar)) {
        drop('no Arabic phrase');
        continue;
      }
      phrases = [ar.replace(/[?؟]/g, '').trim()];
    } else {
      const base = m[1]!.trim();
      const explicit = m[2];
      const expand = (p: string): string[] => {
        const mark = /!(\w+)!/.exec(p);
        if (!mark) return [p];
        return (sets.get(mark[1]!) ?? []).flatMap((v) => expand(p.replace(mark[0], v)));
      };
      const words = (p: string) => p.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase().trim();
      phrases = expand(base).map(words);
      if (!base.includes('!')) {
        if (explicit === undefined) phrases.push(...phrases.map(plural));
        else phrases.push(...explicit.split(/\s+/).filter(Boolean).map(words));
      }
    }
    const sector = org ? null : sectorCode?.sector ?? null;
    if (!org && !sector) {
      drop('sector Marsad does not code (a religion, an ethnicity)');
      continue;
    }
    heads.push({
      id: `petrarch.${lang}.agent.L${line}`,
      sector,
      [lang]: [...new Set(phrases.filter(Boolean))],
      ...(org && mapped ? { fallback: mapped.code } : {}),
    });
  }
  return { heads, dropped, read };
}
