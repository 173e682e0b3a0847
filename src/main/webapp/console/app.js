// The editors' console: a few views on the REST API (core.js has the rules every view follows),
// routed by the address's fragment, with one keyboard handler for every view's shortcuts.
import { state, t, el, show, say, api, act, shortcuts, whenSignedOut, isAdmin } from './core.js';
import { queueView } from './queue.js';
import { storyView } from './story.js';
import { topicsView, topicView } from './topics.js';
import { sourcesView, termsView } from './sources.js';
import { partnersView, partnerView } from './partners.js';

// ---- interface text and language ----------------------------------------------------------

async function loadText(lang) {
  const response = await fetch('/console/messages/' + encodeURIComponent(lang));
  const json = await response.json();
  state.text = json.messages;
  state.lang = json.lang;
  document.documentElement.lang = json.lang;
  document.title = t('console.title');
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(node.dataset.text); });
  document.querySelectorAll('[data-label]').forEach((node) => { node.setAttribute('aria-label', t(node.dataset.label)); });
  document.getElementById('lang').value = json.lang;
}

function preferredLanguage() {
  const chosen = localStorage.getItem('newsrelay.lang');
  if (chosen) return chosen;
  const browser = (navigator.language || 'en');
  if (/^zh-(Hans|CN|SG)/i.test(browser)) return 'zh-Hans';
  if (/^zh-(Hant-)?TW/i.test(browser)) return 'zh-Hant-TW';
  if (/^zh-(Hant-)?(HK|MO)/i.test(browser)) return 'zh-Hant-HK';
  return /^zh/i.test(browser) ? 'zh-Hant' : 'en';
}

// ---- signing in ------------------------------------------------------------------------------

function signInView() {
  state.view++;
  document.getElementById('nav').hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('who').textContent = '';
  shortcuts([]);
  const username = el('input', { id: 'username', type: 'text', autocomplete: 'username', required: true });
  const password = el('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = el('form', { id: 'sign-in-form', class: 'panel narrow' },
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
  username.focus();
}

function signedIn(who) {
  state.csrf = who.csrf_token;
  state.user = who;
  document.getElementById('nav').hidden = false;
  document.getElementById('nav-partners').hidden = !isAdmin();
  document.getElementById('sign-out').hidden = false;
  document.getElementById('who').textContent = who.username;
}

// ---- routing -----------------------------------------------------------------------------------

async function route() {
  if (!state.csrf) {
    signInView();
    return;
  }
  state.view++;
  const hash = location.hash.replace(/^#/, '') || 'queue';
  const [path, query] = hash.split('?');
  const [view, arg] = path.split(/\/(.*)/s);
  const params = new URLSearchParams(query || '');
  document.querySelectorAll('#nav a').forEach((a) => {
    if (a.getAttribute('href') === '#' + view || (view === 'story' && a.id === 'nav-queue')
      || (view === 'topic' && a.getAttribute('href') === '#topics') || (view === 'partner' && a.id === 'nav-partners')) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
  say('');
  shortcuts([]);
  document.title = t('console.title');
  if (view === 'story' && arg) await storyView(arg, params);
  else if (view === 'topics') await topicsView();
  else if (view === 'topic' && arg) await topicView(arg);
  else if (view === 'sources') await sourcesView();
  else if (view === 'terms') await termsView();
  else if (view === 'partners') await partnersView();
  else if (view === 'partner' && arg) await partnerView(arg);
  else await queueView(params);
}

/** The shortcuts of the view shown; never while the editor types, nor with a modifier key. */
function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target;
  if (target && target.closest && target.closest('input, textarea, select, [contenteditable], .picker')) {
    if (event.key === 'Escape' && target.blur) target.blur();
    return;
  }
  // Enter on a link or a button does what it says there (a story's link opens that story); the
  // shortcut is for the list's selection when the focus is elsewhere.
  if (event.key === 'Enter' && target && target.closest && target.closest('button, a, summary')) return;
  const shortcut = state.keys.find((k) => k.key === event.key);
  if (!shortcut) return;
  event.preventDefault();
  shortcut.run();
}

async function start() {
  whenSignedOut(signInView);
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
  document.addEventListener('keydown', onKey);
  try {
    signedIn(await api('GET', '/api/v1/session'));
  } catch (e) {
    state.csrf = null;
  }
  route();
}

start();
