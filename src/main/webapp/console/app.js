// The editors' console: a few views on the REST API. Every piece of text from the server goes into
// the page as text (textContent, attributes), never as HTML, so that nothing an editor, a wire or a
// feed wrote can run here; the Content-Security-Policy forbids inline scripts besides.
'use strict';

const state = { csrf: null, user: null, text: {}, lang: 'en' };
const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'];

// ---- small helpers -------------------------------------------------------------------------

function t(key, ...args) {
  let text = state.text[key] || key;
  args.forEach((arg, i) => { text = text.split('{' + i + '}').join(String(arg)); });
  return text;
}

/** el('p', {class: 'x'}, 'text', child): strings become text nodes, never markup. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (name === 'value') node.value = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function show(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes);
}

function say(message, ok) {
  const status = document.getElementById('status');
  status.textContent = message || '';
  status.className = ok ? 'ok' : '';
}

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
  }
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (state.csrf && method !== 'GET') headers['X-CSRF-Token'] = state.csrf;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && path !== '/api/v1/session') {
    state.csrf = null;
    signInView();
    throw new ApiError(401, { detail: t('console.signIn.needed') });
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch (e) { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  return response.status === 204 ? null : response.json();
}

/** Runs an action, showing its error (or a success message) in the status line. */
async function act(action, success) {
  try {
    say('');
    const result = await action();
    if (success) say(success, true);
    return result;
  } catch (e) {
    say(e.message);
    return undefined;
  }
}

function scriptOf(tag) {
  if (tag === 'en') return 'EN';
  return tag === 'zh-Hans' ? t('console.script.simplified') : t('console.script.traditional');
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString(state.lang) : '';
}

function lines(text) {
  return text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

function storyItem(story, extra) {
  return el('li', { 'data-story': story.id },
    el('a', { href: '#story/' + story.id, class: 'story-link' }, story.headline),
    el('div', { class: 'meta' },
      el('span', { class: 'tag' }, story.language),
      el('span', { class: 'tag script' }, scriptOf(story.language)),
      el('span', { class: 'tag ' + story.status }, t('console.status.' + story.status)),
      story.pinned_until ? el('span', { class: 'tag pinned' }, t('console.pinnedUntil', time(story.pinned_until))) : null,
      ' ', time(story.versioncreated)),
    extra || null);
}

// ---- interface text and language ----------------------------------------------------------

async function loadText(lang) {
  const response = await fetch('/console/messages/' + encodeURIComponent(lang));
  const json = await response.json();
  state.text = json.messages;
  state.lang = json.lang;
  document.documentElement.lang = json.lang;
  document.title = t('console.title');
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(node.dataset.text); });
  document.getElementById('lang').value = json.lang;
}

function preferredLanguage() {
  const chosen = localStorage.getItem('newsrelay.lang');
  if (chosen) return chosen;
  const browser = (navigator.language || 'en');
  if (/^zh-(Hans|CN|SG)/i.test(browser)) return 'zh-Hans';
  return /^zh/i.test(browser) ? 'zh-Hant' : 'en';
}

// ---- signing in ------------------------------------------------------------------------------

