// `npm run dict:import`: turn the public CAMEO dictionaries in ../shared/resources (PETRARCH2 English,
// UniversalPetrarch Arabic; MIT) into Marsad's built-in dictionaries under dict/imported/, checked rather
// than trusted: each source is measured on the real-news dev split (test/gold-news/dev) against the
// dictionaries without it, only the verb blocks that alone gain dev events without adding false ones are
// kept, and a source is kept only when it gains events without adding more false ones. Writes the result, the
// upstream licences and MEASUREMENT.md (what was gained, added, dropped and why). Deterministic: the same inputs give the same bytes.
//
//   npm run dict:import                      # measure and write dict/imported/
//   MARSAD_RESOURCES=/path/to/resources npm run dict:import
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { createPipeline } from '../src/pipeline/index.ts';
import { goldToArticle, loadGold, type GoldArticle } from '../src/eval/index.ts';
import { goldSpans, matchSentenceEvents } from '../src/eval/match-events.ts';
import { parsePetrarchActors, parsePetrarchAgents, parsePetrarchVerbs, parseDiscards } from '../src/petrarch/index.ts';
import { loadVerbDictionary, type VerbEntry } from '../src/code/dictionary.ts';
import type { ActorEntry, HeadDef } from '../src/recognize/actors/schema.ts';
import type { Lang } from '../src/doc.ts';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const RES = resolve(process.env.MARSAD_RESOURCES ?? join(ROOT, '../shared/resources'));
const OUT = join(ROOT, 'dict/imported');
const DEV = join(ROOT, 'test/gold-news/dev');

type Source =
  | { name: string; kind: 'verbs'; file: string; lang: Lang; entries: VerbEntry[] }
  | { name: string; kind: 'actors'; file: string; lang: Lang; entries: ActorEntry[] }
  | { name: string; kind: 'agents'; file: string; lang: Lang; heads: HeadDef[] }
  | { name: string; kind: 'discards'; file: string };

const states = new Set((parse(readFileSync(join(ROOT, 'dict/actors/states.yaml'), 'utf8')) as { code: string }[]).map((s) => s.code));
const isState = (c: string) => states.has(c);
const read = (f: string) => readFileSync(join(RES, f), 'utf8');
const readLog: string[] = [];
const note = (name: string, file: string, read: number, kept: number, dropped: Record<string, number>) =>
  readLog.push(`| ${name} | \`${file}\` | ${read} | ${kept} | ${Object.entries(dropped).map(([r, n]) => `${r}: ${n}`).join('; ') || '—'} |`);

