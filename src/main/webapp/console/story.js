// One story: the original and every variant side by side with what conversion changed marked, the
// pictures' captions per variant, the desk's actions (pickers, not ids), versions and history.
import { state, t, tOr, el, field, show, api, act, scriptOf, time, storyItem, shortcuts, current } from './core.js';
import { storyPicker, topicPicker, otherLanguage, nearMisses, acrossLanguages } from './pickers.js';
import { queue } from './queue.js';
import { diff } from './diff.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Text with the runs that conversion changed marked; the original shows on hover. */
function marked(runs, fallback) {
  if (!runs) return [fallback || ''];
  return runs.map((run) => run.original === undefined
    ? run.text
    : el('mark', { class: 'changed', title: t('console.story.wasOriginal', run.original), 'data-original': run.original }, run.text));
}

/** The characters conversion changed in a rendition, for its column's heading. */
function changedCount(rendition) {
  const runs = (rendition.headline_marks || []).concat(rendition.body_marks || []);
  return runs.filter((r) => r.original !== undefined).reduce((n, r) => n + [...r.text].length, 0);
}

/** A body given as HTML, as text: parsed into an inert document (nothing in it loads or runs). */
function textOf(html) {
  if (!html) return '';
  return new DOMParser().parseFromString(html, 'text/html').body.textContent || '';
}

function bodyOf(rendition) {
  return rendition.body_text !== undefined ? rendition.body_text : textOf(rendition.body_html);
}

/** A note with the story ids in it as links to those stories. */
function linked(note) {
  if (!note) return '';
  const parts = [];
  let last = 0;
  for (const match of note.matchAll(UUID)) {
    parts.push(note.slice(last, match.index), el('a', { href: '#story/' + match[0] }, match[0].slice(0, 8)));
    last = match.index + match[0].length;
  }
  parts.push(note.slice(last));
  return parts;
}

// ---- pictures --------------------------------------------------------------------------------

function description(item, role) {
  const found = (item.descriptions || []).find((d) => d.role === role);
  return found ? found.value : null;
}

/** The rendition of a picture to show in a column: the smallest at least 320 wide, else the first. */
function smallest(item) {
  const images = (item.renditions || []).filter((r) => r.href && /^https?:/i.test(r.href));
  const wide = images.filter((r) => (r.width || 0) >= 320).sort((a, b) => a.width - b.width);
  return wide[0] || images[0] || null;
}

function pictures(associations) {
  return (associations || []).filter((a) => !a.type || a.type === 'picture' || a.type === 'graphic').map((item) => {
    const image = smallest(item);
    const caption = description(item, 'caption') || item.description_text || item.headline || '';
    const img = image ? el('img', { src: image.href, alt: description(item, 'alt') || caption, loading: 'lazy', referrerpolicy: 'no-referrer',
      width: image.width || null, height: image.height || null }) : null;
    // A picture its host does not serve: say so, with its address, rather than a broken frame.
    if (img) {
      img.addEventListener('error', () => img.replaceWith(el('p', { class: 'picture-missing meta' },
        t('console.story.pictureMissing'), ' ', el('a', { href: image.href, rel: 'noreferrer' }, new URL(image.href).host),
        img.alt ? el('span', { class: 'alt' }, ' · ', t('console.story.alt'), ': ', img.alt) : null)));
    }
    return el('figure', { class: 'picture' }, img,
      el('figcaption', {}, el('span', { class: 'caption' }, caption),
        item.by ? el('span', { class: 'meta credit' }, ' ', item.by) : null));
  });
}

// ---- one rendition's column --------------------------------------------------------------------

