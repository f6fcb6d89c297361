// An actor field that suggests as you type (an ARIA combobox): the actors of the stored events, found by name in
// either language or by code; picking one fills in its code, which is what the API filters on.
import { matchActors, type ActorChoice } from '../actor-match.ts';
import { el } from '../dom.ts';
import { plural, t } from '../i18n/index.ts';
import { actorLabel, actorName } from '../names.ts';

let nextId = 0;

/**
 * A labelled actor field named `name`; `choices` are the actors to suggest (names loaded by the caller).
 * @example form.append(actorPicker('actor', t('events.actor'), query.get('actor'), choices))
 */
export function actorPicker(name: string, label: string, value: string | null, choices: readonly ActorChoice[]): HTMLLabelElement {
  const listId = `actor-options-${++nextId}`;
  const input = el('input', {
    name, value: value ?? '', size: 12, dir: 'auto', autocomplete: 'off', placeholder: t('events.pickActor'),
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, class: 'actor-input',
  });
  const list = el('ul', { id: listId, role: 'listbox', class: 'actor-options', hidden: true });
  const echo = el('small', { class: 'actor-echo muted', 'aria-live': 'polite' });
  let shown: ActorChoice[] = [];
  let active = -1;

  const showEcho = () => {
    const code = input.value.trim().toUpperCase();
    echo.textContent = code ? actorName(code) ?? '' : '';
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
  };
  const pick = (choice: ActorChoice) => {
    input.value = choice.code;
    close();
    showEcho();
  };
  const open = () => {
    shown = matchActors(choices, input.value);
    list.replaceChildren(...(shown.length === 0
      ? [el('li', { class: 'muted', role: 'presentation' }, t('events.noActor'))]
      : shown.map((c, i) => el('li', {
        id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', 'data-code': c.code,
        // mousedown, not click: it comes before the input's blur, which would close the list first.
        onmousedown: (ev: Event) => { ev.preventDefault(); pick(c); },
      }, actorLabel(c.code), el('span', { class: 'muted' }, plural('events', c.events))))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  input.addEventListener('input', () => { open(); showEcho(); });
  input.addEventListener('focus', open);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) open();
      const n = shown.length;
      if (n) highlight(ev.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (ev.key === 'Enter' && !list.hidden && active >= 0) {
      ev.preventDefault();
      pick(shown[active]!);
    } else if (ev.key === 'Escape') close();
  });
  showEcho();
  return el('label', { class: 'actor-picker' }, label, el('span', { class: 'combo' }, input, list), echo);
}
