import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectLanguage } from './language.ts';
import { contentHash } from './hash.ts';
import { articleFromText, articleRecords, parseArticles, readArticleFile } from './text-file.ts';
import { InputError } from '../errors.ts';

describe('detectLanguage', () => {
  it.each([
    ['اعتقلت الشرطة الروسية زعيم الجالية الأذربيجانية.', 'ar'],
    ['Russian police detained the head of the Azerbaijani community.', 'en'],
    ['قالت وكالة Reuters إن باكو استدعت السفير.', 'ar'],
    ['The agency quoted the word «مرصد» twice.', 'en'],
  ])('reads %s as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('plain-text articles', () => {
  it('takes the first line as title and the rest as text', () => {
    const a = articleFromText('Baku summons envoy\n\nAzerbaijan summoned the Russian envoy.\nMoscow said nothing.', 'x.txt');
    expect(a.title).toBe('Baku summons envoy');
    expect(a.text).toBe('Azerbaijan summoned the Russian envoy.\nMoscow said nothing.');
  });

  it('reads front matter for publication date, outlet and id', () => {
    const a = articleFromText('---\nid: ex-1\npublished: 2025-06-30\noutlet: example.org\n---\nعنوان\n\nنص الخبر.', 'y.txt');
    expect(a).toMatchObject({ id: 'ex-1', published: '2025-06-30', outlet: 'example.org', title: 'عنوان', text: 'نص الخبر.' });
  });

  it('lets --published override the file', () => {
    const a = articleFromText('---\npublished: 2025-06-30\n---\nT\n\nBody.', 'y.txt', { published: '2025-07-01' });
    expect(a.published).toBe('2025-07-01');
  });

  it('rejects a file with a title and no text, naming the file', () => {
    expect(() => articleFromText('Only a title\n', 'lonely.txt')).toThrow(/lonely\.txt: has a title but no text/);
  });
});

describe('JSON articles', () => {
  it('accepts a gold-format file and ignores its annotations', () => {
    const [a] = parseArticles(JSON.stringify({ id: 'g1', lang: 'en', published: '2025-05-10', title: 'T', text: 'Body.', events: [{}] }), 'g1.json');
    expect(a).toMatchObject({ id: 'g1', lang: 'en', published: '2025-05-10', text: 'Body.' });
  });

  it('names the field that is wrong', () => {
    expect(() => parseArticles('{"text":"x","published":"10/05/2025"}', 'bad.json')).toThrow(/bad\.json: published: published must be YYYY-MM-DD/);
  });

  it('reads JSON Lines one article a line and names the bad line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-'));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n');
    expect(readArticleFile(file).map((a) => a.id)).toEqual(['a', 'b']);
    writeFileSync(file, '{"id":"a","text":"One."}\n{oops}\n');
    expect(() => readArticleFile(file)).toThrow(InputError);
    expect(() => readArticleFile(file)).toThrow(/line 2/);
  });
});

describe('records of a file', () => {
  const cases: [string, string, string, (string | RegExp)[]][] = [
    ['JSON Lines by extension, a record a line', 'b.jsonl', '{"id":"a","text":"One."}\n\n{"id":"b","text":"Two."}\n', ['b.jsonl (line 1)', 'b.jsonl (line 3)']],
    ['JSON Lines on stdin, by a first line that is a whole object', 'stdin', '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n', ['stdin (line 1)', 'stdin (line 2)']],
    ['a bad line costs only itself', 'b.ndjson', '{"id":"a","text":"One."}\n{oops}\n{"id":"c","text":"Three."}', ['b.ndjson (line 1)', /^b\.ndjson \(line 2\): is not valid JSON/, 'b.ndjson (line 3)']],
    ['a blank text is a bad record', 'b.jsonl', '{"id":"a","text":"  "}\n', [/^b\.jsonl \(line 1\): text: text is empty$/]],
    ['pretty-printed JSON on stdin is one article', 'stdin', '{\n  "id": "p",\n  "text": "One."\n}\n', ['stdin']],
  ];
  it.each(cases)('%s', (_name, file, raw, expected) => {
    const got = articleRecords(raw, file).map((r) => (r instanceof InputError ? r.message : r.origin));
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatch(e));
  });
});

describe('contentHash', () => {
  it('ignores line-ending and surrounding-space differences but not content', () => {
    const h = contentHash({ title: 'T', text: 'A.\nB.' });
    expect(contentHash({ title: 'T ', text: 'A.\r\nB.\n' })).toBe(h);
    expect(contentHash({ title: 'T', text: 'A.\nC.' })).not.toBe(h);
  });
});
