import { openStore } from '/work/main/src/store/index.ts';
import type { Doc, CodedEvent } from '/work/main/src/doc.ts';
const target = process.argv[2] ?? '';
const store = target.startsWith('postgres') ? await openStore({ databaseUrl: target }) : await openStore({ db: target || '/tmp/bench/db' });
const C = ['RUS','AZE','USA','CHN','IRN','ISR','EGY','SAU','TUR','UKR','FRA','DEU','GBR','IND','PAK','SYR','IRQ','JOR','LBN','QAT','ARE','KWT','OMN','YEM','SDN','LBY','TUN','DZA','MAR','UNO'];
let seed = 42; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T,>(a: T[]) => a[Math.floor(rnd() * a.length)]!;
const N = Number(process.env.N ?? 10000);
const t0 = Date.now();
const have = (await store.counts()).articles;
for (let i = have; i < N; i++) {
  const text = `Article ${i} body. ` + Array.from({ length: 10 }, (_, k) => `Sentence ${k} ` + Array.from({ length: 9 }, () => `w${Math.floor(rnd() * 800)}`).join(' ') + '.').join(' ');
  const events: CodedEvent[] = Array.from({ length: 10 }, (_, k) => {
    const root = String(1 + Math.floor(rnd() * 20)).padStart(2, '0');
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rnd() * 730) * 86400000).toISOString().slice(0, 10);
    const qs = text.indexOf(`Sentence ${k} `);
    return { source: pick(C), source_sector: null, target: pick(C), target_sector: null, cameo: root + '0', root,
      quad_class: (Number(root) <= 5 ? 1 : Number(root) <= 9 ? 2 : Number(root) <= 14 ? 3 : 4) as 1, goldstein: 0,
      date: day, date_granularity: 'day', negated: rnd() < 0.05, trigger: 'Sentence', trigger_start: qs, trigger_end: qs + 8,
      quote: text.slice(qs, text.indexOf('.', qs) + 1), quote_start: qs, quote_end: text.indexOf('.', qs) + 1, sentence: k + 1, location: null, confidence: 0.7, rule: `r${Math.floor(rnd()*400)}` };
  });
  const doc: Doc = { article: { id: `b${i}`, url: `https://b.example/${i}`, outlet: `o${i % 40}`, title: `T${i}`, text, lang: i % 2 ? 'ar' : 'en', published: '2025-01-01' }, text, events, actors: [] };
  await store.saveDoc(doc);
  if (i % 2000 === 0) console.log('saved', i, ((Date.now() - t0) / 1000).toFixed(1), 's');
}
console.log('ingest s', ((Date.now() - t0) / 1000).toFixed(1), await store.counts());
let t = Date.now(); await store.recluster(); console.log('recluster ms', Date.now() - t);
const filters = [{}, { actor: 'RUS' }, { dyad: ['RUS', 'AZE'] as [string, string] }, { root: '17' }, { quadClass: 4 as const },
  { from: '2025-03-01', to: '2025-03-31' }, { actor: 'IRN', from: '2025-01-01', to: '2025-06-30', root: '11' }, { cameo: '19' }, { lang: 'ar' as const, root: '04' }, { text: 'w42 ' }, { sort: '-goldstein' as const }, {offset: 50000}];
for (const f of filters) {
  for (const kind of ['events', 'clusters'] as const) {
    await store[kind](f);
    const n = 5; t = performance.now();
    let total = 0; for (let k = 0; k < n; k++) total = (await store[kind]({ ...f, limit: 50 })).total;
    console.log(kind, JSON.stringify(f), 'total', total, 'ms/page', ((performance.now() - t) / n).toFixed(1));
  }
}
await store.close();
