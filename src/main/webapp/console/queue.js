// The live queue: the newest stories an editor may act on, filtered, a page at a time; the first
// page is asked again every few seconds with its ETag, and what arrived since is counted and shown.
import {
  state, t, el, field, show, say, api, act, revalidate, scriptOf, time, topicName, shortcuts, current, LANGUAGES,
} from './core.js';
import { searchStories } from './pickers.js';

const POLL_MS = 5000;
const PAGE = 50;
const FILTERS = ['status', 'lang', 'topic', 'origin', 'urgency', 'q'];

/** The queue as last shown, so that the story view can step to the next story (j, k). */
export const queue = { ids: [], query: '' };

function queuePath(params, before) {
  const query = new URLSearchParams();
  FILTERS.forEach((name) => { if (params.get(name)) query.set(name, params.get(name)); });
  query.set('limit', String(PAGE));
  if (before) query.set('before', before);
  return '/api/v1/desk/queue?' + query.toString();
}

/**
 * Whether the search API answers this queue: words, with only filters it can express (a topic, the
 * urgency, a polled source, English, every status or the actionable ones). A status chosen, a
 * Chinese tag (the search API searches a tag's whole family, answered in that tag, where the queue
 * means stories written in it) or a pushing account keep the desk queue's own words filter.
 */
export function searchable(params) {
  const status = params.get('status');
  const origin = params.get('origin');
  return !!params.get('q') && (!status || status === ANY) && (!params.get('lang') || params.get('lang') === 'en')
    && (!origin || origin.startsWith('source:'));
}

const ANY = 'incoming,published,held,killed';

/**
 * A page of the search API as the queue's: its finds, best first, shown with the queue's facts
 * (status, urgency, source, pictures: GET /api/v1/desk/queue?id=...), killed ones only when every
 * status was asked for.
 */
async function searchPage(params, cursor) {
  const origin = params.get('origin');
  const found = await searchStories({
    q: params.get('q'), lang: params.get('lang'), topic: params.get('topic'), urgency: params.get('urgency'),
    source: origin ? origin.slice('source:'.length) : null, cursor, limit: PAGE,
  });
  if (!found.length) return { items: [], next: found.next };
  const ids = new URLSearchParams();
  found.forEach((s) => ids.append('id', s.id));
  if (params.get('status')) ids.set('status', params.get('status'));
  ids.set('limit', String(PAGE));
  const facts = new Map((await api('GET', '/api/v1/desk/queue?' + ids.toString())).items.map((s) => [s.id, s]));
  return { items: found.filter((s) => facts.has(s.id)).map((s) => facts.get(s.id)), next: found.next };
}

