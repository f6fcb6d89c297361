import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { DataError } from '../../errors.ts';
import { loadActorDictionary } from './dictionary.ts';
import { holderAt } from './roles.ts';
import { recognizeActors } from './recognize.ts';
import { segmented } from './test-helpers.ts';

const dir = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const shipped = loadActorDictionary([]);

function actors(text: string, lang: 'ar' | 'en', published = '2025-08-01', dict = shipped): string[] {
  return recognizeActors(segmented(text, lang, published), dict).actors.map((a) => `${a.text}|${a.code}|${a.sector}`);
}

describe('loadActorDictionary (shipped dictionaries)', () => {
  it('covers every UN member state and the usual observers and disputed territories', () => {
    const states = [...shipped.entries.values()].filter((e) => e.kind === 'state' && e.id.startsWith('state.'));
    expect(states.length).toBeGreaterThanOrEqual(197);
    for (const code of ['PSE', 'TWN', 'XKX', 'ESH', 'VAT']) expect(shipped.entries.has(`state.${code}`)).toBe(true);
  });

  it('stores Arabic names without tatweel, diacritics or presentation forms', () => {
    for (const e of shipped.entries.values()) {
      for (const n of [...(e.names.ar ?? []), ...(e.demonyms?.ar ?? [])]) expect(n, e.id).not.toMatch(/[\u0640\u064B-\u065F\uFB50-\uFEFF]/);
    }
  });

  it('resolves the same office to different holders in 2021 and 2025', () => {
    expect(holderAt(shipped, 'USA', ['president'], '2021-06-01')?.id).toBe('person.USA.biden');
    expect(holderAt(shipped, 'USA', ['president'], '2025-06-01')?.id).toBe('person.USA.trump');
    expect(holderAt(shipped, 'EUR', ['high-representative'], '2025-02-04')?.id).toBe('person.EUR.kallas');
  });

  const cases: [string, 'ar' | 'en', string, string[]][] = [
    ['a title with a country adjective is the office holder', 'ar', 'رحب الرئيس الأميركي بالاتفاق.', ['الرئيس الأميركي|USA|GOV']],
    ['an EU High Representative is EUR/GOV', 'en', 'Kallas condemned the arrests.', ['Kallas|EUR|GOV']],
    ['a possessive state and ministry', 'en', "Russia's foreign ministry summoned the envoy.", ["Russia's foreign ministry|RUS|GOV"]],
    ['a demonym before "military"', 'en', 'Pakistani military officials met on Sunday.', ['Pakistani military|PAK|MIL']],
    ['an airline by head noun and demonym', 'ar', 'علقت الخطوط الجوية الأذربيجانية رحلاتها.', ['الخطوط الجوية الأذربيجانية|AZE|BUS']],
    ['a diaspora by head noun and demonym', 'ar', 'احتجت الجالية الأذربيجانية على الاعتقالات.', ['الجالية الأذربيجانية|AZE|CVL']],
    ['a seat of power stands for the government', 'ar', 'رفض الكرملين التعليق.', ['الكرملين|RUS|GOV']],
    ['a non-state group takes its country and REB', 'ar', 'أعلن حزب الله مسؤوليته عن الهجوم.', ['حزب الله|LBN|REB']],
    ['a city attacked is a place, not an actor', 'en', 'Russia launched a drone attack on Kyiv overnight.', ['Russia|RUS|null']],
  ];
  for (const [name, lang, text, expected] of cases) it(name, () => expect(actors(text, lang)).toEqual(expected));
});

describe('loadActorDictionary (user folders)', () => {
  it('adds a new actor from a user folder without code changes', () => {
    const dict = loadActorDictionary([dir('user-add')]);
    expect(actors('The Freedonia Grain Board raised prices.', 'en', '2025-01-01', dict)).toEqual(['The Freedonia Grain Board|FRE|BUS']);
    expect(dict.entries.has('state.RUS')).toBe(true);
  });

  it('replaces a built-in entry with the same id', () => {
    const dict = loadActorDictionary([dir('user-override')]);
    expect(dict.entries.get('seat.RUS.kremlin')?.sector).toBe('ELI');
    expect(actors('رفض الكرملين التعليق.', 'ar', '2025-01-01', dict)).toEqual(['الكرملين|RUS|ELI']);
  });

  it('names the file and the entry of an invalid record', () => {
    expect(() => loadActorDictionary([dir('user-bad')])).toThrow(DataError);
    expect(() => loadActorDictionary([dir('user-bad')])).toThrow(/broken\.yaml: entry org\.bad: code/);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => loadActorDictionary([dir('no-such-folder')])).toThrow(/is not a dictionary folder/);
  });
});
