// What every view of the console stands on. Every piece of text from the server goes into the page
// as text (textContent, attributes), never as HTML, so that nothing an editor, a wire or a feed
// wrote can run here; the Content-Security-Policy forbids inline scripts besides.

export const state = { csrf: null, user: null, text: {}, lang: 'en', keys: [], view: 0 };
export const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK'];

export function t(key, ...args) {
  let text = state.text[key] || key;
  args.forEach((arg, i) => { text = text.split('{' + i + '}').join(String(arg)); });
  return text;
}

/** The text for a key when the bundle has it, else the fallback as it is (an action's name). */
export function tOr(key, fallback) {
  return state.text[key] || fallback;
}

/** el('p', {class: 'x'}, 'text', child): strings become text nodes, never markup. */
export function el(tag, attrs, ...children) {
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

/** A labelled field: the label names the control by its id, for screen readers and clicks. */
export function field(id, label, control, hint) {
  control.id = id;
  const nodes = [el('label', { for: id }, label), control];
  if (hint) {
    control.setAttribute('aria-describedby', id + '-hint');
    nodes.push(el('div', { class: 'meta', id: id + '-hint' }, hint));
  }
  return el('div', { class: 'field' }, nodes);
}

/** Replaces the view; a new view starts a new generation, so older pollers and loads stop. */
export function show(...nodes) {
  document.getElementById('main').replaceChildren(...nodes.filter((n) => n));
}

export function say(message, ok) {
  const status = document.getElementById('status');
  status.textContent = message || '';
  status.className = ok ? 'ok' : '';
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
  }
}

let onSignedOut = () => {};

/** What to do when the session has ended (the sign-in view). */
export function whenSignedOut(handler) {
  onSignedOut = handler;
}

async function send(method, path, body, headers) {
  const all = Object.assign({ Accept: 'application/json' }, headers || {});
  if (body !== undefined) all['Content-Type'] = 'application/json';
  if (state.csrf && method !== 'GET') all['X-CSRF-Token'] = state.csrf;
  const response = await fetch(path, {
    method, headers: all, credentials: 'same-origin', cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && path !== '/api/v1/session') {
    state.csrf = null;
    onSignedOut();
    throw new ApiError(401, { detail: t('console.signIn.needed') });
  }
  if (!response.ok && response.status !== 304) {
    let problem = null;
    try { problem = await response.json(); } catch (e) { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function api(method, path, body) {
  const response = await send(method, path, body);
  return response.status === 204 ? null : response.json();
}

/**
 * A GET that the server may answer 304 to: {changed: false} when the ETag still holds, else
 * {changed: true, etag, body}.
 */
export async function revalidate(path, etag) {
  const response = await send('GET', path, undefined, etag ? { 'If-None-Match': etag } : {});
  if (response.status === 304) return { changed: false, etag };
  return { changed: true, etag: response.headers.get('ETag'), body: await response.json() };
}

/** Runs an action, showing its error (or a success message) in the status line. */
export async function act(action, success) {
  try {
    say('');
    const result = await action();
    if (success) say(success, true);
    return result === undefined ? null : result;
  } catch (e) {
    say(e.message);
    return undefined;
  }
}

export function scriptOf(tag) {
  if (tag === 'en') return 'EN';
  return tag === 'zh-Hans' ? t('console.script.simplified') : t('console.script.traditional');
}

export function time(iso) {
  return iso ? new Date(iso).toLocaleString(state.lang) : '';
}

/** A query string from {name: value}, empty values left out (URLSearchParams: spaces as '+'). */
export function query(values) {
  const params = new URLSearchParams();
  Object.entries(values).forEach(([name, value]) => { if (value !== undefined && value !== null && value !== '') params.set(name, value); });
  return params.toString();
}

export function lines(text) {
  return text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

export function isAdmin() {
  return !!(state.user && state.user.roles && state.user.roles.includes('admin'));
}

/** A topic's name in the interface's language, else its English name, else its slug. */
export function topicName(topic) {
  return (topic.names && (topic.names[state.lang] || topic.names.en)) || topic.slug;
}

/** A story as one line of a list: its headline (a link to it), language, script, status, time. */
export function storyItem(story, extra) {
  return el('li', { 'data-story': story.id },
    el('a', { href: '#story/' + story.id, class: 'story-link' }, story.headline),
    el('div', { class: 'meta' },
      el('span', { class: 'tag' }, story.language),
      el('span', { class: 'tag script' }, scriptOf(story.language)),
      story.status ? el('span', { class: 'tag ' + story.status }, t('console.status.' + story.status)) : null,
      story.pinned_until ? el('span', { class: 'tag pinned' }, t('console.pinnedUntil', time(story.pinned_until))) : null,
      ' ', time(story.versioncreated)),
    extra || null);
}

/**
 * The keyboard shortcuts of the view being shown: [{key, text, run}]. Listed on the page, and run
 * by the one keydown handler (app.js) unless the editor is typing in a field.
 */
export function shortcuts(keys) {
  state.keys = keys;
  const list = document.getElementById('shortcut-list');
  list.replaceChildren(...keys.map((k) => el('div', { class: 'shortcut' },
    el('dt', {}, el('kbd', {}, k.label || k.key)), el('dd', {}, t(k.text)))));
  document.getElementById('shortcuts').hidden = keys.length === 0;
}

/** Whether the view that started a load is still the one shown. */
export function current(generation) {
  return generation === state.view;
}
