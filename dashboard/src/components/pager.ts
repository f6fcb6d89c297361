// Previous/next paging with "1–50 of 1,234" in the locale's digits.
import { el } from '../dom.ts';
import { fmtNumber, t } from '../i18n/index.ts';

export function pager(total: number, offset: number, limit: number, go: (offset: number) => void, exact = true): HTMLElement {
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return el('div', { class: 'pager' },
    el('button', { type: 'button', class: 'prev', disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)) }, t('common.prev')),
    el('span', { class: 'range' }, t('common.pageOf', { from: fmtNumber(from), to: fmtNumber(to), total: exact ? fmtNumber(total) : t('common.atLeast', { n: fmtNumber(Math.max(total, to)) }) })),
    el('button', { type: 'button', class: 'next', disabled: exact && to >= total, onclick: () => go(offset + limit) }, t('common.next')),
  );
}
