// Sources and their health (failing first), with a poll-now button; the newsroom's terms.
import { state, t, el, show, api, act, time, current } from './core.js';

function minutes(seconds) {
  return seconds >= 3600 ? t('console.sources.hours', Math.round(seconds / 360) / 10)
    : t('console.sources.minutes', Math.max(1, Math.round(seconds / 60)));
}

function sourceRow(source) {
  const refresh = el('button', { type: 'button', class: 'secondary small refresh', 'data-source': source.id },
    t('console.sources.refresh'));
  const row = el('tr', { 'data-source': source.id, 'data-status': source.status },
    el('td', { 'data-label': t('console.sources.source') }, el('strong', {}, source.title || source.url),
      el('div', { class: 'meta' }, source.url, source.language ? ' · ' + source.language : '')),
    el('td', { 'data-label': t('console.sources.health') }, el('span', { class: 'tag ' + source.status }, t('console.sources.' + source.status)),
      source.consecutive_failures ? el('div', { class: 'meta' }, t('console.sources.failures', source.consecutive_failures)) : null,
      source.websub ? el('div', { class: 'meta' }, t('console.sources.websub', source.websub.state)) : null),
    el('td', { 'data-label': t('console.sources.reason') }, source.last_error ? [source.last_error.reason, el('div', { class: 'meta' }, time(source.last_error.at))] : '—'),
    el('td', { 'data-label': t('console.sources.lastSuccess') }, source.last_success ? time(source.last_success) : t('console.sources.never')),
    el('td', { 'data-label': t('console.sources.next') }, el('span', { class: 'next-poll' }, time(source.next_attempt)),
      el('div', { class: 'meta' }, t('console.sources.every', minutes(source.current_interval_seconds || source.interval_seconds)))),
    el('td', {}, refresh));
  refresh.addEventListener('click', async () => {
    refresh.disabled = true;
    refresh.textContent = t('console.sources.polling');
    const polled = await act(() => api('POST', '/api/v1/sources/' + source.id + '/refresh'), t('console.sources.polled', source.title || source.url));
    if (polled) row.replaceWith(sourceRow(polled));
    else { refresh.disabled = false; refresh.textContent = t('console.sources.refresh'); }
  });
  return row;
}

export async function sourcesView() {
  const generation = state.view;
  const result = await act(() => api('GET', '/api/v1/sources'));
  if (!result || !current(generation)) return;
  const rank = (s) => (s.status === 'failing' ? 0 : s.status === 'new' ? 1 : 2);
  const sources = result.items.slice().sort((a, b) => rank(a) - rank(b)
    || (b.consecutive_failures - a.consecutive_failures) || a.url.localeCompare(b.url));
  const heads = ['console.sources.source', 'console.sources.health', 'console.sources.reason', 'console.sources.lastSuccess', 'console.sources.next', ''];
  show(el('h1', {}, t('console.sources.title')),
    el('table', { id: 'sources' },
      el('thead', {}, el('tr', {}, heads.map((k) => el('th', { scope: 'col' }, k ? t(k) : el('span', { class: 'visually-hidden' }, t('console.sources.refresh')))))),
      el('tbody', {}, sources.map(sourceRow))),
    sources.length ? null : el('p', { class: 'meta' }, t('console.sources.none')));
}

export async function termsView() {
  const generation = state.view;
  const result = await act(() => api('GET', '/api/v1/terms'));
  if (!result || !current(generation)) return;
  show(el('h1', {}, t('console.terms.title')),
    el('p', {}, el('a', { href: '/api/v1/terms/export.tsv' }, t('console.terms.export'))),
    result.items.length ? null : el('p', { class: 'meta', id: 'terms-none' }, t('console.terms.none')),
    el('table', { id: 'terms', hidden: !result.items.length },
      el('thead', {}, el('tr', {}, ['console.terms.target', 'console.term.source', 'console.term.term', 'console.terms.addedBy', '']
        .map((k) => el('th', { scope: 'col' }, k ? t(k) : el('span', { class: 'visually-hidden' }, t('console.terms.delete')))))),
      el('tbody', {}, result.items.map((term) => el('tr', {},
        el('td', { 'data-label': t('console.terms.target') }, term.target),
        el('td', { 'data-label': t('console.term.source') }, term.source),
        el('td', { 'data-label': t('console.term.term') }, term.term),
        el('td', { class: 'meta', 'data-label': t('console.terms.addedBy') }, term.added_by),
        el('td', {}, el('button', { type: 'button', class: 'secondary small', onclick: async () => {
          if (await act(() => api('DELETE', '/api/v1/terms/' + term.id), t('console.done')) !== undefined) termsView();
        } }, t('console.terms.delete'))))))));
}