function signInView() {
  document.getElementById('nav').hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('who').textContent = '';
  const username = el('input', { id: 'username', type: 'text', autocomplete: 'username', required: true });
  const password = el('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = el('form', { id: 'sign-in-form', class: 'panel' },
    el('h1', {}, t('console.signIn.title')),
    el('label', { for: 'username' }, t('console.signIn.username')), username,
    el('label', { for: 'password' }, t('console.signIn.password')), password,
    el('p', {}, el('button', { id: 'sign-in', type: 'submit' }, t('console.signIn.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const who = await act(() => api('POST', '/api/v1/session', { username: username.value, password: password.value }));
    if (who) {
      signedIn(who);
      route();
    }
  });
  show(form);
}

function signedIn(who) {
  state.csrf = who.csrf_token;
  state.user = who;
  document.getElementById('nav').hidden = false;
  document.getElementById('sign-out').hidden = false;
  document.getElementById('who').textContent = who.username;
}

// ---- the incoming queue and search ---------------------------------------------------------

async function queueView(params) {
  const status = el('select', { id: 'filter-status' },
    ['incoming', 'published', 'held', 'killed', ''].map((s) =>
      el('option', { value: s, selected: (params.get('status') ?? 'incoming') === s }, s ? t('console.status.' + s) : t('console.filter.any'))));
  const lang = el('select', { id: 'filter-lang' },
    [''].concat(LANGUAGES).map((l) => el('option', { value: l, selected: (params.get('lang') || '') === l }, l || t('console.filter.any'))));
  const words = el('input', { id: 'filter-q', type: 'search', value: params.get('q') || '', placeholder: t('console.filter.search') });
  const list = el('ul', { class: 'stories', id: 'queue' });
  const form = el('form', { class: 'row filters' },
    el('div', {}, el('label', { for: 'filter-status' }, t('console.filter.status')), status),
    el('div', {}, el('label', { for: 'filter-lang' }, t('console.filter.language')), lang),
    el('div', {}, el('label', { for: 'filter-q' }, t('console.filter.search')), words),
    el('button', { type: 'submit', id: 'filter-apply' }, t('console.filter.apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    query.set('status', status.value);
    if (lang.value) query.set('lang', lang.value);
    if (words.value.trim()) query.set('q', words.value.trim());
    location.hash = 'queue?' + query.toString();
  });
  show(el('h1', {}, t('console.queue.title')), form, list);
  const query = new URLSearchParams();
  const wanted = params.get('status') ?? 'incoming';
  if (wanted) query.set('status', wanted);
  if (params.get('lang')) query.set('lang', params.get('lang'));
  if (params.get('q')) query.set('q', params.get('q'));
  query.set('limit', '100');
  const result = await act(() => api('GET', '/api/v1/stories?' + query.toString()));
  if (!result) return;
  list.replaceChildren(...result.items.map((s) => storyItem(s)));
  if (result.items.length === 0) list.append(el('li', { class: 'meta' }, t('console.queue.empty')));
}

// ---- one story, side by side -------------------------------------------------------------------

/** Text with the runs that conversion changed highlighted; the original is in the tooltip. */
function marked(runs, fallback) {
  if (!runs) return [fallback || ''];
  return runs.map((run) => run.original === undefined
    ? run.text
    : el('span', { class: 'changed', title: t('console.story.wasOriginal', run.original) }, run.text));
}

function renditionColumn(story, rendition, reload) {
  const editable = story.status !== 'killed';
  const body = rendition.body_text !== undefined ? rendition.body_text : (rendition.body_html ? '' : '');
  const column = el('section', { class: 'rendition', 'data-lang': rendition.language },
    el('h2', {}, rendition.language, ' ',
      el('span', { class: 'tag script' }, scriptOf(rendition.language)),
      el('span', { class: 'tag kind' }, t('console.rendition.' + rendition.kind))),
    el('div', { class: 'headline' }, marked(rendition.headline_marks, rendition.headline)),
    el('div', { class: 'body' }, marked(rendition.body_marks, body)));
  if (!editable) return column;
  const headline = el('input', { type: 'text', class: 'correct-headline', value: rendition.headline });
  const text = el('textarea', { class: 'correct-body' }, body);
  const note = el('input', { type: 'text', class: 'correct-note', placeholder: t('console.correct.notePlaceholder') });
  const correctForm = el('form', { class: 'panel correct-form', hidden: true },
    el('label', {}, t('console.correct.headline')), headline,
    el('label', {}, t('console.correct.body')), text,
    el('label', {}, t('console.correct.note')), note,
    el('p', {}, el('button', { type: 'submit', class: 'correct-save' }, t('console.correct.save'))));
  correctForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const change = { rendition: rendition.language, note: note.value };
    if (headline.value !== rendition.headline) change.headline = headline.value;
    if (text.value !== body) change.body_text = text.value;
    if (await act(() => api('POST', '/api/v1/stories/' + story.id + '/correct', change), t('console.correct.saved')) !== undefined) reload();
  });
  column.append(el('p', {}, el('button', { type: 'button', class: 'secondary correct', onclick: () => { correctForm.hidden = !correctForm.hidden; } }, t('console.correct.open'))), correctForm);
  if (rendition.kind !== 'original') {
    const source = el('input', { type: 'text', class: 'term-source', placeholder: t('console.term.source') });
    const term = el('input', { type: 'text', class: 'term-target', placeholder: t('console.term.term') });
    const termForm = el('form', { class: 'row term-form' }, source, term,
      el('button', { type: 'submit', class: 'secondary' }, t('console.term.add')));
    termForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (await act(() => api('POST', '/api/v1/terms', { target: rendition.language, source: source.value, term: term.value }), t('console.term.added')) !== undefined) reload();
    });
    column.append(el('h3', {}, t('console.term.title')), termForm);
  }
  return column;
}

