// `npm run bench`: throughput and memory of each layer on a 5,000-article corpus built from examples/.
import { buildCorpus } from './corpus.ts';
import { benchLanguage } from './language.ts';
import { benchCoding } from './coding.ts';
import { benchIngestInChild } from './ingest.ts';
import { benchApi } from './api-latency.ts';
import { benchLoad, loadTable } from './api-load.ts';
import { benchCliBesideServer } from './cli-beside-server.ts';
import { benchStartup } from './startup.ts';
import { benchArabicSample } from './arabic-sample.ts';
import { benchLength } from './long-news.ts';
import { existsSync } from 'node:fs';
import { corporaDir } from '../src/eval/standoff.ts';
import { availableParallelism as availableCores, loadavg } from 'node:os';

const loadSeconds = Number(process.env.MARSAD_BENCH_LOAD_SECONDS ?? 20);
/** The load test with the load average on the cores beside it (other work there stretches every figure). */
async function loadTest(): Promise<void> {
  const before = loadavg()[0]!;
  for (const l of loadTable(await benchLoad({ seconds: loadSeconds, post: true }))) console.log(l);
  console.log(`  load average ${before.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${availableCores()} cores`);
}

if (process.argv.includes('--load')) {
  // `npm run bench -- --load`: the load test alone.
  await loadTest();
  process.exit(0);
}

const line = (label: string, figures: string) => console.log(`${label.padEnd(28)} ${figures}`);
// Wall times stretch when other processes share the cores; the load says how much they did.
const loadLine = () => console.log(`load average at start ${loadavg()[0]!.toFixed(1)} on ${availableCores()} cores\n`);

/** Start-up of the CLI and coding of the real Arabic sample: the figures issue 12's speed goal names. */
function startupAndSample(): void {
  for (const r of benchStartup()) line(`start-up: ${r.command}`, `median ${r.medianSec.toFixed(2)} s, best ${r.minSec.toFixed(2)} s (wall)`);
  const sample = benchArabicSample();
  if (sample) {
    line('Arabic news sample (1 core)', `${sample.articles} articles: ${sample.articlesPerCpuSec.toFixed(0)} articles/s and ${Math.round(sample.sentencesPerCpuSec)} sentences/s per CPU second (${sample.articlesPerSec.toFixed(0)} articles/s wall), peak RSS ${sample.peakRssMb.toFixed(0)} MB`);
    line('  beside PETRARCH2', 'about 2,500 sentences/s per core on pre-parsed text (its published rate, measured here); Marsad parses as it codes');
  } else {
    line('Arabic news sample', 'skipped (../shared/corpora/saudinewsnet/sample-2000.ar.jsonl not found)');
  }
}

if (process.argv.includes('--sample')) {
  // `npm run bench -- --sample`: start-up and the Arabic sample alone (a minute, not the whole bench's load tests).
  console.log(`Marsad benchmark: start-up and the Arabic news sample, node ${process.version}`);
  loadLine();
  startupAndSample();
  process.exit(0);
}

const N = Number(process.env.MARSAD_BENCH_ARTICLES ?? 5000);
const corpus = buildCorpus(N);
const mb = corpus.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1e6;
console.log(`Marsad benchmark: ${corpus.length} articles, ${mb.toFixed(1)} MB of text, node ${process.version}`);
loadLine();
startupAndSample();

if (existsSync(`${corporaDir()}/saudinewsnet/sample-2000.ar.jsonl`)) {
  // Real news joined into one article of each size: flat figures mean coding is linear in article length.
  const sizes = [10, 100, 500, 1000, 2000];
  for (const punctuation of [true, false]) {
    const rows = await benchLength(sizes, { punctuation });
    line(`coding time per MB${punctuation ? '' : ' (no punctuation)'}`, rows.map((r) => `${r.kb >= 1000 ? `${r.kb / 1000} MB` : `${r.kb} KB`} ${(r.cpuMsPerMb / 1000).toFixed(1)} s`).join(', ') + ' (CPU)');
  }
} else {
  line('coding time per MB', 'skipped (../shared/corpora/saudinewsnet/sample-2000.ar.jsonl not found)');
}

const lang = benchLanguage(corpus.map((a) => a.text));
line('language layer (1 core)', `${lang.mbPerSec.toFixed(2)} MB/s, ${Math.round(lang.sentencesPerSec)} sentences/s`);

const coding = benchCoding(corpus);
line('coding (1 core)', `${coding.articlesPerSec.toFixed(0)} articles/s (${coding.articlesPerCpuSec.toFixed(0)} per CPU second), ${(coding.articlesPerSec * mb / corpus.length).toFixed(2)} MB/s, ${Math.round(coding.sentencesPerSec)} sentences/s, peak RSS ${coding.peakRssMb.toFixed(0)} MB`);

const pglite = benchIngestInChild(corpus);
line(`ingest → ${pglite.engine}`, `${pglite.articlesPerSec.toFixed(0)} articles/s, ${pglite.mbPerSec.toFixed(2)} MB/s, peak RSS ${pglite.peakRssMb.toFixed(0)} MB (${pglite.articles} stored)`);

if (process.env.DATABASE_URL) {
  // A run nonce in the titles keeps a reused database from treating the corpus as duplicates.
  const nonce = Date.now().toString(36);
  const pg = benchIngestInChild(corpus.map((a) => ({ ...a, id: `${a.id}-${nonce}`, title: `${a.title} ${nonce}` })), { databaseUrl: process.env.DATABASE_URL });
  line(`ingest → ${pg.engine}`, `${pg.articlesPerSec.toFixed(0)} articles/s, ${pg.mbPerSec.toFixed(2)} MB/s, peak RSS ${pg.peakRssMb.toFixed(0)} MB (${pg.articles} stored)`);
} else {
  line('ingest → postgres', 'skipped (set DATABASE_URL to measure)');
}

for (const r of await benchApi()) line(`API ${r.endpoint}`, `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms`);

await loadTest();

for (const r of await benchCliBesideServer()) {
  const s = (x: { median: number; max: number }) => `median ${x.median.toFixed(2)} s, max ${x.max.toFixed(2)} s`;
  line(`CLI ${r.query}`, `beside marsad serve: ${s(r.server)}; store alone: ${s(r.store)}`);
}
