// The PETRARCH/TABARI readers on small files written for this test, and `--dict FILE` end to end: a user's
// verb and actor files code a sentence; malformed files are named with their line.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../errors.ts';
import { createPipeline } from '../pipeline/index.ts';
import { loadActorDictionary } from '../recognize/actors/dictionary.ts';
import { loadVerbDictionary } from '../code/dictionary.ts';
import { agentGaps, gapsOnly } from './gaps.ts';
import { mapActorCode, parseDiscards, parsePetrarchActors, parsePetrarchAgents, parsePetrarchVerbs } from './index.ts';

// Fictional actors (Freedonia FRD, Sylvania SYL) so nothing depends on the built-in dictionaries.
const VERBS = `# a user's verb dictionary
&DIPLOMAT_
+ENVOY
+AMBASSADOR

---  SNUB   [111]  ---
SNUB {SNUBBED SNUBBING SNUBS}
RIDICULE
- * &DIPLOMAT                 [1662]   # SNUB ENVOY
- * (WITH +)                  [040:040] # SNUB WITH
- &MILITARY *                 [190]    # needs the parse
- * ATTACK                    [---]    # a null code
`;
const ACTORS = `FREEDONIA_  [FRD]
RUFUS_FIREFLY_   ; CountryInfo.txt
\t[FRDGOV 19330101-19350101]
\t[FRDELI 19350101-19600101]
SYLVANIA_ [SYL]
+SYLVANIAN_GOVERNMENT_ [SYLGOV]
TRENTINO_ [SYLGOV]
`;
const states = new Set(['FRD', 'SYL', 'USA']);
const isState = (c: string) => states.has(c);

describe('PETRARCH verb dictionaries', () => {
  const { entries, dropped } = parsePetrarchVerbs(VERBS, 'user.verbs', 'en');
  it('turns a synonym block into head verbs with the block code, and patterns into following words', () => {
    expect(entries.find((e) => !e.then)).toMatchObject({ cameo: '111', verbs: ['snub', 'ridicule'] });
    expect(entries.find((e) => e.cameo === '1662')).toMatchObject({ then: [['envoy', 'ambassador']] });
  });
  it('reads a paired code as a joint act and a lone preposition as the target preposition', () => {
    expect(entries.find((e) => e.cameo === '040')).toMatchObject({ joint: true, target_prep: ['with'] });
  });
  it('counts what needs the parse or codes nothing instead of guessing', () => {
    expect(dropped).toEqual({ 'words before the verb (a subject constraint: needs the parse)': 1, 'null code [---] (a pattern that blocks an event)': 1 });
  });
  it.each([
    ['a pattern with a malformed code', '--- X [111] ---\nX\n- * Y [19x]\n', 'user.verbs:3'],
    ['a pattern before any block', '- * Y [190]\n', 'user.verbs:1'],
  ])('names the file and line of %s', (_, text, where) => {
    expect(() => parsePetrarchVerbs(text, 'user.verbs', 'en')).toThrow(DataError);
    expect(() => parsePetrarchVerbs(text, 'user.verbs', 'en')).toThrow(where);
  });
});