function actionPanel(story, topics, reload) {
  const post = (path, body, message) => act(() => api('POST', '/api/v1/stories/' + story.id + path, body), message).then((r) => { if (r !== undefined) reload(); });
  const reason = el('input', { type: 'text', id: 'kill-reason', placeholder: t('console.kill.reason') });
  const until = el('input', { type: 'datetime-local', id: 'embargo-until' });
  const pinTopic = el('select', { id: 'pin-topic' }, topics.map((tp) => el('option', { value: tp.slug }, tp.names[state.lang === 'en' ? 'en' : state.lang] || tp.slug)));
  const pinUntil = el('input', { type: 'datetime-local', id: 'pin-until' });
  const translation = el('input', { type: 'text', id: 'translation-id', placeholder: t('console.storyId') });
  const merge = el('input', { type: 'text', id: 'merge-id', placeholder: t('console.storyId') });
  const iso = (local) => (local.value ? new Date(local.value).toISOString() : null);
  return el('div', { class: 'actions' },
    el('fieldset', {}, el('legend', {}, t('console.workflow')),
      el('div', { class: 'row' },
        el('button', { type: 'button', id: 'publish', onclick: () => post('/publish', undefined, t('console.done')) }, t('console.publish')),
        el('button', { type: 'button', id: 'hold', class: 'secondary', onclick: () => post('/hold', undefined, t('console.done')) }, t('console.hold'))),
      el('label', { for: 'kill-reason' }, t('console.kill.reason')), reason,
      el('p', {}, el('button', { type: 'button', id: 'kill', class: 'danger', onclick: () => post('/kill', { reason: reason.value }, t('console.kill.done')) }, t('console.kill.submit')))),
    el('fieldset', {}, el('legend', {}, t('console.embargo')),
      el('label', { for: 'embargo-until' }, t('console.embargo.until')), until,
      el('div', { class: 'row' },
        el('button', { type: 'button', id: 'embargo-set', onclick: () => post('/embargo', { until: iso(until) }, t('console.done')) }, t('console.embargo.set')),
        el('button', { type: 'button', id: 'embargo-lift', class: 'secondary', onclick: () => post('/embargo', { until: null }, t('console.done')) }, t('console.embargo.lift')))),
    el('fieldset', {}, el('legend', {}, t('console.pin')),
      el('label', { for: 'pin-topic' }, t('console.pin.topic')), pinTopic,
      el('label', { for: 'pin-until' }, t('console.pin.until')), pinUntil,
      el('p', {}, el('button', { type: 'button', id: 'pin', onclick: () => post('/pin', { topic: pinTopic.value, until: iso(pinUntil) }, t('console.done')) }, t('console.pin.submit')))),
    el('fieldset', {}, el('legend', {}, t('console.links')),
      el('label', { for: 'translation-id' }, t('console.translation')), translation,
      el('p', {}, el('button', { type: 'button', id: 'link-translation', onclick: () => post('/translations', { story: translation.value.trim() }, t('console.done')) }, t('console.translation.link'))),
      el('label', { for: 'merge-id' }, t('console.merge')), merge,
      el('div', { class: 'row' },
        el('button', { type: 'button', id: 'merge', onclick: () => post('/merge', { with: merge.value.trim() }, t('console.done')) }, t('console.merge.submit')),
        el('button', { type: 'button', id: 'split', class: 'secondary', onclick: () => post('/split', undefined, t('console.done')) }, t('console.split')))));
}

