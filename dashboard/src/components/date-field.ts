// A date input that reads the same in both interface languages: ISO text (YYYY, YYYY-MM or YYYY-MM-DD, Arabic-Indic digits
// accepted) with the date echoed below in the interface language. The browser's own date picker follows the browser's locale,
// not the page's, so an Arabic interface on an English browser would show mm/dd/yyyy.
import { el } from '../dom.ts';
import { fmtDate, t } from '../i18n/index.ts';

const PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII; other characters unchanged. */
export function isoDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf)));
}

function isDate(v: string): boolean {
  if (!PATTERN.test(v)) return false;
  const [y, m = '01', d = '01'] = v.split('-');
  const ms = Date.parse(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === `${y}-${m}-${d}`;
}

/**
 * A labelled date field named `name`; the value sent is ISO with ASCII digits.
 * @example form.append(dateField('from', t('common.from'), query.get('from')))
 */
export function dateField(name: string, label: string, value: string | null): HTMLLabelElement {
  const echo = el('small', { class: 'date-echo muted', 'aria-live': 'polite' });
  const input = el('input', {
    name, value: value ?? '', type: 'text', inputmode: 'numeric', dir: 'ltr', size: 10, maxlength: 10,
    placeholder: t('date.placeholder'), autocomplete: 'off', class: 'date-input',
  });
  const update = () => {
    const v = isoDigits(input.value.trim());
    if (v !== input.value.trim()) input.value = v;
    const ok = v === '' || isDate(v);
    input.setCustomValidity(ok ? '' : t('date.invalid'));
    echo.textContent = v && ok ? fmtDate(v) : '';
  };
  input.addEventListener('input', update);
  update();
  return el('label', {}, label, input, echo);
}