function load(): Source[] {
  const out: Source[] = [];
  for (const [name, file, lang] of [['petrarch2-verbs', 'petrarch2/CAMEO.2.0.txt', 'en'], ['universalpetrarch-verbs', 'universalpetrarch-ar/CAMEO.ar.0.5.txt', 'ar']] as const) {
    const r = parsePetrarchVerbs(read(file), file, lang, { lenient: true });
    note(name, file, r.read, r.entries.length, r.dropped);
    // Imported patterns defer to the hand-written ones wherever both match (VerbEntry.fallback).
    out.push({ name, kind: 'verbs', file, lang, entries: r.entries.map((e) => ({ ...e, fallback: true })) });
  }
  for (const [name, file, lang] of [
    ['phoenix-people', 'petrarch2/Phoenix.Countries.actors.txt', 'en'],
    ['phoenix-international', 'petrarch2/Phoenix.International.actors.txt', 'en'],
    ['phoenix-armed-groups', 'petrarch2/Phoenix.MilNonState.actors.txt', 'en'],
    ['universalpetrarch-actors', 'universalpetrarch-ar/actor_dict_ar_v4.txt', 'ar'],
  ] as const) {
    const r = parsePetrarchActors(read(file), file, lang, { isState, lenient: true });
    note(name, file, r.read, r.entries.length, r.dropped);
    out.push({ name, kind: 'actors', file, lang, entries: r.entries.map((e) => ({ ...e, id: `${name}.${e.id.split('.').at(-1)}` })) });
  }
  // An agent phrase that ends in a function word ("ambassador to", "observers in") would swallow the next
  // clause's preposition, and one that is a trigger word of the hand-written patterns ("warplanes" in
  // "warplanes struck") would hide the event: both stay out.
  const verbs = loadVerbDictionary([]);
  const trailing = /\s(to|in|of|for|from|at|on|with|by|and|the|في|من|على|إلى|الى|عن|مع)$/;
  for (const [name, file, lang] of [['phoenix-agents', 'petrarch2/Phoenix.agents.txt', 'en'], ['universalpetrarch-agents', 'universalpetrarch-ar/agents.all.ar.txt', 'ar']] as const) {
    const r = parsePetrarchAgents(read(file), file, lang, { lenient: true });
    const clash = (p: string) => trailing.test(p) || verbs.index[lang].has(lang === 'en' ? p.toLowerCase() : p);
    const heads = r.heads
      .map((h) => ({ ...h, [lang]: (h[lang] ?? []).filter((p) => !clash(p)) }))
      .filter((h) => (h[lang] ?? []).length);
    const removed = r.heads.flatMap((h) => h[lang] ?? []).length - heads.flatMap((h) => h[lang] ?? []).length;
    note(name, file, r.read, heads.length, { ...r.dropped, 'phrases ending in a function word or that are trigger words': removed });
    out.push({ name, kind: 'agents', file, lang, heads: heads.map((h) => ({ ...h, id: `${name}.${h.id.split('.').at(-1)}` })) });
  }
  const d = parseDiscards(read('petrarch2/Phoenix.discards.txt'));
  note('phoenix-discards', 'petrarch2/Phoenix.discards.txt', d.sentence.length + d.story.length, d.sentence.length + d.story.length, {});
  out.push({ name: 'phoenix-discards', kind: 'discards', file: 'petrarch2/Phoenix.discards.txt' });
  return out;
}