async function storyView(id) {
  const reload = () => storyView(id);
  const [desk, history, versions, topics, memberships] = await Promise.all([
    act(() => api('GET', '/api/v1/stories/' + id + '/renditions')),
    act(() => api('GET', '/api/v1/stories/' + id + '/history')),
    act(() => api('GET', '/api/v1/stories/' + id + '/versions')),
    act(() => api('GET', '/api/v1/topics')),
    act(() => api('GET', '/api/v1/stories/' + id + '/topics')),
  ]);
  if (!desk) return;
  const story = desk.story;
  const nodes = [
    el('h1', { id: 'story-title' }, story.headline),
    el('p', { class: 'meta' },
      el('span', { class: 'tag', id: 'story-language' }, story.language),
      el('span', { class: 'tag script' }, scriptOf(story.language)),
      el('span', { class: 'tag ' + story.status, id: 'story-status' }, t('console.status.' + story.status)),
      story.embargoed ? el('span', { class: 'tag' }, t('console.embargo.untilTime', time(story.embargoed))) : null,
      ' ', story.origin || '', ' · ', time(story.versioncreated)),
    story.kill_reason ? el('p', { class: 'meta' }, t('console.kill.reason'), ': ', story.kill_reason) : null,
    memberships ? el('p', { class: 'meta', id: 'story-topics' }, t('console.story.topics'), ': ',
      memberships.topics.length ? memberships.topics.join(', ') : '—',
      memberships.pins.map((p) => el('span', { class: 'tag pinned' }, p.topic + ' ' + t('console.pinnedUntil', time(p.until))))) : null,
    el('div', { class: 'renditions', id: 'renditions' }, desk.items.map((r) => renditionColumn(story, r, reload))),
  ];
  if (story.status !== 'killed') nodes.push(actionPanel(story, topics ? topics.items : [], reload));
  if (desk.translations.length) {
    nodes.push(el('h2', {}, t('console.translations')),
      el('ul', {}, desk.translations.map((other) => el('li', {}, el('a', { href: '#story/' + other }, other)))));
  }
  if (desk.cluster.length) {
    nodes.push(el('h2', {}, t('console.cluster')),
      el('ul', { class: 'stories' }, desk.cluster.map((s) => storyItem(s))));
  }
  if (versions && versions.items.length) {
    nodes.push(el('h2', {}, t('console.versions')),
      el('table', { id: 'versions' }, el('tbody', {}, versions.items.map((v) =>
        el('tr', {}, el('td', {}, v.rendition + ' #' + v.seq), el('td', {}, v.headline), el('td', {}, v.note || ''), el('td', { class: 'meta' }, v.actor, ' ', time(v.at)))))));
  }
  if (history) {
    nodes.push(el('h2', {}, t('console.history')),
      el('table', { id: 'history' }, el('tbody', {}, history.items.map((h) =>
        el('tr', {}, el('td', { class: 'meta' }, time(h.at)), el('td', {}, h.actor), el('td', {}, h.action), el('td', {}, h.note || ''))))));
  }
  show(...nodes.filter((n) => n));
}

// ---- topics ------------------------------------------------------------------------------------

async function topicsView() {
  const result = await act(() => api('GET', '/api/v1/topics'));
  if (!result) return;
  show(el('h1', {}, t('console.topics.title')),
    el('p', {}, el('a', { href: '#topic/new', id: 'new-topic' }, t('console.topics.new'))),
    el('ul', { class: 'stories', id: 'topics' }, result.items.map((topic) =>
      el('li', {}, el('a', { href: '#topic/' + topic.slug }, topic.names[state.lang] || topic.names.en),
        el('div', { class: 'meta' }, el('span', { class: 'tag' }, topic.slug), el('span', { class: 'tag' }, t('console.visibility.' + topic.visibility)))))));
}

