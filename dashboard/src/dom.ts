// Building DOM from data: elements with text set through textContent, never HTML strings.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;

/**
 * Create an element; string children become text nodes, `on*` attributes become listeners.
 * @example el('a', { href: '#/events', class: 'nav' }, t('nav.events'))
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A link to a route inside the dashboard; path segments are URI-encoded. */
export function routeLink(segments: string[], text: Child, attrs: Attrs = {}): HTMLAnchorElement {
  return el('a', { href: `#/${segments.map(encodeURIComponent).join('/')}`, ...attrs }, text);
}