function renditionColumn(story, rendition, media, reload) {
  const tag = rendition.language;
  const body = bodyOf(rendition);
  const changed = changedCount(rendition);
  const column = el('section', { class: 'rendition ' + rendition.kind, 'data-lang': tag, 'aria-labelledby': 'rendition-' + tag },
    el('h2', { id: 'rendition-' + tag }, tag, ' ',
      el('span', { class: 'tag script' }, scriptOf(tag)),
      el('span', { class: 'tag kind' }, t('console.rendition.' + rendition.kind)),
      rendition.kind !== 'original' ? el('span', { class: 'meta changed-count' }, t('console.story.changed', changed)) : null),
    el('div', { class: 'headline', lang: tag }, marked(rendition.headline_marks, rendition.headline)),
    el('div', { class: 'body', lang: tag }, marked(rendition.body_marks, body)),
    media ? el('div', { class: 'pictures', lang: tag }, pictures(media)) : null);
  if (story.status === 'killed') return column;
  const headline = el('input', { type: 'text', class: 'correct-headline', value: rendition.headline });
  const text = el('textarea', { class: 'correct-body' }, body);
  const note = el('input', { type: 'text', class: 'correct-note', placeholder: t('console.correct.notePlaceholder') });
  const correctForm = el('form', { class: 'panel correct-form', hidden: true },
    field('correct-headline-' + tag, t('console.correct.headline'), headline),
    field('correct-body-' + tag, t('console.correct.body'), text),
    field('correct-note-' + tag, t('console.correct.note'), note),
    el('p', {}, el('button', { type: 'submit', class: 'correct-save' }, t('console.correct.save'))));
  correctForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const change = { rendition: tag, note: note.value };
    if (headline.value !== rendition.headline) change.headline = headline.value;
    if (text.value !== body) change.body_text = text.value;
    if (await act(() => api('POST', '/api/v1/stories/' + story.id + '/correct', change), t('console.correct.saved')) !== undefined) reload();
  });
  const opener = el('button', { type: 'button', class: 'secondary correct', 'aria-expanded': 'false', onclick: () => {
    correctForm.hidden = !correctForm.hidden;
    opener.setAttribute('aria-expanded', String(!correctForm.hidden));
    if (!correctForm.hidden) headline.focus();
  } }, t('console.correct.open'));
  column.append(el('p', {}, opener), correctForm);
  if (rendition.kind !== 'original') {
    const source = el('input', { type: 'text', class: 'term-source' });
    const term = el('input', { type: 'text', class: 'term-target' });
    const termForm = el('form', { class: 'row term-form' },
      field('term-source-' + tag, t('console.term.source'), source),
      field('term-target-' + tag, t('console.term.term'), term),
      el('button', { type: 'submit', class: 'secondary' }, t('console.term.add')));
    termForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (await act(() => api('POST', '/api/v1/terms', { target: tag, source: source.value, term: term.value }), t('console.term.added')) !== undefined) reload();
    });
    column.append(el('details', { class: 'term' }, el('summary', {}, t('console.term.title')), termForm));
  }
  return column;
}

// ---- the desk's actions ------------------------------------------------------------------------

/** A time as a datetime-local input's value: the browser's local time, to the minute. */
function localInput(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate())
    + 'T' + pad(date.getHours()) + ':' + pad(date.getMinutes());
}

function actionPanel(story, desk, topics, reload) {
  const post = (path, body, message) => act(() => api('POST', '/api/v1/stories/' + story.id + path, body), message).then((r) => { if (r !== undefined) reload(); });
  const reason = el('input', { type: 'text' });
  const until = el('input', { type: 'datetime-local' });
  // A pin lasts a day unless the editor says otherwise.
  const pinUntil = el('input', { type: 'datetime-local', value: localInput(new Date(Date.now() + 86400000)) });
  const iso = (local) => (local.value ? new Date(local.value).toISOString() : null);
  const chosen = { translation: null, merge: null, topic: null };
  const linkButton = el('button', { type: 'button', id: 'link-translation', disabled: true,
    onclick: () => post('/translations', { story: chosen.translation.id }, t('console.translation.linked', chosen.translation.headline)) }, t('console.translation.link'));
  const mergeButton = el('button', { type: 'button', id: 'merge', disabled: true,
    onclick: () => post('/merge', { with: chosen.merge.id }, t('console.merge.done', chosen.merge.headline)) }, t('console.merge.submit'));
  const pinButton = el('button', { type: 'button', id: 'pin', disabled: true,
    onclick: () => post('/pin', { topic: chosen.topic.slug, until: iso(pinUntil) }, t('console.done')) }, t('console.pin.submit'));
  const clusterIds = new Set(desk.cluster.map((s) => s.id));
  const translation = storyPicker({
    id: 'translation-picker', label: t('console.translation'),
    accept: (other) => otherLanguage(story)(other) && !desk.translations.includes(other.id),
    empty: t('console.translation.none'),
    // The cluster's members, then stories in the other language sharing the headline's names.
    candidates: async () => desk.cluster.map((s) => Object.assign({ why: 'console.picker.inCluster' }, s))
      .concat(await acrossLanguages(story)),
    onChoose: (s) => { chosen.translation = s; linkButton.disabled = !s; },
  });
  const merge = storyPicker({
    id: 'merge-picker', label: t('console.merge'),
    accept: (other) => other.id !== story.id && !clusterIds.has(other.id),
    // Near misses: stories sharing the headline's telling words that clustering left apart.
    candidates: async () => nearMisses(story, (other) => clusterIds.has(other.id) || other.status === 'killed'),
    onChoose: (s) => { chosen.merge = s; mergeButton.disabled = !s; },
  });
  const pin = topicPicker({
    id: 'pin-topic', label: t('console.pin.topic'), topics,
    onChoose: (topic) => { chosen.topic = topic; pinButton.disabled = !topic; },
  });
  return el('div', { class: 'actions' },
    el('fieldset', {}, el('legend', {}, t('console.workflow')),
      el('div', { class: 'row' },
        el('button', { type: 'button', id: 'publish', onclick: () => post('/publish', undefined, t('console.done')) }, t('console.publish')),
        el('button', { type: 'button', id: 'hold', class: 'secondary', onclick: () => post('/hold', undefined, t('console.done')) }, t('console.hold'))),
      field('kill-reason', t('console.kill.reason'), reason),
      el('p', {}, el('button', { type: 'button', id: 'kill', class: 'danger', onclick: () => post('/kill', { reason: reason.value }, t('console.kill.done')) }, t('console.kill.submit')))),
    el('fieldset', {}, el('legend', {}, t('console.links')),
      translation.root, el('p', {}, linkButton),
      merge.root,
      el('div', { class: 'row' }, mergeButton,
        el('button', { type: 'button', id: 'split', class: 'secondary', onclick: () => post('/split', undefined, t('console.done')) }, t('console.split')))),
    el('fieldset', {}, el('legend', {}, t('console.pin')),
      pin.root, field('pin-until', t('console.pin.until'), pinUntil), el('p', {}, pinButton)),
    el('fieldset', {}, el('legend', {}, t('console.embargo')),
      field('embargo-until', t('console.embargo.until'), until),
      el('div', { class: 'row' },
        el('button', { type: 'button', id: 'embargo-set', onclick: () => post('/embargo', { until: iso(until) }, t('console.done')) }, t('console.embargo.set')),
        el('button', { type: 'button', id: 'embargo-lift', class: 'secondary', onclick: () => post('/embargo', { until: null }, t('console.done')) }, t('console.embargo.lift')))));
}