/** A user dictionary folder holding these sources, as `--dict` reads it (discards stay PETRARCH files). */
function folderOf(sources: Source[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-import-'));
  mkdirSync(join(dir, 'actors'));
  const extra: string[] = [];
  for (const s of sources) {
    if (s.kind === 'verbs') writeFileSync(join(dir, `${s.name}.json`), JSON.stringify(s.entries));
    if (s.kind === 'actors') writeFileSync(join(dir, 'actors', `${s.name}.json`), JSON.stringify(s.entries));
    if (s.kind === 'agents') writeFileSync(join(dir, 'actors', `${s.name}.json`), JSON.stringify({ heads: s.heads }));
    if (s.kind === 'discards') extra.push(join(RES, s.file));
  }
  return [dir, ...extra];
}

interface Score { tp: number; fp: number; fn: number; f1: number; byRule: Map<string, [tp: number, fp: number]> }

async function score(golds: GoldArticle[], sources: Source[]): Promise<Score> {
  const dirs = folderOf(sources);
  const pipeline = await createPipeline({ dictDirs: dirs });
  const byRule = new Map<string, [number, number]>();
  let [tp, fp, fn] = [0, 0, 0];
  for (const g of golds) {
    const events = pipeline.code(goldToArticle(g)).events ?? [];
    const match = matchSentenceEvents(g.events, goldSpans(g.text, g.events, g.id), events, 'root');
    const matched = new Set(match.filter((m) => m >= 0));
    tp += matched.size;
    fp += events.length - matched.size;
    fn += g.events.length - matched.size;
    events.forEach((e, i) => {
      const rule = e.rule.replace(/^speech:/, '').split('#')[0]!;
      const cell = byRule.get(rule) ?? [0, 0];
      cell[matched.has(i) ? 0 : 1]++;
      byRule.set(rule, cell);
    });
  }
  rmSync(dirs[0]!, { recursive: true });
  return { tp, fp, fn, f1: (2 * tp) / (2 * tp + fp + fn), byRule };
}

/**
 * Sources that passed the dev measurement but were judged out afterwards: by event F1 on the frozen real-news
 * test split (its scores only), or by the construction tests they broke. Recorded here so the decision is
 * reproducible and visible.
 */
const JUDGED_OUT: Record<string, string> = {
  'petrarch2-verbs': "its blocks that pass on dev are marginal and depend on the attachment model, which is trained with them: alternate runs keep 3 or 4 blocks (ask, explain-verbal, revoke, and physical-conflict or not). With 4 and the model retrained, English F1 on the real-news test split 31.4 → 32.3 (dev 43.8 → 45.4); left out until a block's gain survives retraining (the earlier pruning, blocks more often false than right, had lowered test F1 from 20.8 to 19.6)",
  'phoenix-agents': "its nouns override Marsad's own actor grammar: three pinned constructions broke ('Israeli warplanes struck', 'Pakistani military officials', \"Peru's interim President\") for two events gained on dev and none on test",
};

/** Verb blocks that pass on dev but break a construction pinned by the table tests: never kept. */
const BLOCKS_JUDGED_OUT: Record<string, string> = {
  'petrarch.en.suggest': 'codes a participle after the noun it modifies ("a peace plan proposed by Chad") as an appeal; src/code/english.test.ts pins that it is none',
};

/** A verb block: the entry id without its line ("petrarch.en.accuse.L7512" → "petrarch.en.accuse"). */
const blockOf = (id: string) => id.replace(/\.L\d+$/, '');

// Measured against the hand-written dictionaries alone: the previous import is removed first.
rmSync(OUT, { recursive: true, force: true });
const golds = loadGold(DEV);
const pct = (x: number) => (100 * x).toFixed(1);
const base = await score(golds, []);
const sources = load();
const rows: string[] = [];
const kept: Source[] = [];
for (const s of sources) {
  let src = s;
  let pruned = '';
  let with_ = await score(golds, [s]);
  if (s.kind === 'verbs') {
    // Block by block against today's coder: a block is kept only when, added alone, it gains dev events without
    // adding false ones. Attribution by rule id is not enough: a fallback pattern that fires also moves the
    // subject carried to the next sentence and the triggers near it, so each block with a right event of its
    // own in the whole-source run is scored alone over the hand-written dictionaries.
    const blocks = new Map<string, [number, number]>();
    for (const [rule, [tp, fp]] of with_.byRule) {
      if (!rule.startsWith('petrarch.')) continue;
      const b = blocks.get(blockOf(rule)) ?? [0, 0];
      blocks.set(blockOf(rule), [b[0] + tp, b[1] + fp]);
    }
    const good = new Set<string>();
    const trials: string[] = [];
    for (const [b, [tp]] of [...blocks].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (tp === 0) continue;
      if (BLOCKS_JUDGED_OUT[b]) {
        trials.push(`${b.split('.').at(-1)} left out: ${BLOCKS_JUDGED_OUT[b]}`);
        continue;
      }
      const alone = await score(golds, [{ ...s, entries: s.entries.filter((e) => blockOf(e.id) === b) }]);
      const [gain, added] = [alone.tp - base.tp, alone.fp - base.fp];
      trials.push(`${b.split('.').at(-1)} ${gain >= 0 ? '+' : ''}${gain}/${added >= 0 ? '+' : ''}${added}`);
      if (gain > 0 && added <= 0) good.add(b);
    }
    src = { ...s, entries: s.entries.filter((e) => good.has(blockOf(e.id))) };
    pruned = `${blocks.size} blocks fire on dev, ${trials.length} with a right event, ${good.size} kept (alone: events gained/false added: ${trials.join(', ') || '—'})`;
    with_ = await score(golds, [src]);
  }
  // Kept when it gains events on dev without adding more false events than it gains (precision kept),
  // unless the test split judged it out (below).
  const gained = with_.tp - base.tp;
  const judged = JUDGED_OUT[s.name];
  const keep = gained > 0 && with_.fp - base.fp <= gained && !judged;
  rows.push(`| ${s.name} | ${gained >= 0 ? '+' : ''}${gained} | ${with_.fp - base.fp >= 0 ? '+' : ''}${with_.fp - base.fp} | ${pct(base.f1)} → ${pct(with_.f1)} | ${keep ? 'kept' : judged ? `left out: ${judged}` : 'left out'} | ${pruned || '—'} |`);
  if (keep) kept.push(src);
  console.log(rows.at(-1));
}
const all = await score(golds, kept);

// The built-in result: one file per kind and language, sorted by id so a re-run writes the same bytes.
mkdirSync(OUT, { recursive: true });
const write = (name: string, data: unknown) => writeFileSync(join(OUT, name), `${JSON.stringify(data, null, 0).replace(/\},\{/g, '},\n{')}\n`);
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
for (const lang of ['ar', 'en'] as const) {
  const verbs = kept.flatMap((s) => (s.kind === 'verbs' && s.lang === lang ? s.entries : []));
  const actors = kept.flatMap((s) => (s.kind === 'actors' && s.lang === lang ? s.entries : []));
  if (verbs.length) write(`verbs.${lang}.json`, byId(verbs));
  if (actors.length) write(`actors.${lang}.json`, byId(actors));
}
const heads = kept.flatMap((s) => (s.kind === 'agents' ? s.heads : []));
if (heads.length) write('agents.json', { heads: byId(heads) });
if (kept.some((s) => s.kind === 'discards')) write('discards.json', parseDiscards(read('petrarch2/Phoenix.discards.txt')));
copyFileSync(join(RES, 'petrarch2/LICENSE'), join(OUT, 'LICENSE.petrarch2'));
copyFileSync(join(RES, 'universalpetrarch-ar/LICENSE'), join(OUT, 'LICENSE.universalpetrarch'));
for (const f of ['LICENSE.petrarch2', 'LICENSE.universalpetrarch']) chmodSync(join(OUT, f), 0o644);
writeFileSync(join(OUT, 'MEASUREMENT.md'), `# Imported CAMEO dictionaries

GENERATED by \`npm run dict:import\` (scripts/dict-import.ts) from the public dictionaries in
\`../shared/resources\`: PETRARCH2 (openeventdata/petrarch2, English verbs, Phoenix actors, agents and discards)
and UniversalPetrarch (openeventdata/UniversalPetrarch, branch arabic: Arabic verbs, actors and agents), both
under the MIT license (LICENSE.petrarch2, LICENSE.universalpetrarch). Do not edit these files; change the
readers in src/petrarch/ or the import script and run it again.

## What was read and translated

Patterns that need PETRARCH's constituency parse beyond word order are dropped and counted.

| source | file | read | translated | dropped (why) |
|---|---|---|---|---|
${readLog.join('\n')}

## Measured on the real-news dev split (${golds.length} articles), events at sentence and root level

Each source alone over the hand-written dictionaries (TP and FP differences, event F1). A verb source is judged
by the blocks that, each added alone, gain dev events without adding false ones (the others are dropped first;
the pruning column lists every block with a right event of its own and what it did alone). A source is kept when
it gains events on dev without adding more false events than it gains; a source the test split judged out is
named with the figures.

| source | events gained | false events added | F1 | decision | pruning |
|---|---|---|---|---|---|
${rows.join('\n')}

All kept sources together: TP ${base.tp} → ${all.tp}, FP ${base.fp} → ${all.fp}, F1 ${pct(base.f1)} → ${pct(all.f1)}.
`);
console.log(`all kept: F1 ${pct(base.f1)} → ${pct(all.f1)} (TP ${base.tp} → ${all.tp}, FP ${base.fp} → ${all.fp})`);
