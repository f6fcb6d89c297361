// Checks stand-off gold files and writes their offsets: every quote, actor, date and quantity text must occur in
// the article's corpus text; codes, sectors and fields are validated as `marsad eval` will. Rewrites each file
// in canonical form (2-space JSON, offsets filled). Exit code 1 when any file has a problem.
//
//   npx tsx scripts/gold-news/anchor.ts test/gold-news/dev/ar/snn-….json [more files…]
//   npx tsx scripts/gold-news/anchor.ts --show snn-…        # print an article (title, date, text) to annotate
import { readFileSync, writeFileSync } from 'node:fs';
import { parseGoldArticle } from '../../src/eval/gold.ts';
import { anchorStandoff, corpusItems, joinStandoff } from '../../src/eval/standoff.ts';

const CORPORA = ['saudinewsnet/sample-2000.ar.jsonl', 'agnews/world-test-1900.en.jsonl'];
const args = process.argv.slice(2);

if (args[0] === '--show') {
  for (const id of args.slice(1)) {
    const file = CORPORA.find((c) => corpusItems(c).has(id));
    if (!file) {
      console.error(`${id}: not in ${CORPORA.join(' or ')}`);
      process.exitCode = 1;
      continue;
    }
    const it = corpusItems(file).get(id)!;
    console.log(`# ${id}  corpus ${file}  lang ${it.lang}  outlet ${it.outlet}  published ${it.published}`);
    console.log(`title: ${it.title}\n---\n${it.text}\n`);
  }
} else {
  let bad = 0;
  for (const file of args) {
    try {
      const record = JSON.parse(readFileSync(file, 'utf8'));
      const problems = anchorStandoff(record);
      if (problems.length === 0) parseGoldArticle(joinStandoff(record, file), file);
      if (problems.length) {
        bad++;
        console.error(`${file}:\n  ${problems.join('\n  ')}`);
      } else {
        writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
        console.log(`${file}: ok (${record.events?.length ?? 0} events, ${record.actors?.length ?? 0} actors)`);
      }
    } catch (err) {
      bad++;
      console.error(`${file}: ${(err as Error).message}`);
    }
  }
  if (bad) process.exitCode = 1;
}