// ---- versions and history ----------------------------------------------------------------------

function changeOf(before, after) {
  const parts = [];
  if (before.headline !== after.headline) parts.push(el('div', { class: 'diff-headline' }, diff(before.headline || '', after.headline || '')));
  const a = before.body_text !== undefined ? before.body_text : textOf(before.body_html);
  const b = after.body_text !== undefined ? after.body_text : textOf(after.body_html);
  if (a !== b) parts.push(el('div', { class: 'diff-body' }, diff(a, b)));
  return parts;
}

/** Every kept version, per rendition, each with what it changed from the one before. */
function versionsTimeline(versions) {
  const byRendition = new Map();
  versions.forEach((v) => { if (!byRendition.has(v.rendition)) byRendition.set(v.rendition, []); byRendition.get(v.rendition).push(v); });
  return el('ol', { class: 'timeline', id: 'versions' }, [...byRendition].flatMap(([tag, list]) => list.map((v, i) =>
    el('li', { 'data-rendition': tag, 'data-seq': v.seq },
      el('div', {}, el('span', { class: 'what' }, tag + ' #' + v.seq), ' ',
        el('span', { class: 'meta' }, v.actor || '', ' · ', el('time', { datetime: v.at }, time(v.at)))),
      el('div', {}, v.headline),
      v.note ? el('div', { class: 'meta' }, t('console.versions.note'), ': ', v.note) : null,
      i > 0 ? el('div', { class: 'diff' }, changeOf(list[i - 1], v)) : null))));
}

function historyTimeline(items) {
  return el('ol', { class: 'timeline', id: 'history' }, items.slice().reverse().map((h) =>
    el('li', { 'data-action': h.action },
      el('div', {}, el('span', { class: 'what' }, tOr('console.action.' + h.action.replace(/ /g, '-'), h.action)), ' ',
        el('span', { class: 'meta' }, h.actor, ' · ', el('time', { datetime: h.at }, time(h.at)),
          h.version ? ' · ' + t('console.history.version', h.version) : '')),
      h.note ? el('div', {}, linked(h.note)) : null,
      h.notice ? el('div', { class: 'meta' }, t('console.history.notice'), ': ', h.notice) : null)));
}

// ---- the view ------------------------------------------------------------------------------------

/** Each rendition's pictures, converted per variant as partners get them (the content API). */
async function mediaOf(story, tags) {
  if (!story.wire || !story.wire.associations || !story.wire.associations.length) return {};
  const found = await Promise.all(tags.map((tag) => api('GET', '/api/v1/content/' + encodeURIComponent(tag) + '/' + story.id)
    .then((ninjs) => [tag, ninjs.associations || []]).catch(() => [tag, story.wire.associations])));
  return Object.fromEntries(found);
}

