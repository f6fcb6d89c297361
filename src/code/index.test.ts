import { describe, expect, it } from 'vitest';
import { codeEvents } from './index.ts';
import { resolveEvents } from '../resolve/index.ts';
import { formatExplanations } from './explain.ts';
import { fixtureDoc, fixtureVerbs, type FixtureActor } from './fixtures/fixture-doc.ts';
import type { Lang } from '../doc.ts';

interface Case {
  name: string;
  lang: Lang;
  text: string;
  actors: FixtureActor[];
  /** Expected events as "SRC→TGT code" (TGT '-' for none), with " neg" when negated. */
  events: string[];
}

const RU_POLICE: FixtureActor = ['الشرطة الروسية', 'RUS', 'COP'];

const cases: Case[] = [
  { name: 'verb–subject–object', lang: 'ar', text: 'داهمت الشرطة الروسية منازل أذربيجانيين في مدينة قازان.', actors: [RU_POLICE, ['أذربيجانيين', 'AZE', 'CVL']], events: ['RUS→AZE 173'] },
  { name: 'subject–verb–object', lang: 'ar', text: 'الحكومة الأرمينية انتقدت موقف باكو الأخير.', actors: [['الحكومة الأرمينية', 'ARM', 'GOV'], ['باكو', 'AZE', 'GOV']], events: ['ARM→AZE 111'] },
  { name: 'light verb with a verbal noun takes the light verb’s subject', lang: 'ar', text: 'قامت السلطات الأذربيجانية بمداهمة مكاتب وكالة تاس الروسية.', actors: [['السلطات الأذربيجانية', 'AZE', 'GOV'], ['وكالة تاس الروسية', 'RUS', 'MED']], events: ['AZE→RUS 173'] },
  { name: 'announced decision coded as the act', lang: 'ar', text: 'أعلنت الحكومة الهندية فرض عقوبات على باكستان.', actors: [['الحكومة الهندية', 'IND', 'GOV'], ['باكستان', 'PAK', null]], events: ['IND→PAK 163'] },
  { name: 'passive with the agent in a relative clause', lang: 'ar', text: 'أُصيبت الطائرة الأذربيجانية بصاروخ أطلقته منظومة دفاع روسية.', actors: [['الأذربيجانية', 'AZE', null, 'demonym'], ['منظومة دفاع روسية', 'RUS', 'MIL']], events: ['RUS→AZE 195'] },
  { name: 'reported speech codes the stated fact, not a bare statement', lang: 'ar', text: 'قال وزير الخارجية الروسي إن الجيش الأوكراني هاجم القوات الروسية.', actors: [['وزير الخارجية الروسي', 'RUS', 'GOV'], ['الجيش الأوكراني', 'UKR', 'MIL'], ['القوات الروسية', 'RUS', 'MIL']], events: ['UKR→RUS 190'] },
  { name: 'coordinated objects give one event per target', lang: 'ar', text: 'فرضت الصين عقوبات على الولايات المتحدة وكندا.', actors: [['الصين', 'CHN', null], ['الولايات المتحدة', 'USA', null], ['كندا', 'CAN', null]], events: ['CHN→USA 163', 'CHN→CAN 163'] },
  { name: 'coordinated verbs share the subject', lang: 'ar', text: 'داهمت الشرطة الروسية مقر الجالية واعتقلت ناشطين أذربيجانيين.', actors: [RU_POLICE, ['ناشطين أذربيجانيين', 'AZE', 'CVL']], events: ['RUS→AZE 173'] },
  { name: 'dropped subject carried from the previous sentence', lang: 'ar', text: 'اتهم الرئيس التركي إسرائيل بارتكاب مجازر. وانتقد صمت الاتحاد الأوروبي.', actors: [['الرئيس التركي', 'TUR', 'GOV'], ['إسرائيل', 'ISR', null], ['الاتحاد الأوروبي', 'EUR', null]], events: ['TUR→ISR 112', 'TUR→EUR 111'] },
  { name: 'negation with لم sets negated', lang: 'ar', text: 'لم تعترف الحكومة الفرنسية بالمجلس العسكري في النيجر.', actors: [['الحكومة الفرنسية', 'FRA', 'GOV'], ['المجلس العسكري', 'NER', 'MIL']], events: ['FRA→NER 054 neg'] },
  { name: 'modal قد before an imperfect is not coded', lang: 'ar', text: 'قد تفرض الحكومة الأمريكية عقوبات على إيران.', actors: [['الحكومة الأمريكية', 'USA', 'GOV'], ['إيران', 'IRN', null]], events: [] },
  { name: 'a denial is the denier’s statement, not the denied act', lang: 'ar', text: 'نفت موسكو إسقاط الطائرة الأذربيجانية.', actors: [['موسكو', 'RUS', 'GOV']], events: ['RUS→- 016'] },
  { name: 'an accusation codes only the accusation', lang: 'ar', text: 'اتهمت أذربيجان روسيا بإسقاط الطائرة.', actors: [['أذربيجان', 'AZE', null], ['روسيا', 'RUS', null]], events: ['AZE→RUS 112'] },
  { name: 'an event inside a cause phrase is not coded', lang: 'ar', text: 'على خلفية الهجمات الأخيرة، استدعت أوكرانيا السفير المجري.', actors: [['أوكرانيا', 'UKR', null], ['المجري', 'HUN', 'GOV', 'demonym']], events: ['UKR→HUN 114'] },
  { name: 'multiword lawsuit pattern with its preposition', lang: 'ar', text: 'أعلن الرئيس الأذربيجاني رفع دعوى قضائية ضد موسكو.', actors: [['الرئيس الأذربيجاني', 'AZE', 'GOV'], ['موسكو', 'RUS', 'GOV']], events: ['AZE→RUS 115'] },
  { name: 'no pattern, no event (no default 010)', lang: 'ar', text: 'وصل وزير الخارجية المصري إلى الرياض مساء الأحد.', actors: [['وزير الخارجية المصري', 'EGY', 'GOV']], events: [] },
  { name: 'several events in one sentence, with a coordinated verb keeping its subject', lang: 'ar', text: 'اعتقلت الشرطة الجورجية ناشطين معارضين وانتقدت الحكومة الروسية.', actors: [['الشرطة الجورجية', 'GEO', 'COP'], ['ناشطين معارضين', 'GEO', 'OPP'], ['الحكومة الروسية', 'RUS', 'GOV']], events: ['GEO→GEO 173', 'GEO→RUS 111'] },
  { name: 'a threat maps to 13x', lang: 'ar', text: 'هددت كوريا الشمالية اليابان برد عسكري.', actors: [['كوريا الشمالية', 'PRK', null], ['اليابان', 'JPN', null]], events: ['PRK→JPN 130'] },
  { name: 'a pledge maps to 03x', lang: 'ar', text: 'تعهدت ألمانيا بمساعدة أوكرانيا.', actors: [['ألمانيا', 'DEU', null], ['أوكرانيا', 'UKR', null]], events: ['DEU→UKR 030'] },
  { name: 'English active voice', lang: 'en', text: 'Chinese police arrested two Japanese journalists in Shanghai.', actors: [['Chinese police', 'CHN', 'COP'], ['Japanese journalists', 'JPN', 'MED']], events: ['CHN→JPN 173'] },
  { name: 'English passive with a by-agent', lang: 'en', text: 'Two Japanese journalists were arrested by Chinese police on Monday.', actors: [['Chinese police', 'CHN', 'COP'], ['Japanese journalists', 'JPN', 'MED']], events: ['CHN→JPN 173'] },
  { name: 'English reported speech codes the stated attack', lang: 'en', text: 'The ministry said Russian forces attacked Ukrainian positions near Kharkiv.', actors: [['The ministry', 'UKR', 'GOV'], ['Russian forces', 'RUS', 'MIL'], ['Ukrainian positions', 'UKR', 'MIL']], events: ['RUS→UKR 190'] },
  { name: 'English coordinated subjects each act', lang: 'en', text: 'France and Germany condemned Moscow on Tuesday.', actors: [['France', 'FRA', null], ['Germany', 'DEU', null], ['Moscow', 'RUS', 'GOV']], events: ['FRA→RUS 111', 'DEU→RUS 111'] },
  { name: 'English negation with did not', lang: 'en', text: 'India did not recognise the new government in Kabul.', actors: [['India', 'IND', null], ['the new government in Kabul', 'AFG', 'GOV']], events: ['IND→AFG 054 neg'] },
  { name: 'English sanctions announced with would are a threat', lang: 'en', text: 'Washington said it would impose sanctions on Caracas.', actors: [['Washington', 'USA', 'GOV'], ['Caracas', 'VEN', 'GOV']], events: ['USA→VEN 1312'] },
  { name: 'English modal may is not coded', lang: 'en', text: 'Washington may impose sanctions on Caracas next week.', actors: [['Washington', 'USA', 'GOV'], ['Caracas', 'VEN', 'GOV']], events: [] },
  { name: 'English denial does not code the denied act', lang: 'en', text: 'Moscow denied that its forces shot down the airliner.', actors: [['Moscow', 'RUS', 'GOV'], ['its forces', 'RUS', 'MIL']], events: ['RUS→- 016'] },
  { name: 'English accusation codes X→Y only', lang: 'en', text: 'Japan accused China of violating its airspace.', actors: [['Japan', 'JPN', null], ['China', 'CHN', null]], events: ['JPN→CHN 112'] },
  { name: 'English joint signing is coded both ways', lang: 'en', text: 'Armenia and Azerbaijan signed a peace agreement in Washington.', actors: [['Armenia', 'ARM', null], ['Azerbaijan', 'AZE', null]], events: ['ARM→AZE 057', 'AZE→ARM 057'] },
  { name: 'English summoned the ambassador is 114', lang: 'en', text: 'Warsaw summoned the Belarusian ambassador on Friday.', actors: [['Warsaw', 'POL', 'GOV'], ['Belarusian', 'BLR', 'GOV', 'demonym']], events: ['POL→BLR 114'] },
];