/** Newest first: the wire's time, then the id, as the server orders them. */
function newer(a, b) {
  if (a.versioncreated !== b.versioncreated) return new Date(b.versioncreated) - new Date(a.versioncreated);
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function urgencyTag(story) {
  if (!story.urgency) return null;
  const urgent = story.urgency <= 2;
  return el('span', { class: 'tag' + (urgent ? ' urgent' : ''), title: t('console.urgency.title') },
    t('console.urgency.value', story.urgency));
}

function queueItem(story, labels, arrived) {
  return el('li', { 'data-story': story.id, 'data-status': story.status, class: arrived ? 'arrived' : null },
    el('a', { href: '#story/' + story.id, class: 'story-link' }, story.headline),
    story.excerpt ? el('div', { class: 'excerpt' }, story.excerpt) : null,
    el('div', { class: 'meta' },
      el('span', { class: 'tag ' + story.status }, t('console.status.' + story.status)),
      urgencyTag(story),
      el('span', { class: 'tag' }, story.language),
      el('span', { class: 'tag script' }, scriptOf(story.language)),
      story.embargoed ? el('span', { class: 'tag' }, t('console.embargo.untilTime', time(story.embargoed))) : null,
      story.pictures ? el('span', { class: 'tag' }, t('console.queue.pictures', story.pictures)) : null,
      arrived ? el('span', { class: 'tag new' }, t('console.queue.new')) : null,
      ' ', el('span', { class: 'origin' }, labels.get(story.origin) || story.origin),
      ' · ', el('time', { datetime: story.versioncreated }, time(story.versioncreated))));
}

function select(name, options, chosen, label) {
  return field('filter-' + name, label, el('select', { name },
    options.map(([value, text]) => el('option', { value, selected: (chosen || '') === value }, text))));
}

export async function queueView(params) {
  const generation = state.view;
  const searching = searchable(params);
  const [topics, origins, first] = await Promise.all([
    act(() => api('GET', '/api/v1/topics')),
    act(() => api('GET', '/api/v1/desk/origins')),
    act(async () => (searching ? { body: await searchPage(params), etag: null } : revalidate(queuePath(params)))),
  ]);
  if (!current(generation)) return;
  const labels = new Map((origins ? origins.items : []).map((o) => [o.origin, o.name]));
  // The origins list is kept a minute on the server: a newer one on the page is offered too.
  (first ? first.body.items : []).forEach((s) => { if (!labels.has(s.origin)) labels.set(s.origin, s.origin); });
  if (params.get('origin') && !labels.has(params.get('origin'))) labels.set(params.get('origin'), params.get('origin'));
  const statuses = [['', t('console.filter.actionable')], ['incoming', t('console.status.incoming')],
    ['published', t('console.status.published')], ['held', t('console.status.held')],
    ['killed', t('console.status.killed')], ['incoming,published,held,killed', t('console.filter.any')]];
  const urgencies = [['', t('console.filter.any')]].concat([1, 2, 3, 4, 5].map((u) => [String(u), t('console.urgency.atMost', u)]));
  const form = el('form', { class: 'filters', id: 'queue-filters', role: 'search' },
    select('status', statuses, params.get('status'), t('console.filter.status')),
    select('lang', [['', t('console.filter.any')]].concat(LANGUAGES.map((l) => [l, l])), params.get('lang'), t('console.filter.language')),
    select('topic', [['', t('console.filter.any')]].concat((topics ? topics.items : []).map((tp) => [tp.slug, topicName(tp)])), params.get('topic'), t('console.filter.topic')),
    select('origin', [['', t('console.filter.any')]].concat([...labels].map(([o, name]) => [o, name])), params.get('origin'), t('console.filter.source')),
    select('urgency', urgencies, params.get('urgency'), t('console.filter.urgency')),
    field('filter-q', t('console.filter.search'), el('input', { type: 'search', name: 'q', value: params.get('q') || '', autocomplete: 'off' })),
    el('div', { class: 'field submit' }, el('button', { type: 'submit', id: 'filter-apply' }, t('console.filter.apply'))));
  const apply = () => {
    const query = new URLSearchParams();
    FILTERS.forEach((name) => { const v = form.elements[name].value.trim(); if (v) query.set(name, v); });
    location.hash = 'queue' + (query.toString() ? '?' + query.toString() : '');
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
  form.querySelectorAll('select').forEach((s) => s.addEventListener('change', apply));

  const list = el('ul', { class: 'stories queue', id: 'queue', 'aria-label': t('console.queue.title') });
  const arrivedNote = el('p', { id: 'arrived', class: 'arrived-note' + (searching ? ' searching' : ''), role: 'status', 'aria-live': 'polite' });
  const more = el('button', { type: 'button', id: 'queue-more', class: 'secondary', hidden: true },
    t(searching ? 'console.queue.moreResults' : 'console.queue.more'));
  show(el('div', { class: 'view-head' }, el('h1', {}, t('console.queue.title')), arrivedNote), form, list, el('p', {}, more));

  const shown = { items: [], etag: null, next: null, arrived: new Set(), selected: null };
  const render = () => {
    const focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest('#queue li') : null;
    list.replaceChildren(...shown.items.map((s) => queueItem(s, labels, shown.arrived.has(s.id))));
    if (!shown.items.length) list.append(el('li', { class: 'meta empty' }, t('console.queue.empty')));
    queue.ids = shown.items.map((s) => s.id);
    queue.query = location.hash;
    mark(shown.selected, focused !== null);
    more.hidden = !shown.next;
    const count = shown.arrived.size;
    arrivedNote.replaceChildren(searching ? t('console.queue.searching') : count ? t('console.queue.arrived', count) : '',
      count ? el('button', { type: 'button', class: 'secondary small', id: 'arrived-seen', onclick: seen }, t('console.queue.seen')) : '');
    document.title = (count ? '(' + count + ') ' : '') + t('console.title');
  };
  const mark = (id, focus) => {
    list.querySelectorAll('li.selected').forEach((li) => { li.classList.remove('selected'); li.removeAttribute('aria-current'); });
    const li = id && list.querySelector('li[data-story="' + CSS.escape(id) + '"]');
    if (!li) return;
    li.classList.add('selected');
    li.setAttribute('aria-current', 'true');
    if (focus) li.querySelector('a').focus();
  };
  const seen = () => {
    shown.arrived.clear();
    render();
    window.scrollTo(0, 0);
  };
  const move = (step) => {
    if (!shown.items.length) return;
    const at = shown.items.findIndex((s) => s.id === shown.selected);
    const next = Math.max(0, Math.min(shown.items.length - 1, at < 0 ? 0 : at + step));
    shown.selected = shown.items[next].id;
    mark(shown.selected, true);
    list.querySelector('li.selected').scrollIntoView({ block: 'nearest' });
  };
  // A story reached with Tab is the selected one too: the keys act on what has the focus.
  list.addEventListener('focusin', (event) => {
    const li = event.target.closest('li[data-story]');
    if (li && li.dataset.story !== shown.selected) {
      shown.selected = li.dataset.story;
      mark(shown.selected, false);
    }
  });
  const selectedStory = () => shown.items.find((s) => s.id === shown.selected);
  const workflow = async (action) => {
    const story = selectedStory();
    if (!story) return;
    const done = await act(() => api('POST', '/api/v1/stories/' + story.id + '/' + action), t('console.queue.did.' + action, story.headline));
    if (done) {
      story.status = done.status;
      render();
    }
  };

  if (!first) return;
  shown.items = first.body.items;
  shown.etag = first.etag;
  shown.next = first.body.next;
  shown.selected = shown.items.length ? shown.items[0].id : null;
  render();

  more.addEventListener('click', async () => {
    const page = await act(() => (searching ? searchPage(params, shown.next) : api('GET', queuePath(params, shown.next))));
    if (!page || !current(generation)) return;
    const have = new Set(shown.items.map((s) => s.id));
    shown.items = shown.items.concat(page.items.filter((s) => !have.has(s.id)));
    shown.next = page.next;
    render();
  });

  shortcuts([
    { key: 'j', text: 'console.key.next', run: () => move(1) },
    { key: 'k', text: 'console.key.previous', run: () => move(-1) },
    { key: 'Enter', text: 'console.key.open', run: () => { if (shown.selected) location.hash = 'story/' + shown.selected; } },
    { key: 'p', text: 'console.key.publish', run: () => workflow('publish') },
    { key: 'h', text: 'console.key.hold', run: () => workflow('hold') },
    { key: 'x', text: 'console.key.kill', run: () => { if (shown.selected) location.hash = 'story/' + shown.selected + '?kill'; } },
    { key: 'n', text: 'console.key.newest', run: seen },
    { key: '/', text: 'console.key.search', run: () => form.elements.q.focus() },
    { key: '?', text: 'console.key.help', run: () => { const d = document.getElementById('shortcuts'); d.open = !d.open; } },
  ]);

  // Search results are ranked, not a stream: no arrivals to fold in.
  if (searching) return;
  // New arrivals: the first page again, answered 304 while nothing changed.
  const poll = async () => {
    if (!current(generation)) return;
    if (!document.hidden) {
      try {
        const page = await revalidate(queuePath(params), shown.etag);
        if (!current(generation)) return;
        if (page.changed) {
          merge(shown, page.body);
          shown.etag = page.etag;
          render();
        }
      } catch (e) {
        if (e.status === 401) return;
        say(e.message);
      }
    }
    setTimeout(poll, POLL_MS);
  };
  setTimeout(poll, POLL_MS);
}

/**
 * Folds a fresh first page into what is shown: new stories are counted as arrived, changed ones
 * replaced where they stand, and those that left the first page's range (killed, say, while the
 * filter leaves killed stories out) taken away; older pages loaded since stay.
 */
function merge(shown, page) {
  const fresh = new Map(page.items.map((s) => [s.id, s]));
  const last = page.items[page.items.length - 1];
  const inRange = (s) => !page.next || (last && newer(s, last) <= 0);
  const had = new Set(shown.items.map((s) => s.id));
  const kept = shown.items.filter((s) => fresh.has(s.id) || !inRange(s)).map((s) => fresh.get(s.id) || s);
  const arrived = page.items.filter((s) => !had.has(s.id));
  arrived.forEach((s) => shown.arrived.add(s.id));
  shown.items = kept.concat(arrived).sort(newer);
  if (!shown.items.some((s) => s.id === shown.selected)) shown.selected = shown.items.length ? shown.items[0].id : null;
}