export async function storyView(id, params) {
  const generation = state.view;
  const reload = () => { if (current(generation)) storyView(id, new URLSearchParams()); };
  const [desk, full, history, versions, topics, memberships] = await Promise.all([
    act(() => api('GET', '/api/v1/stories/' + id + '/renditions')),
    act(() => api('GET', '/api/v1/stories/' + id)),
    act(() => api('GET', '/api/v1/stories/' + id + '/history')),
    act(() => api('GET', '/api/v1/stories/' + id + '/versions')),
    act(() => api('GET', '/api/v1/topics')),
    act(() => api('GET', '/api/v1/stories/' + id + '/topics')),
  ]);
  if (!desk || !current(generation)) return;
  const story = Object.assign({}, desk.story, full ? { wire: full.wire } : {});
  const media = await mediaOf(story, desk.items.map((r) => r.language)).catch(() => ({}));
  const translations = await Promise.all(desk.translations.map((other) => api('GET', '/api/v1/stories/' + other).catch(() => ({ id: other, headline: other }))));
  if (!current(generation)) return;
  const at = queue.ids.indexOf(story.id);
  const step = (by) => { const next = queue.ids[at + by]; if (at >= 0 && next) location.hash = 'story/' + next; };
  const urgency = story.wire && story.wire.urgency;
  const nodes = [
    el('p', { class: 'meta' }, el('a', { href: queue.query || '#queue', id: 'back-to-queue' }, t('console.story.back'))),
    el('h1', { id: 'story-title', lang: story.language }, story.headline),
    el('p', { class: 'meta' },
      el('span', { class: 'tag', id: 'story-language' }, story.language),
      el('span', { class: 'tag script' }, scriptOf(story.language)),
      el('span', { class: 'tag ' + story.status, id: 'story-status' }, t('console.status.' + story.status)),
      urgency ? el('span', { class: 'tag' + (urgency <= 2 ? ' urgent' : '') }, t('console.urgency.value', urgency)) : null,
      story.embargoed ? el('span', { class: 'tag' }, t('console.embargo.untilTime', time(story.embargoed))) : null,
      ' ', story.origin || '', ' · ', time(story.versioncreated)),
    story.kill_reason ? el('p', { class: 'meta' }, t('console.kill.reason'), ': ', story.kill_reason) : null,
    memberships ? el('p', { class: 'meta', id: 'story-topics' }, t('console.story.topics'), ': ',
      memberships.topics.length ? memberships.topics.join(', ') : '—',
      memberships.pins.map((p) => el('span', { class: 'tag pinned' }, p.topic + ' ' + t('console.pinnedUntil', time(p.until))))) : null,
    desk.items.length > 1 ? el('p', { class: 'legend meta' }, el('mark', { class: 'changed' }, t('console.story.legendMark')), ' ', t('console.story.legend')) : null,
    el('div', { class: 'renditions', id: 'renditions' }, desk.items.map((r) => renditionColumn(story, r, media[r.language], reload))),
  ];
  if (story.status !== 'killed') nodes.push(actionPanel(story, desk, topics ? topics.items : [], reload));
  if (translations.length) {
    nodes.push(el('h2', {}, t('console.translations')),
      el('ul', { class: 'stories', id: 'translations' }, translations.map((other) => storyItem(other))));
  }
  if (desk.cluster.length) {
    nodes.push(el('h2', {}, t('console.cluster')),
      el('ul', { class: 'stories', id: 'cluster' }, desk.cluster.map((s) => storyItem(s))));
  }
  if (versions && versions.items.length) nodes.push(el('h2', {}, t('console.versions')), versionsTimeline(versions.items));
  if (history) nodes.push(el('h2', {}, t('console.history')), historyTimeline(history.items));
  show(...nodes);
  const focus = (selector) => () => { const node = document.querySelector(selector); if (node) node.focus(); };
  const press = (selector) => () => { const node = document.querySelector(selector); if (node) node.click(); };
  shortcuts([
    { key: 'u', text: 'console.key.back', run: () => { location.hash = (queue.query || '#queue').replace(/^#/, ''); } },
    { key: 'j', text: 'console.key.nextStory', run: () => step(1) },
    { key: 'k', text: 'console.key.previousStory', run: () => step(-1) },
    { key: 'p', text: 'console.key.publish', run: press('#publish') },
    { key: 'h', text: 'console.key.hold', run: press('#hold') },
    { key: 'x', text: 'console.key.killReason', run: focus('#kill-reason') },
    { key: 'c', text: 'console.key.correct', run: press('.rendition.original button.correct') },
    { key: 't', text: 'console.key.translation', run: focus('#translation-picker') },
    { key: 'm', text: 'console.key.merge', run: focus('#merge-picker') },
    { key: 'i', text: 'console.key.pin', run: focus('#pin-topic') },
    { key: '?', text: 'console.key.help', run: () => { const d = document.getElementById('shortcuts'); d.open = !d.open; } },
  ]);
  if (params && params.has('kill')) focus('#kill-reason')();
}
