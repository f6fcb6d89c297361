// Tests for English wire copy about smaller states: titles after a national body, participles before
// titles, bare nouns placed by the sentence, coordinated adjectives and Caribbean short names.
import { describe, expect, it } from 'vitest';
import { loadActorDictionary } from './dictionary.ts';
import { recognizeActors } from './recognize.ts';
import { segmented } from './test-helpers.ts';

const dict = loadActorDictionary([]);
const actors = (text: string) =>
  recognizeActors(segmented(text, 'en', '2025-06-01'), dict).actors.map((a) => `${a.text}|${a.code}|${a.sector}`);

describe('recognizeActors: English regional news (built-in dictionary)', () => {
  const cases: [string, string, (got: string[]) => void][] = [
    ['a named title holder after a national body is one person of that body', 'Zambian police commander Joseph Banda visited the camp on Monday.',
      (got) => expect(got).toEqual(['Zambian police commander Joseph Banda|ZMB|COP'])],
    ['a participle after an actor is its verb, not a modifier of the title', 'Soldiers detained President Mohamed Bazoum at his residence.',
      (got) => expect(got.some((a) => a.startsWith('detained'))).toBe(false)],
    ['a participle after "the" stays a modifier', 'Lawyers for the detained President Mohamed Bazoum filed a complaint.',
      (got) => expect(got.some((a) => a.startsWith('the detained President Mohamed Bazoum|NER'))).toBe(true)],
    ['a bare noun takes the country of a place right after it, not an earlier same noun', 'Malian soldiers patrolled the border. Soldiers arrested two men in Niamey on Friday.',
      (got) => expect(got).toContain('Soldiers|NER|MIL')],
    ['a destination is no topic for a bare noun after the traveller', 'Kenyan police commander Joseph Otieno arrived in Port-au-Prince with 200 officers.',
      (got) => expect(got).toContain('officers|KEN|MIL')],
    ['the first of two coordinated adjectives shares the head', 'Thai and Cambodian troops exchanged fire on Tuesday.',
      (got) => expect(got).toEqual(['Thai|THA|MIL', 'Cambodian troops|KHM|MIL'])],
    ['a Caribbean short name before a title', 'St Lucia Prime Minister Philip Pierre welcomed the delegation.',
      (got) => expect(got).toEqual(['St Lucia Prime Minister Philip Pierre|LCA|GOV'])],
    ['a capital in a dateline is a place', 'KINGSTOWN, Jan 3 - Vincentian officials met Trinidadian envoys.',
      (got) => expect(got.some((a) => a.startsWith('KINGSTOWN'))).toBe(false)],
    ['a known name under another country\'s title is a namesake of that country', 'Colombian Defence Minister Pedro Sanchez met the generals.',
      (got) => expect(got).toEqual(['Colombian Defence Minister Pedro Sanchez|COL|GOV'])],
    ['a counterpart with a country adjective is that government', 'The minister phoned his Bolivian counterpart on Friday.',
      (got) => expect(got).toContain('Bolivian counterpart|BOL|GOV')],
    ['a counterpart holds the same kind of post as the caller', 'The Thai army chief phoned his Cambodian counterpart on Sunday.',
      (got) => expect(got).toContain('Cambodian counterpart|KHM|MIL')],
    ['a body\'s building after "outside" is a location', 'Police fired tear gas at students outside parliament on Monday.',
      (got) => expect(got.some((a) => a.startsWith('parliament'))).toBe(false)],
    ['regional bodies named after a region are IGOs', 'The East African Community and the Association of Southeast Asian Nations sent observers.',
      (got) => expect(got).toEqual(['The East African Community|IGO|null', 'the Association of Southeast Asian Nations|IGO|null'])],
    ['a four-word name after a title stays whole, a weekday does not join it', 'Burmese opposition leader Aung San Suu Kyi and Bolivian President Luis Arce Monday.',
      (got) => expect(got).toEqual(['Burmese opposition leader Aung San Suu Kyi|MMR|OPP', 'Bolivian President Luis Arce|BOL|GOV'])],
    ['a place someone is sent to does not give a bare noun its country', 'Colombia said on Monday it would send intelligence officers to Quito.',
      (got) => expect(got).toContain('intelligence officers|COL|COP')],
  ];
  for (const [name, text, check] of cases) it(name, () => check(actors(text)));
});
