import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/index.ts';

// Arabic constructions through the whole pipeline (real actor and pattern dictionaries).
// Each case lists events that must appear ("SRC→TGT code", TGT '-' for none, " neg" when negated)
// and codes or roots that must not appear. Sentences are written for these tests.
interface Case {
  name: string;
  text: string;
  has: string[];
  not?: string[];
}

const cases: Case[] = [
  { name: 'condemned act whose agent is in a relative clause', text: 'أدانت الأردن القصف الذي نفذه الجيش الروسي على مدينة خاركيف.', has: ['JOR→RUS 111'], not: ['JOR→UKR 111'] },
  { name: 'rejected measures taken by another state', text: 'ترفض تركيا الإجراءات التي تتخذها اليونان في بحر إيجه.', has: ['TUR→GRC 120'] },
  { name: 'condemning an act named earlier targets its agent', text: 'قصفت القوات الروسية مدينة أوديسا فجر اليوم. ودانت فرنسا القصف.', has: ['FRA→RUS 111'] },
  { name: 'condemning the targeting of a victim targets the attacker', text: 'أطلقت كوريا الشمالية صواريخ على اليابان. ودانت كندا استهداف اليابان.', has: ['CAN→PRK 111'], not: ['CAN→JPN 111'] },
  { name: 'dual verb with coordinated subjects agreeing on a ceasefire', text: 'أرمينيا وأذربيجان اتفقتا على وقف لإطلاق النار.', has: ['ARM→AZE 0871', 'AZE→ARM 0871'] },
  { name: 'nominal ceasefire between two parties', text: 'صمد وقف إطلاق النار بين الهند وباكستان رغم التوتر.', has: ['IND→PAK 0871', 'PAK→IND 0871'] },
  { name: 'mediator coded toward each party of an earlier agreement', text: 'وقعت أرمينيا وأذربيجان اتفاق سلام. وتوسطت روسيا في الاتفاق.', has: ['RUS→ARM 045', 'RUS→AZE 045'] },
  { name: 'host of talks named after a relative verb', text: 'اجتمعت الهند والصين في مباحثات استضافتها موسكو.', has: ['RUS→IND 043', 'RUS→CHN 043'], not: ['IND→RUS 043'] },
  { name: 'plain statement with no codable content is 010', text: 'قالت وزارة الخارجية الصينية إن الوضع في المنطقة مستقر.', has: ['CHN→- 010'] },
  { name: 'no comment is a negated 010', text: 'ولم تعلق الحكومة الإيرانية على قرار طرد السفير.', has: ['IRN→- 010 neg'] },
  { name: 'a warning to someone is 130', text: 'حذرت كوريا الشمالية اليابان من عواقب المناورات.', has: ['PRK→JPN 130'] },
  { name: 'holding someone responsible is an accusation', text: 'حمّلت باكستان الهند مسؤولية التصعيد الأخير.', has: ['PAK→IND 112'] },
  { name: 'thanks conveyed to a state is 051', text: 'ووجه الرئيس الفرنسي الشكر إلى المغرب على مساعدته.', has: ['FRA→MAR 051'] },
  { name: 'granting asylum is 075', text: 'منحت ألمانيا المعارض الروسي حق اللجوء.', has: ['DEU→RUS 075'] },
  { name: 'دانت without hamza condemns', text: 'دانت تونس الخطوة الإسرائيلية.', has: ['TUN→ISR 111'] },
  { name: 'drones are not a march', text: 'أطلقت روسيا مسيّرات على مواقع أوكرانية.', has: [], not: ['141'] },
  { name: '"issued by" is not a confiscation', text: 'وجاء في بيان صادر عن وزارة الخارجية التركية أن أنقرة ترحب بالاتفاق.', has: [], not: ['1711'] },
  { name: 'a charge codes the accusation, not the alleged act', text: 'وجهت النيابة العامة الفرنسية إلى الدبلوماسي الإيراني تهمة خطف معارض.', has: ['FRA→IRN 112'], not: ['181'] },
  { name: 'a circumstantial participle shares the main subject', text: 'دعت مصر إلى التهدئة، متهمةً إثيوبيا بالتعنت.', has: ['EGY→ETH 112'] },
  { name: 'a possessive pronoun on a verbal noun names its agent', text: 'وتواصل روسيا حربها على أوكرانيا منذ عام 2022.', has: ['RUS→UKR 190'] },
  { name: 'an appeal with no addressee keeps a null target', text: 'دعت الصين إلى ضبط النفس.', has: ['CHN→- 020'] },
  { name: '"does not pose a threat" is not a threat', text: 'قالت تركيا إن المشروع لا يشكل تهديداً لليونان.', has: [], not: ['13'] },
  { name: 'a participle of praise after a comma', text: 'وصل الرئيس التركي إلى بغداد، مشيداً بالعراق.', has: ['TUR→IRQ 051'] },
];

const pipeline = await createPipeline();
const show = (e: { source: string | null; target: string | null; cameo: string; negated: boolean }) =>
  `${e.source}→${e.target ?? '-'} ${e.cameo}${e.negated ? ' neg' : ''}`;

describe('Arabic constructions (real dictionaries)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const doc = pipeline.code({ id: 't', text: c.text, lang: 'ar', published: '2025-06-01' });
      const got = (doc.events ?? []).map(show);
      for (const h of c.has) expect(got).toContain(h);
      // A "not" entry is a whole event ("JOR→UKR 111") or a code prefix ("141", "13").
      for (const n of c.not ?? []) expect(got.filter((g) => (n.includes('→') ? g === n : g.split(' ')[1]!.startsWith(n)))).toEqual([]);
    });
  }
});