const show = (e: { source: string | null; target: string | null; cameo: string; negated: boolean }) =>
  `${e.source}→${e.target ?? '-'} ${e.cameo}${e.negated ? ' neg' : ''}`;

describe('codeEvents constructions', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.name}`, () => {
      const doc = resolveEvents(codeEvents(fixtureDoc(c.text, c.lang, c.actors), fixtureVerbs));
      expect((doc.events ?? []).map(show).sort()).toEqual([...c.events].sort());
    });
  }
});

describe('codeEvents evidence and explanations', () => {
  it('gives each event its whole sentence as quote, trigger offsets inside it, a rule and a confidence', () => {
    const text = 'وصل الوفد صباحا. داهمت الشرطة الروسية منازل أذربيجانيين.';
    const doc = codeEvents(fixtureDoc(text, 'ar', [RU_POLICE, ['أذربيجانيين', 'AZE', 'CVL']]), fixtureVerbs);
    const e = doc.events![0]!;
    expect(e.quote).toBe('داهمت الشرطة الروسية منازل أذربيجانيين.');
    expect(text.slice(e.quote_start, e.quote_end)).toBe(e.quote);
    expect(text.slice(e.trigger_start, e.trigger_end)).toBe('داهمت');
    expect(e.rule).toMatch(/^t\.raid#vso/);
    expect(e.confidence).toBeGreaterThan(0.5);
    expect(e.quad_class).toBe(4);
  });

  it('does not code heading sentences', () => {
    const base = fixtureDoc('داهمت الشرطة الروسية منازل أذربيجانيين', 'ar', [RU_POLICE, ['أذربيجانيين', 'AZE', 'CVL']]);
    const doc = codeEvents({ ...base, sentences: base.sentences!.map((s) => ({ ...s, heading: true })) }, fixtureVerbs);
    expect(doc.events).toEqual([]);
  });

  it('lists a near-miss with the reason it was not coded', () => {
    const doc = codeEvents(fixtureDoc('قد تفرض الحكومة الأمريكية عقوبات على إيران.', 'ar', [['الحكومة الأمريكية', 'USA', 'GOV'], ['إيران', 'IRN', null]]), fixtureVerbs);
    expect(doc.explanations!.some((x) => x.outcome === 'skipped' && /modal/.test(x.reason))).toBe(true);
    expect(formatExplanations(doc)).toMatch(/MISSED .*modal/);
  });

  it('names the cause phrase when an agentless event sits inside one', () => {
    const doc = codeEvents(fixtureDoc('بعد الهجمات الأخيرة، استدعت أوكرانيا السفير المجري.', 'ar', [['أوكرانيا', 'UKR', null], ['المجري', 'HUN', 'GOV', 'demonym']]), fixtureVerbs);
    expect(doc.explanations!.some((x) => x.outcome === 'skipped' && /cause phrase/.test(x.reason))).toBe(true);
  });
});
