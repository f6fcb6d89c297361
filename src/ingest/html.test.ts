import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromHtml } from './html.ts';
import { flattenDeepHtml } from './html-depth.ts';
import { InputError } from '../errors.ts';

const STORY = [
  'Azerbaijani police detained eight Russian citizens in Baku on Monday, accusing them of drug trafficking and cybercrime.',
  "Russia's foreign ministry said it had summoned the Azerbaijani ambassador to protest the arrests, which it called unjustified.",
  'The detentions came days after two Azerbaijani brothers died during police raids in Yekaterinburg.',
];
const story = STORY.map((p) => `<p>${p}</p>`).join('');
const page = (body: string) => `<!doctype html><html lang="en"><head><title>Story</title></head><body>${body}</body></html>`;

describe('hostile nesting', () => {
  // The first page read also loads linkedom and Readability: not part of any case's time.
  beforeAll(() => articleFromHtml(page(story), 'warm-up.html'));

  // [case, page]: each must give the story's text quickly, or fail naming the page, and never overflow the stack.
  const cases: [string, string][] = [
    ['1,000 nested divs', page('<div>'.repeat(1000) + story + '</div>'.repeat(1000))],
    ['5,000 nested divs', page('<div>'.repeat(5000) + story + '</div>'.repeat(5000))],
    ['20,000 nested divs', page('<div>'.repeat(20000) + story + '</div>'.repeat(20000))],
    ['20,000 divs never closed', page('<div>'.repeat(20000) + story)],
    ['20,000 nested spans around the story', page('<article>' + '<span>'.repeat(20000) + story + '</span>'.repeat(20000) + '</article>')],
    ['20,000 nested lists', page('<ul><li>'.repeat(20000) + story + '</li></ul>'.repeat(20000))],
    ['20,000 nested tables', page('<table><tr><td>'.repeat(20000) + story + '</td></tr></table>'.repeat(20000))],
    ['100,000 nested divs', page('<div>'.repeat(100000) + story + '</div>'.repeat(100000))],
    ['the story split across 300 nesting levels', page(STORY.map((p) => '<div>'.repeat(100) + `<p>${p}</p>`).join('') + '</div>'.repeat(300))],
  ];
  it.each(cases)('%s: the story in bounded time', (_name, html) => {
    const started = performance.now();
    const a = articleFromHtml(html, 'deep.html');
    const seconds = (performance.now() - started) / 1000;
    for (const p of STORY) expect(a.text).toContain(p);
    // Before flattening, 1,000 levels took 5.5 s, 5,000 over 290 s, and 20,000 overflowed the stack.
    expect(seconds).toBeLessThan(4);
  }, 120_000);

  it('refuses a page over the size limit, naming it', () => {
    expect(() => articleFromHtml(page(story), 'big.html', { maxPageBytes: 100 })).toThrow(InputError);
    expect(() => articleFromHtml(page(story), 'big.html', { maxPageBytes: 100 })).toThrow(/^big\.html: is \d+ bytes of HTML, over the 100 bytes limit for a page$/);
  });
});

describe('flattenDeepHtml', () => {
  // [case, html, depth limit, result]
  const cases: [string, string, number, string][] = [
    ['leaves a page within the limit as it is', '<div><section><p>a</p></section></div>', 3, '<div><section><p>a</p></section></div>'],
    ['turns blocks beyond the limit into paragraph breaks', '<div><div><div>a</div>b</div></div>', 2, '<div><div><br><br>a<br><br>b</div></div>'],
    ['makes one break of a run of dropped blocks', '<div><div><div><div><div>a</div></div></div>b</div></div>', 2, '<div><div><br><br>a<br><br>b</div></div>'],
    ['drops inline tags beyond the limit without a break', '<div><div><span><b>a</b></span> c</div></div>', 2, '<div><div>a c</div></div>'],
    ['counts neither void elements nor paragraphs the parser closes', '<div><br><img src=x><p>a<p>b<p>c</div>', 3, '<div><br><img src=x><p>a<p>b<p>c</div>'],
    ['drops list items at the limit rather than make them siblings', '<ul><li><ul><li>a<li>b</ul></li></ul>', 2, '<ul><li><br><br>a<br><br>b<br><br></ul>'],
    ['keeps a script beyond the limit, and the tags in its code are not counted', '<div><div><script>x="<div><div>"</script><div>a</div></div></div>', 2, '<div><div><script>x="<div><div>"</script><br><br>a<br><br></div></div>'],
    ['skips tags in comments', '<div><!-- <div><div> --><div>a</div></div>', 2, '<div><!-- <div><div> --><div>a</div></div>'],
  ];
  it.each(cases)('%s', (_name, html, depth, expected) => {
    expect(flattenDeepHtml(html, depth)).toBe(expected);
  });
});
