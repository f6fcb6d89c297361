// Contract for text search on every engine: article title and text, Arabic folding, English inflections.
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { contractStore, makeDoc } from './contract-docs.ts';
import type { Engine } from './engine.ts';
import { fillSearchText } from './search.ts';

/** One event per article, on its first sentence, so each found event names its article. */
const doc = (id: string, lang: 'ar' | 'en', title: string, text: string) => {
  const quote = text.split(/(?<=[.؟])\s/)[0]!;
  return makeDoc({ id, lang, title, text, published: '2025-07-01',
    events: [{ quote, trigger: quote.split(' ')[1]!, source: 'AZE', target: 'RUS', cameo: '111', goldstein: -2, date: null }] });
};

const DOCS = [
  doc('ar-plane', 'ar', 'أذربيجان تطالب روسيا بالاعتذار',
    'قال مسؤولون إن الطائرة سقطت قرب أكتاو. وأكد مُوسَى أن التحقيـــق مستمر مع إيران.'),
  doc('ar-other', 'ar', 'مصر تدين الغارة', 'أدانت القاهرة الغارة على غزة. ودعت إلى الوساطة.'),
  doc('en-police', 'en', 'EU widens sanctions on Moscow',
    'Police arrested three activists on Monday. The ministry said its policies would stay.'),
  doc('en-envoy', 'en', 'Envoy held', 'The arrest of the envoy drew a sanction from Baku.'),
];

export function storeSearchContract(name: string, openEngine: () => Promise<Engine>): void {
  describe(`Store search contract on ${name}`, () => {
    const db = contractStore(openEngine, () => DOCS);

    const found = async (text: string): Promise<string[]> =>
      [...new Set((await db.store.events({ text, limit: 100 })).items.map((e) => e.article_id))].sort();

    const cases: [string, string, string[]][] = [
      ['a bare alef finds a hamza alef, in the title', 'اذربيجان', ['ar-plane']],
      ['ha finds ta marbuta', 'الطائره', ['ar-plane']],
      ['diacritics in the query are ignored', 'الطَّائِرَةُ', ['ar-plane']],
      ['tatweel in the query is ignored', 'الطـائرة', ['ar-plane']],
      ['ya finds alef maqsura under diacritics in the text', 'موسي', ['ar-plane']],
      ['tatweel in the text is ignored', 'التحقيق', ['ar-plane']],
      ['a bare alef finds hamza below', 'ايران', ['ar-plane']],
      ['a word outside the evidence sentence finds the article', 'الوساطة', ['ar-other']],
      ['a singular finds a plural, in the title', 'sanction', ['en-envoy', 'en-police']],
      ['a plural finds a singular', 'SANCTIONS', ['en-envoy', 'en-police']],
      ['a past tense finds the base form', 'arrested', ['en-envoy', 'en-police']],
      ['a base form finds the past tense', 'Arrest', ['en-envoy', 'en-police']],
      ['a singular in -y finds a plural in -ies', 'policy', ['en-police']],
      ['every word must be found', 'arrest policy', ['en-police']],
      ['words may come from the title and the text', 'Moscow arrested', ['en-police']],
      ['an absent word finds nothing', 'Tehran', []],
    ];
    for (const [what, text, want] of cases) {
      it(`search: ${what} (${text})`, async () => {
        expect(await found(text)).toEqual(want);
      });
    }

    it('counts search results like any filter, with other filters', async () => {
      expect((await db.store.events({ text: 'arrested' })).total).toBe(2);
      expect((await db.store.events({ text: 'arrested', lang: 'ar' })).total).toBe(0);
      await db.store.recluster();
      expect((await db.store.clusters({ text: 'اذربيجان' })).items.map((c) => c.event.article_id)).toEqual(['ar-plane']);
    });

    it('fills the search text of articles stored before it existed', async () => {
      await db.engine.exec('UPDATE articles SET search = NULL');
      expect(await found('الطائره')).toEqual([]);
      expect(await fillSearchText(db.engine)).toBe(DOCS.length);
      expect(await found('الطائره')).toEqual(['ar-plane']);
      expect(await fillSearchText(db.engine)).toBe(0);
    });

    it('rejects a query with no words, naming the filter', async () => {
      const err = await db.store.events({ text: ' ؟ ' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toMatch(/filter\.text/);
    });
  });
}