async function topicView(slug) {
  const topic = slug === 'new' ? null : await act(() => api('GET', '/api/v1/topics/' + encodeURIComponent(slug)));
  if (slug !== 'new' && !topic) return;
  const given = topic ? topic.names_given : {};
  const rules = topic ? topic.rules : { include: [], exclude: [], sources: [], subjects: [] };
  const field = (id, label, node) => [el('label', { for: id }, label), node];
  const slugInput = el('input', { type: 'text', id: 'topic-slug', value: topic ? topic.slug : '', disabled: !!topic, placeholder: t('console.topic.slugDerived') });
  const names = {};
  ['en', 'zh-Hans', 'zh-Hant'].forEach((lang) => { names[lang] = el('input', { type: 'text', id: 'topic-name-' + lang, value: given[lang] || '' }); });
  const description = el('textarea', { id: 'topic-description' }, topic && topic.description ? topic.description : '');
  const visibility = el('select', { id: 'topic-visibility' }, ['public', 'partner'].map((v) =>
    el('option', { value: v, selected: topic ? topic.visibility === v : v === 'public' }, t('console.visibility.' + v))));
  const lists = {};
  ['include', 'exclude', 'sources', 'subjects'].forEach((kind) => {
    lists[kind] = el('textarea', { id: 'topic-' + kind, placeholder: t('console.topic.onePerLine') }, rules[kind].join('\n'));
  });
  const preview = el('ul', { class: 'stories', id: 'topic-preview' });
  const progress = el('p', { class: 'progress', id: 'topic-progress' });
  const members = el('ul', { class: 'stories', id: 'topic-stories' });
  const currentRules = () => ({
    include: lines(lists.include.value), exclude: lines(lists.exclude.value),
    sources: lines(lists.sources.value), subjects: lines(lists.subjects.value),
  });
  let pending = null;
  const refreshPreview = () => {
    clearTimeout(pending);
    pending = setTimeout(async () => {
      const rulesNow = currentRules();
      if (!rulesNow.include.length && !rulesNow.sources.length && !rulesNow.subjects.length) {
        preview.replaceChildren(el('li', { class: 'meta' }, t('console.topic.previewEmpty')));
        return;
      }
      try {
        const result = await api('POST', '/api/v1/topics/preview?limit=20', { rules: rulesNow });
        preview.replaceChildren(...result.items.map((s) => storyItem(s)));
        if (!result.items.length) preview.append(el('li', { class: 'meta' }, t('console.topic.previewNone')));
      } catch (e) {
        preview.replaceChildren(el('li', { class: 'meta' }, e.message));
      }
    }, 400);
  };
  Object.values(lists).forEach((node) => node.addEventListener('input', refreshPreview));
  const form = el('form', { class: 'panel', id: 'topic-form' },
    field('topic-slug', t('console.topic.slug'), slugInput),
    field('topic-name-en', t('console.topic.name', 'English'), names.en),
    field('topic-name-zh-Hans', t('console.topic.name', '简体中文'), names['zh-Hans']),
    field('topic-name-zh-Hant', t('console.topic.name', '繁體中文'), names['zh-Hant']),
    field('topic-description', t('console.topic.description'), description),
    field('topic-visibility', t('console.topic.visibility'), visibility),
    field('topic-include', t('console.topic.include'), lists.include),
    field('topic-exclude', t('console.topic.exclude'), lists.exclude),
    field('topic-sources', t('console.topic.sources'), lists.sources),
    field('topic-subjects', t('console.topic.subjects'), lists.subjects),
    el('p', { class: 'row' },
      el('button', { type: 'submit', id: 'topic-save' }, t('console.topic.save')),
      topic ? el('button', { type: 'button', class: 'danger', id: 'topic-delete', onclick: async () => {
        if (await act(() => api('DELETE', '/api/v1/topics/' + encodeURIComponent(topic.slug)), t('console.done')) !== undefined) location.hash = 'topics';
      } }, t('console.topic.delete')) : null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const definition = { names: {}, visibility: visibility.value, rules: currentRules() };
    Object.entries(names).forEach(([lang, input]) => { if (input.value.trim()) definition.names[lang] = input.value.trim(); });
    if (description.value.trim()) definition.description = description.value.trim();
    if (!topic && slugInput.value.trim()) definition.slug = slugInput.value.trim();
    const saved = await act(() => (topic
      ? api('PUT', '/api/v1/topics/' + encodeURIComponent(topic.slug), definition)
      : api('POST', '/api/v1/topics', definition)), t('console.topic.saved'));
    if (saved) {
      if (!topic) location.hash = 'topic/' + saved.slug;
      else follow(saved.slug, progress, members);
    }
  });
  show(el('h1', {}, topic ? (topic.names[state.lang] || topic.slug) : t('console.topics.new')),
    el('div', { class: 'renditions' }, form,
      el('section', {}, el('h2', {}, t('console.topic.preview')), preview,
        topic ? el('div', {}, el('h2', {}, t('console.topic.stories')), progress, members) : null)));
  refreshPreview();
  if (topic) follow(topic.slug, progress, members);
}

