// Flattens hostile nesting in HTML before it is parsed: htmlparser2 (under linkedom) and Readability both
// slow with the square of the nesting depth (5,000 nested divs took minutes), and recurse until the stack overflows.

/** Deepest nesting kept. Real news pages nest 15–60 elements deep; beyond this only text and line breaks survive. */
export const MAX_HTML_DEPTH = 128;

// The parser's rules, mirrored so the depth counted here is the depth it builds (htmlparser2's Parser.ts).
/** Elements that never hold content. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is raw text, not tags. */
const RAW_TEXT = ['script', 'style', 'title', 'textarea', 'xmp'];
/** Opening one of these closes the open element on top when that is one of the listed (a new `<p>` closes the last). */
const IMPLIES_CLOSE = impliesClose();
/** Elements that separate paragraphs: dropping one leaves a paragraph break so its text stays apart. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul']);
/** A paragraph break that opens no element (Readability turns two `<br>` into a paragraph). */
const BREAK = '<br><br>';

// Each alternative ends at the first `>` or at the end of the text, so a page of unclosed `<` costs one pass, not one per `<`.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*(?:>|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*(?:>|$)/g;
const rawTextEnd = new Map(RAW_TEXT.map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]));

/**
 * The HTML with every element that would open deeper than `maxDepth` removed, its text kept (a block
 * leaves a paragraph break), in one pass that does not recurse; the input itself when it nests no deeper.
 * @example flattenDeepHtml('<div><div><div>a</div>b</div></div>', 2) === '<div><div><br><br>a<br><br>b</div></div>'
 */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const out: string[] = [];
  const open: string[] = [];
  /** Opening tags dropped and not yet closed, by name: their closing tags go too. */
  const dropped = new Map<string, number>();
  let copied = 0;
  // Runs of dropped blocks make one break, not one each: linkedom makes Readability slow with an element's child count.
  let breakDue = false;
  const drop = (start: number, tag: string, name: string) => {
    const between = html.slice(copied, start);
    if (breakDue && between.trim()) out.push(BREAK);
    out.push(between);
    breakDue = (breakDue && !between.trim()) || BLOCK.has(name);
    copied = start + tag.length;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [tag, closing, rawName] = m;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const pending = dropped.get(name) ?? 0;
      if (pending) {
        dropped.set(name, pending - 1);
        drop(m.index, tag, name);
      } else if (!VOID.has(name)) {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
      }
      continue;
    }
    const rawEnd = rawTextEnd.get(name);
    // Void and raw-text elements hold no elements, so they are kept (a script's code must not become text).
    // At the limit even an element that would close its predecessor (`<li>` after `<li>`) goes: kept, a
    // hostile page's 20,000 nested lists would become 20,000 siblings, as slow as the nesting.
    if (open.length >= maxDepth && !VOID.has(name) && !rawEnd) {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      drop(m.index, tag, name);
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    while (closes && open.length > 0 && closes.has(open[open.length - 1]!)) open.pop();
    // In SVG and MathML `/>` closes the element; in HTML the parser ignores the slash.
    const selfClosed = tag.endsWith('/>') && (open.includes('svg') || open.includes('math') || name === 'svg' || name === 'math');
    if (!VOID.has(name) && !selfClosed) open.push(name);
    if (rawEnd) {
      rawEnd.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = rawEnd.exec(html)?.index ?? html.length;
    }
  }
  if (!out.length) return html;
  const rest = html.slice(copied);
  out.push(breakDue && rest.trim() ? BREAK : '', rest);
  return out.join('');
}

function impliesClose(): Map<string, Set<string>> {
  const p = new Set(['p']);
  const form = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
  const map = new Map<string, Set<string>>([
    ['tr', new Set(['tr', 'th', 'td'])],
    ['th', new Set(['th'])],
    ['td', new Set(['thead', 'th', 'td'])],
    ['body', new Set(['head', 'link', 'script'])],
    ['li', new Set(['li'])],
    ['option', new Set(['option'])],
    ['optgroup', new Set(['optgroup', 'option'])],
    ['dd', new Set(['dd', 'dt'])],
    ['dt', new Set(['dd', 'dt'])],
    ['rt', new Set(['rt', 'rp'])],
    ['rp', new Set(['rt', 'rp'])],
    ['tbody', new Set(['thead', 'tbody'])],
    ['tfoot', new Set(['thead', 'tbody'])],
  ]);
  for (const name of ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']) {
    map.set(name, p);
  }
  for (const name of ['select', 'input', 'output', 'button', 'datalist', 'textarea']) map.set(name, form);
  return map;
}