describe('PETRARCH actor, agent and discard files', () => {
  it('gives a person dated roles, leaves state names to the states table, and maps codes to sectors', () => {
    const { entries, dropped } = parsePetrarchActors(ACTORS, 'user.actors', 'en', { isState });
    expect(entries.find((e) => e.names.en?.includes('Rufus Firefly'))).toMatchObject({
      kind: 'person', code: 'FRD',
      roles: [{ from: '1933-01-01', to: '1935-01-01', sector: 'GOV' }, { from: '1935-01-01', to: '1960-01-01', sector: 'ELI' }],
    });
    expect(entries.find((e) => e.names.en?.includes('Trentino'))).toMatchObject({ code: 'SYL', sector: 'GOV' });
    expect(dropped["state name (Marsad's states table has it)"]).toBe(1);
  });
  it.each([
    ['USAGOV', { code: 'USA', sector: 'GOV' }],
    ['IGOUNODEVWBK', { code: 'WBK', sector: null }],
    ['NGOHRIAMN', { code: 'AMN', sector: null }],
    ['MNCUSA', { code: 'USA', sector: 'BUS' }],
    ['IMGMUSALQ', { code: 'UNK', sector: 'REB' }],
    ['MEAREB', null],
  ])('maps the CAMEO actor code %s', (code, want) => expect(mapActorCode(code, isState)).toEqual(want));
  it('reads agents as head nouns with their plurals and substitutions', () => {
    const { heads } = parsePetrarchAgents('!PERSON! = MAN, WOMAN\nRIOT_POLICE {} [~COP]\nFARMER [~AGR]\nCONGRESS!PERSON! [~LEG]\n', 'a.txt', 'en');
    expect(heads.map((h) => [h.en, h.sector])).toEqual([[['riot police'], 'COP'], [['farmer', 'farmers'], 'LAB'], [['congressman', 'congresswoman'], 'LEG']]);
  });
  it('reads discards for a sentence and, with +, for the story', () => {
    expect(parseDiscards('+WORLD CUP\nBASEBALL_\n')).toEqual({ story: ['world cup'], sentence: ['baseball '] });
  });
  it('never takes a bare type or sector code ([MED], [IGO]) for a state of the file', () => {
    // A file that codes a news agency [MED] and also a body [IGOUNO] beside a bare [IGO]: neither is a state.
    const text = 'DAILY_HERALD_\n\t[MED]\nWORLD_COUNCIL_ [IGO]\nUN_SECRETARY_GENERAL [IGOUNO]\n';
    const { entries } = parsePetrarchActors(text, 'user.actors', 'en', { isState });
    expect(entries.find((e) => e.names.en?.includes('Daily Herald'))).toBeUndefined();
    expect(entries.find((e) => e.names.en?.includes('Un Secretary General'))).toMatchObject({ code: 'UNO' });
  });
  it('keeps imported names only where the built-in dictionary has none of its own', () => {
    const dict = loadActorDictionary([]);
    const { entries } = parsePetrarchActors(
      'IRAQ_\n+IRAQI_\n+FALLUJAH_\n\t[IRQGOV 19790716-20030409]\nHANS_WEAVER_\n+PRESIDENT_HANS_WEAVER_\n+THE_UN_\n\t[DEUGOV 20010101-20050101]\n',
      'user.actors', 'en', { isState: (c) => ['IRQ', 'DEU'].includes(c) },
    );
    const kept = gapsOnly(entries, dict, 'en').entries;
    // The country block with its cities goes whole; a title or a built-in name does not start an imported one.
    expect(kept.map((e) => e.names.en)).toEqual([['Hans Weaver']]);
  });
  it('keeps imported agent nouns only where Marsad has no word of its own', () => {
    const { heads } = parsePetrarchAgents('INVESTIGATOR [~COP]\nMILITARY_OFFICIAL [~MIL]\nINTERIM_PRESIDENT [~GOV]\nWARPLANE [~MIL]\n', 'a.txt', 'en');
    const verbs = loadVerbDictionary([]);
    const kept = agentGaps(heads, loadActorDictionary([]), (w) => verbs.index.en.has(w), 'en').heads;
    // "official(s)", "military", "president" are Marsad's own heads and titles; "warplanes" is a trigger.
    expect(kept.map((h) => h.en)).toEqual([['investigator', 'investigators']]);
  });
  it('names the line of a malformed date restriction', () => {
    expect(() => parsePetrarchActors('RUFUS_\n\t[FRDGOV 1933-1935]\n', 'user.actors', 'en', { isState })).toThrow('user.actors:2');
  });
});

describe('--dict FILE with PETRARCH files', () => {
  const dir0 = mkdtempSync(join(tmpdir(), 'marsad-petrarch-'));
  const file = (name: string, text: string) => (writeFileSync(join(dir0, name), text), join(dir0, name));
  const verbs = file('user.verbs', VERBS);
  const actors = file('user.actors', ACTORS);

  it('codes a sentence with a user verb and user actors', async () => {
    // The built-in dictionaries know neither "snubbed" nor Freedonia's prime minister of 1934.
    const p = await createPipeline({ dictDirs: [verbs, actors] });
    const doc = p.code({ id: 'u1', lang: 'en', published: '1934-05-01', text: 'Rufus Firefly snubbed the Sylvanian government on Monday.' });
    expect(doc.events?.map((e) => `${e.source}/${e.source_sector}→${e.target} ${e.cameo}`)).toEqual(['FRD/GOV→SYL 111']);
  });

  it('honours a discard file: a listed phrase stops its sentence, a "+" phrase the whole story', async () => {
    const discards = file('user.discards', 'FRIENDLY MATCH_\n+WORLD CUP\n');
    const p = await createPipeline({ dictDirs: [verbs, actors, discards] });
    const code = (text: string) => p.code({ id: 'd', lang: 'en', published: '1934-05-01', text }).events?.length ?? 0;
    expect(code('Rufus Firefly snubbed the Sylvanian government on Monday.')).toBe(1);
    expect(code('At a friendly match, Rufus Firefly snubbed the Sylvanian government.')).toBe(0);
    expect(code('Before the World Cup final. Rufus Firefly snubbed the Sylvanian government on Monday.')).toBe(0);
  });

  it('lets a fallback pattern code only where no other pattern matched its words', async () => {
    // A user folder (not a PETRARCH file) holding two fallback patterns.
    const dir = join(dir0, 'fallback');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'fallback.json'), JSON.stringify([
      { id: 'user.snub-fallback', lang: 'en', cameo: '1246', fallback: true, verbs: ['snub'] },
      { id: 'user.ignore-fallback', lang: 'en', cameo: '1246', fallback: true, verbs: ['ignore'] },
    ]));
    const p = await createPipeline({ dictDirs: [verbs, actors, dir] });
    const codes = (text: string) => p.code({ id: 'f', lang: 'en', published: '1934-05-01', text }).events?.map((e) => e.cameo);
    expect(codes('Rufus Firefly snubbed the Sylvanian government on Monday.')).toEqual(['111']);
    expect(codes('Rufus Firefly ignored the Sylvanian government on Monday.')).toEqual(['1246']);
  });

  it('refuses a malformed verb file, naming its line', async () => {
    const bad = file('bad.verbs', '--- SNUB [111] ---\nSNUB\n- * ENVOY [1x1]\n');
    await expect(createPipeline({ dictDirs: [bad] })).rejects.toThrow(`${bad}:3`);
  });
});