/** Shows the re-evaluation's progress until it is done, then the topic's stories. */
async function follow(slug, progress, members) {
  const path = '/api/v1/topics/' + encodeURIComponent(slug);
  for (let i = 0; i < 600; i++) {
    let job = null;
    try { job = await api('GET', path + '/reevaluation'); } catch (e) { break; }
    progress.textContent = t('console.topic.progress', job.done, job.total, job.matched, t('console.job.' + job.status));
    if (job.status !== 'queued' && job.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (!document.body.contains(progress)) return;
  }
  const result = await act(() => api('GET', path + '/stories?limit=100'));
  if (!result) return;
  members.replaceChildren(...result.items.map((s) => storyItem(s, s.topic_reason === 'removed'
    ? el('div', { class: 'meta' }, t('console.topic.removed'), ' ',
      el('button', { type: 'button', class: 'secondary', onclick: async () => {
        await act(() => api('PUT', path + '/stories/' + s.id));
        follow(slug, progress, members);
      } }, t('console.topic.addBack')))
    : el('div', { class: 'meta' }, t('console.topic.reason.' + s.topic_reason), ' ',
      el('button', { type: 'button', class: 'secondary remove-from-topic', onclick: async () => {
        await act(() => api('DELETE', path + '/stories/' + s.id));
        follow(slug, progress, members);
      } }, t('console.topic.remove'))))));
  if (!result.items.length) members.append(el('li', { class: 'meta' }, t('console.topic.none')));
}

// ---- sources and terms -----------------------------------------------------------------------

async function sourcesView() {
  const result = await act(() => api('GET', '/api/v1/sources'));
  if (!result) return;
  const rank = (s) => (s.status === 'failing' ? 0 : s.status === 'new' ? 1 : 2);
  const sources = result.items.slice().sort((a, b) => rank(a) - rank(b)
    || (b.consecutive_failures - a.consecutive_failures) || a.url.localeCompare(b.url));
  show(el('h1', {}, t('console.sources.title')),
    el('table', { id: 'sources' },
      el('thead', {}, el('tr', {}, ['console.sources.source', 'console.sources.health', 'console.sources.reason', 'console.sources.next', ''].map((k) => el('th', {}, k ? t(k) : '')))),
      el('tbody', {}, sources.map((s) => el('tr', { 'data-status': s.status },
        el('td', {}, s.title || s.url, el('div', { class: 'meta' }, s.url)),
        el('td', {}, el('span', { class: 'tag ' + s.status }, t('console.sources.' + s.status)),
          s.consecutive_failures ? el('div', { class: 'meta' }, t('console.sources.failures', s.consecutive_failures)) : null),
        el('td', {}, s.last_error ? s.last_error.reason : ''),
        el('td', {}, time(s.next_attempt)),
        el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: async () => {
          if (await act(() => api('POST', '/api/v1/sources/' + s.id + '/refresh'), t('console.done')) !== undefined) sourcesView();
        } }, t('console.sources.refresh'))))))));
}

async function termsView() {
  const result = await act(() => api('GET', '/api/v1/terms'));
  if (!result) return;
  show(el('h1', {}, t('console.terms.title')),
    el('p', {}, el('a', { href: '/api/v1/terms/export.tsv' }, t('console.terms.export'))),
    el('table', { id: 'terms' }, el('tbody', {}, result.items.map((term) => el('tr', {},
      el('td', {}, term.target), el('td', {}, term.source), el('td', {}, term.term),
      el('td', { class: 'meta' }, term.added_by),
      el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: async () => {
        if (await act(() => api('DELETE', '/api/v1/terms/' + term.id), t('console.done')) !== undefined) termsView();
      } }, t('console.terms.delete'))))))));
}

// ---- routing -----------------------------------------------------------------------------------

async function route() {
  if (!state.csrf) {
    signInView();
    return;
  }
  const hash = location.hash.replace(/^#/, '') || 'queue';
  const [path, query] = hash.split('?');
  const [view, arg] = path.split(/\/(.*)/s);
  say('');
  if (view === 'story' && arg) await storyView(arg);
  else if (view === 'topics') await topicsView();
  else if (view === 'topic' && arg) await topicView(arg);
  else if (view === 'sources') await sourcesView();
  else if (view === 'terms') await termsView();
  else await queueView(new URLSearchParams(query || ''));
}

async function start() {
  await loadText(preferredLanguage());
  document.getElementById('lang').addEventListener('change', async (event) => {
    localStorage.setItem('newsrelay.lang', event.target.value);
    await loadText(event.target.value);
    route();
  });
  document.getElementById('sign-out').addEventListener('click', async () => {
    await act(() => api('DELETE', '/api/v1/session'));
    state.csrf = null;
    signInView();
  });
  window.addEventListener('hashchange', route);
  try {
    signedIn(await api('GET', '/api/v1/session'));
  } catch (e) {
    state.csrf = null;
  }
  route();
}

document.addEventListener('DOMContentLoaded', start);
