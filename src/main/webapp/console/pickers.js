// Pickers instead of ids: type a few words of a headline (any script: the search API folds them)
// or of a topic's name, and choose from what matches; look-alikes are offered before anything is
// typed (the story's cluster, and near misses found by the headline's telling words). An ARIA
// combobox: arrows move, Enter chooses, Escape closes.
import { t, el, api, query, scriptOf, time, topicName } from './core.js';

let pickers = 0;

/**
 * A combobox. find(text) answers the options for what was typed ([{id, label, meta, value}]);
 * candidates() those offered before anything is typed; onChoose(value) is called with the choice.
 */
function picker({ id, label, placeholder, find, candidates, onChoose, empty }) {
  const number = ++pickers;
  const listId = id + '-options';
  const input = el('input', {
    type: 'text', id, role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
    'aria-controls': listId, autocomplete: 'off', placeholder,
  });
  const list = el('ul', { id: listId, role: 'listbox', 'aria-label': label, hidden: true });
  const chosen = el('div', { class: 'chosen meta', id: id + '-chosen', 'aria-live': 'polite' });
  const root = el('div', { class: 'picker', 'data-picker': id },
    el('label', { for: id }, label), input, list, chosen);
  let options = [];
  let asked = 0;
  let pending = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (option) => {
    input.value = option.label;
    chosen.replaceChildren(t('console.picker.chosen'), ' ', el('strong', {}, option.label));
    close();
    onChoose(option.value);
  };
  const render = (found, heading) => {
    options = found;
    list.replaceChildren(...found.map((option, i) => {
      const li = el('li', { role: 'option', id: 'picker-' + number + '-' + i, 'aria-selected': 'false', 'data-value': option.id },
        option.label, option.meta ? el('div', { class: 'meta' }, option.meta) : null);
      // mousedown, not click: the input must not lose its list before the choice is taken.
      li.addEventListener('mousedown', (event) => { event.preventDefault(); choose(option); });
      return li;
    }));
    if (!found.length) list.append(el('li', { class: 'meta', role: 'presentation' }, empty || t('console.picker.none')));
    if (heading && found.length) list.prepend(el('li', { class: 'meta', role: 'presentation' }, heading));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
  };
  const optionIndex = (li) => Number(li.id.split('-').pop());
  const lookup = async () => {
    const text = input.value.trim();
    const ask = ++asked;
    if (!text) {
      const offered = candidates ? await candidates() : [];
      if (ask === asked && document.activeElement === input) render(offered, offered.length ? t('console.picker.candidates') : null);
      return;
    }
    try {
      const found = await find(text);
      if (ask === asked) render(found);
    } catch (e) {
      if (ask === asked) render([], null);
    }
  };
  input.addEventListener('input', () => {
    chosen.replaceChildren();
    onChoose(null);
    clearTimeout(pending);
    pending = setTimeout(lookup, 250);
  });
  input.addEventListener('focus', () => { if (!input.value.trim()) lookup(); });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('keydown', (event) => {
    const items = [...list.querySelectorAll('li[role=option]')];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) { lookup(); return; }
      const at = items.findIndex((li) => li.getAttribute('aria-selected') === 'true');
      const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
      if (items[next]) {
        items.forEach((li) => li.setAttribute('aria-selected', String(li === items[next])));
        input.setAttribute('aria-activedescendant', items[next].id);
        items[next].scrollIntoView({ block: 'nearest' });
      }
    } else if (event.key === 'Enter') {
      const selected = items.find((li) => li.getAttribute('aria-selected') === 'true');
      if (!list.hidden && selected) {
        event.preventDefault();
        choose(options[optionIndex(selected)]);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  return { root, input, clear: () => { input.value = ''; chosen.replaceChildren(); onChoose(null); } };
}

function storyOption(story) {
  return {
    id: story.id, label: story.headline, value: story,
    meta: [story.why ? t(story.why) : '', story.language, scriptOf(story.language),
      story.status ? t('console.status.' + story.status) : '', time(story.versioncreated)]
      .filter((x) => x).join(' · '),
  };
}

/**
 * Stories found by the search API (GET /api/v1/search: the words index, any script, headline
 * matches first), each as {id, headline, language (as written), status, versioncreated}.
 */
export async function searchStories(params) {
  const answer = await api('GET', '/api/v1/search?' + query(params));
  const found = answer.results.map((r) => ({
    id: r.id, headline: r.headline, excerpt: r.summary, language: r.original, status: r.status, versioncreated: r.versioncreated,
  }));
  found.next = answer.next; // the cursor of the page after, if any
  return found;
}

// Words that tell nothing about which story it is.
const FILLER = new Set(('a an and are as at be by for from has have in into is it its of on or over says said that the'
  + ' this to up was were will with after new more than 的 了 在 是 和 与 及 将 为 对').split(' '));

/**
 * A headline's telling words, in any script (the browser's word segmenter, which knows Chinese):
 * two letters or more, no filler, longest first.
 */
export function tellingWords(headline, language, count) {
  const segmenter = new Intl.Segmenter(language === 'en' ? 'en' : 'zh', { granularity: 'word' });
  const words = [...segmenter.segment(headline || '')].filter((s) => s.isWordLike)
    .map((s) => s.segment.toLocaleLowerCase()).filter((w) => [...w].length >= 2 && !FILLER.has(w));
  return [...new Set(words)].sort((a, b) => [...b].length - [...a].length).slice(0, count);
}

/**
 * Near misses: stories that share two of the headline's three most telling words (a search per
 * pair, so that a story need not share them all), those sharing more first; the story itself and
 * those skip() names left out.
 */
export async function nearMisses(story, skip) {
  const words = tellingWords(story.headline, story.language, 3);
  const pairs = words.length < 3 ? [words] : [[words[0], words[1]], [words[0], words[2]], [words[1], words[2]]];
  const found = await Promise.all(pairs.filter((p) => p.length)
    .map((pair) => searchStories({ q: pair.join(' '), limit: 10 }).catch(() => [])));
  const seen = new Map();
  found.flat().forEach((other, at) => {
    if (other.id === story.id || (skip && skip(other))) return;
    const known = seen.get(other.id);
    if (known) known.hits += 1;
    else seen.set(other.id, Object.assign(other, { hits: 1, at, why: 'console.picker.nearMiss' }));
  });
  return [...seen.values()].sort((a, b) => b.hits - a.hits || a.at - b.at);
}

/**
 * Finds a story by a few words of its headline or text, in any script. accept(story) keeps the
 * ones that may be chosen (another language for a translation, not the story itself).
 */
export function storyPicker({ id, label, accept, candidates, onChoose, empty }) {
  return picker({
    id, label, placeholder: t('console.picker.typeHeadline'), onChoose, empty,
    find: async (text) => (await searchStories({ q: text, limit: 20 })).filter(accept).slice(0, 10).map(storyOption),
    candidates: async () => (candidates ? (await candidates()).filter(accept).slice(0, 10).map(storyOption) : []),
  });
}

/**
 * Stories in the other language that may be this one's translation: those sharing the headline's
 * names and figures (Latin letters or digits, which copy in both languages keeps as it is: TSMC,
 * 2026, 5G), found by the search API in the other language.
 */
export async function acrossLanguages(story) {
  const segmenter = new Intl.Segmenter(story.language === 'en' ? 'en' : 'zh', { granularity: 'word' });
  const names = [...segmenter.segment(story.headline || '')].filter((s) => s.isWordLike)
    .filter((s) => /[0-9]/.test(s.segment) || (s.index > 0 && /^[A-Z]/.test(s.segment))
      || (story.language !== 'en' && /^[A-Za-z]{2,}$/.test(s.segment)))
    .map((s) => s.segment);
  const other = story.language === 'en' ? 'zh-Hans' : 'en';
  const found = await Promise.all([...new Set(names)].slice(0, 2)
    .map((name) => searchStories({ q: name, lang: other, limit: 10 }).catch(() => [])));
  const seen = new Map();
  found.flat().forEach((s) => { if (!seen.has(s.id)) seen.set(s.id, Object.assign(s, { why: 'console.picker.sameNames' })); });
  return [...seen.values()];
}

/** Finds a topic by its name in any of its languages (every variant's name is given) or slug. */
export function topicPicker({ id, label, topics, onChoose }) {
  const folded = (s) => (s || '').toLocaleLowerCase();
  const option = (topic) => ({ id: topic.slug, label: topicName(topic), value: topic, meta: topic.slug });
  return picker({
    id, label, placeholder: t('console.picker.typeTopic'), onChoose,
    find: async (text) => {
      const words = folded(text).split(/\s+/).filter((w) => w);
      return topics.filter((topic) => {
        const names = [topic.slug].concat(Object.values(topic.names || {})).map(folded);
        return words.every((w) => names.some((n) => n.includes(w)));
      }).slice(0, 10).map(option);
    },
    candidates: async () => topics.slice(0, 10).map(option),
  });
}

/** The language group a translation must come from: English for Chinese copy, Chinese for English. */
export function otherLanguage(story) {
  return (other) => other.id !== story.id && (story.language === 'en') !== (other.language === 'en');
}

