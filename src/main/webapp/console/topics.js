// Topics: the list, and the editor with its live preview and re-evaluation's progress.
import { state, t, el, field, show, say, api, act, scriptOf, time, lines, storyItem, topicName, shortcuts, current } from './core.js';

// ---- topics ------------------------------------------------------------------------------------

export async function topicsView() {
  const result = await act(() => api('GET', '/api/v1/topics'));
  if (!result) return;
  show(el('h1', {}, t('console.topics.title')),
    el('p', {}, el('a', { href: '#topic/new', id: 'new-topic' }, t('console.topics.new'))),
    result.items.length ? null : el('p', { class: 'meta', id: 'topics-none' }, t('console.topics.none')),
    el('ul', { class: 'stories', id: 'topics' }, result.items.map((topic) =>
      el('li', {}, el('a', { href: '#topic/' + topic.slug }, topic.names[state.lang] || topic.names.en),
        el('div', { class: 'meta' }, el('span', { class: 'tag' }, topic.slug), el('span', { class: 'tag' }, t('console.visibility.' + topic.visibility)))))));
}

export async function topicView(slug) {
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

