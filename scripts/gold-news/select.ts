// Picks the real-news articles to annotate and freezes their dev/test split (test/gold-news/split.json).
// Deterministic: the same corpus files always give the same selection and split. Run once; the split is then
// frozen (a test pins its checksum), so re-running only reproduces it.
//
//   npx tsx scripts/gold-news/select.ts            # prints a summary, writes split.json if absent
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaDir } from '../../src/eval/standoff.ts';

interface Item {
  id: string;
  outlet: string | null;
  title: string | null;
  text: string;
}

const hash = (s: string): string => createHash('sha256').update(s).digest('hex');
const read = (file: string): Item[] =>
  readFileSync(join(corporaDir(), file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Item);

// Cue words per CAMEO root, used only to spread the selection over all 20 roots before anyone annotates.
// A cue hit says nothing about the gold; it makes rare roots (protest, coerce, mass violence) likely to appear.
const CUES: Record<'ar' | 'en', Record<string, string[]>> = {
  ar: {
    '01': ['صرح', 'أكد', 'قال'],
    '02': ['ناشد', 'دعا', 'طالب'],
    '03': ['تعتزم', 'تعهد', 'ستقدم'],
    '04': ['التقى', 'استقبل', 'زيارة', 'مباحثات'],
    '05': ['رحب', 'أشاد', 'وقع', 'اتفاقية'],
    '06': ['تعاون', 'تبادل'],
    '07': ['مساعدات', 'إغاثة', 'منحة'],
    '08': ['أفرج', 'انسحب', 'هدنة'],
    '09': ['تحقيق', 'يحقق'],
    '10': ['طالبت', 'تطالب'],
    '11': ['أدان', 'ندد', 'اتهم', 'انتقد'],
    '12': ['رفض', 'رفضت'],
    '13': ['هدد', 'حذر', 'توعد'],
    '14': ['تظاهر', 'احتجاج', 'مظاهرة', 'إضراب'],
    '15': ['استنفار', 'حشد', 'عرض عسكري'],
    '16': ['عقوبات', 'قطع العلاقات', 'طرد السفير', 'استدعاء'],
    '17': ['اعتقال', 'القبض', 'احتجاز', 'حصار'],
    '18': ['هجوم', 'تفجير', 'اغتيال', 'انتحاري'],
    '19': ['غارات', 'قصف', 'اشتباكات', 'معارك'],
    '20': ['مجزرة', 'إبادة'],
  },
  en: {
    '01': ['said', 'stated'],
    '02': ['appeal', 'called on', 'urged'],
    '03': ['pledge', 'promise', 'vowed'],
    '04': ['met', 'talks', 'visit'],
    '05': ['praised', 'signed', 'agreement'],
    '06': ['cooperat', 'exchange'],
    '07': ['aid', 'relief', 'donat'],
    '08': ['release', 'withdraw', 'ceasefire', 'cease-fire'],
    '09': ['investigat', 'inquiry'],
    '10': ['demand'],
    '11': ['condemn', 'accuse', 'criticiz', 'denounce'],
    '12': ['reject', 'refuse'],
    '13': ['threat', 'warn', 'ultimatum'],
    '14': ['protest', 'demonstrat', 'strike'],
    '15': ['troops mass', 'alert', 'mobiliz'],
    '16': ['sanction', 'expel', 'sever', 'recall'],
    '17': ['arrest', 'detain', 'kidnap', 'seize'],
    '18': ['bomb', 'suicide', 'assassinat', 'ambush'],
    '19': ['clash', 'fighting', 'air strike', 'airstrike', 'shelling'],
    '20': ['massacre', 'genocide'],
  },
};

/**
 * Per root, take the `perRoot` best-ranked unused items with a cue; then fill to `total` across outlets in turn;
 * `plain` items with no cue at all keep the ordinary mix (articles with no codable event).
 */
function pick(items: Item[], lang: 'ar' | 'en', total: number, perRoot: number, plain: number): Item[] {
  const ranked = [...items].sort((a, b) => hash(a.id).localeCompare(hash(b.id)));
  const hay = (it: Item): string => `${it.title ?? ''}\n${it.text}`.toLowerCase();
  const chosen = new Map<string, Item>();
  for (const cues of Object.values(CUES[lang])) {
    let n = 0;
    for (const it of ranked) {
      if (n >= perRoot) break;
      if (!chosen.has(it.id) && cues.some((c) => hay(it).includes(c))) {
        chosen.set(it.id, it);
        n++;
      }
    }
  }
  const anyCue = (it: Item): boolean => Object.values(CUES[lang]).some((cs) => cs.some((c) => hay(it).includes(c)));
  for (const it of ranked.filter((x) => !chosen.has(x.id) && !anyCue(x)).slice(0, plain)) chosen.set(it.id, it);
  const outlets = [...new Set(ranked.map((it) => it.outlet ?? ''))].sort();
  let round = 0;
  while (chosen.size < total && round < ranked.length) {
    for (const o of outlets) {
      const next = ranked.filter((it) => (it.outlet ?? '') === o && !chosen.has(it.id))[0];
      if (next && chosen.size < total) chosen.set(next.id, next);
    }
    round++;
  }
  return [...chosen.values()];
}

/** Every third item in hash order goes to test; the rest to dev. */
function split(items: Item[]): { dev: string[]; test: string[] } {
  const order = items.map((it) => it.id).sort((a, b) => hash(`split:${a}`).localeCompare(hash(`split:${b}`)));
  return {
    dev: order.filter((_, i) => i % 3 !== 2).sort(),
    test: order.filter((_, i) => i % 3 === 2).sort(),
  };
}

const AR = 'saudinewsnet/sample-2000.ar.jsonl';
const EN = 'agnews/world-test-1900.en.jsonl';
// Arabic articles of 300–3,000 characters: long enough to hold events, short enough to annotate completely.
const ar = pick(read(AR).filter((a) => a.text.length >= 300 && a.text.length <= 3000), 'ar', 87, 4, 8);
const en = pick(read(EN), 'en', 318, 12, 20);
const arSplit = split(ar);
const enSplit = split(en);
const result = {
  note: 'Frozen before any coder work used it. dev: read and fix against; test: only its scores are looked at.',
  corpora: { ar: AR, en: EN },
  dev: { ar: arSplit.dev, en: enSplit.dev },
  test: { ar: arSplit.test, en: enSplit.test },
};
const out = new URL('../../test/gold-news/split.json', import.meta.url);
if (existsSync(out)) {
  const same = readFileSync(out, 'utf8') === `${JSON.stringify(result, null, 1)}\n`;
  console.log(same ? 'split.json exists and matches this selection' : 'split.json exists and DIFFERS (it is frozen; not rewritten)');
} else {
  writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log('wrote', out.pathname);
}
const outlets = (items: Item[]): string => [...new Set(items.map((i) => i.outlet))].length.toString();
console.log(`ar ${ar.length} (${outlets(ar)} outlets): dev ${arSplit.dev.length}, test ${arSplit.test.length}`);
console.log(`en ${en.length}: dev ${enSplit.dev.length}, test ${enSplit.test.length}`);
