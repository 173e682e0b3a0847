// Partners (admins): each partner's terms, keys (issue, revoke), usage, and every WebSub
// subscription's state, backlog and last failures, with resend.
import { state, t, el, field, show, api, act, time, shortcuts, current } from './core.js';

const DAYS = 30;

function day(date) {
  return date.toISOString().slice(0, 10);
}

function bytes(n) {
  if (n < 1024) return t('console.bytes.b', n);
  if (n < 1024 * 1024) return t('console.bytes.kb', (n / 1024).toFixed(1));
  return t('console.bytes.mb', (n / 1024 / 1024).toFixed(1));
}

function number(n) {
  return Number(n).toLocaleString(state.lang);
}

function entitlements(partner) {
  const languages = partner.entitlements.languages;
  const topics = partner.entitlements.topics;
  return [
    el('div', {}, el('span', { class: 'meta' }, t('console.partner.languages'), ': '),
      languages && languages.length ? languages.map((l) => el('span', { class: 'tag' }, l)) : el('span', { class: 'meta' }, t('console.partner.allLanguages'))),
    el('div', {}, el('span', { class: 'meta' }, t('console.partner.topics'), ': '),
      topics && topics.length ? topics.map((slug) => el('span', { class: 'tag' }, slug)) : el('span', { class: 'meta' }, t('console.partner.publicTopics'))),
  ];
}

export async function partnersView() {
  const generation = state.view;
  const result = await act(() => api('GET', '/api/v1/partners'));
  if (!result || !current(generation)) return;
  const partners = result.items.slice().sort((a, b) => a.name.localeCompare(b.name, state.lang));
  show(el('h1', {}, t('console.partners.title')),
    el('div', { class: 'cards', id: 'partners' }, partners.map((p) =>
      el('section', { class: 'card', 'data-partner': p.id, 'aria-labelledby': 'partner-' + p.id },
        el('h2', { id: 'partner-' + p.id }, el('a', { href: '#partner/' + p.id }, p.name)),
        el('div', {}, p.roles.map((r) => el('span', { class: 'tag' }, t('console.partner.role.' + r)))),
        entitlements(p)))),
    partners.length ? null : el('p', { class: 'meta' }, t('console.partners.none')));
}

function keysSection(partner, keys, reload) {
  const label = el('input', { type: 'text', maxlength: 200 });
  const issued = el('div', { id: 'issued-key', 'aria-live': 'polite' });
  const form = el('form', { class: 'row', id: 'issue-key-form' },
    field('key-label', t('console.keys.label'), label),
    el('button', { type: 'submit', id: 'issue-key' }, t('console.keys.issue')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = await act(() => api('POST', '/api/v1/partners/' + partner.id + '/keys', label.value.trim() ? { label: label.value.trim() } : {}));
    if (!key) return;
    await reload();
    // The key is shown this once: the server keeps only its hash.
    document.getElementById('issued-key').replaceChildren(
      el('p', {}, t('console.keys.once')), el('p', { class: 'key-once', id: 'new-key' }, key.key));
  });
  const revoke = (key) => {
    let armed = false;
    const button = el('button', { type: 'button', class: 'secondary small revoke', 'data-key': key.id });
    button.textContent = t('console.keys.revoke');
    button.addEventListener('click', async () => {
      // Two clicks: a revoked key cannot be brought back, and the partner's next request fails.
      if (!armed) {
        armed = true;
        button.className = 'danger small revoke';
        button.textContent = t('console.keys.revokeConfirm', key.prefix);
        return;
      }
      if (await act(() => api('DELETE', '/api/v1/partners/' + partner.id + '/keys/' + key.id), t('console.keys.revoked', key.prefix)) !== undefined) reload();
    });
    return button;
  };
  return el('section', { id: 'keys-section' }, el('h2', {}, t('console.keys.title')),
    el('table', { id: 'keys' },
      el('thead', {}, el('tr', {}, ['console.keys.prefix', 'console.keys.label', 'console.keys.created', 'console.keys.lastUsed', 'console.keys.state', '']
        .map((k) => el('th', { scope: 'col' }, k ? t(k) : el('span', { class: 'visually-hidden' }, t('console.keys.actions')))))),
      el('tbody', {}, keys.map((k) => el('tr', { 'data-key': k.id, 'data-active': String(k.active) },
        el('td', {}, el('code', {}, k.prefix)),
        el('td', { 'data-label': t('console.keys.label') }, k.label || ''),
        el('td', { 'data-label': t('console.keys.created') }, time(k.created)),
        el('td', { 'data-label': t('console.keys.lastUsed') }, k.last_used ? time(k.last_used) : t('console.keys.never')),
        el('td', {}, k.active ? el('span', { class: 'tag ok' }, t('console.keys.active'))
          : el('span', { class: 'tag killed' }, t('console.keys.revokedAt', time(k.revoked)))),
        el('td', {}, k.active ? revoke(k) : null))))),
    keys.length ? null : el('p', { class: 'meta' }, t('console.keys.none')),
    form, issued);
}

function usageSection(usage) {
  const total = usage.total;
  const cells = (u) => [number(u.requests), number(u.pushes), bytes(u.bytes_sent), bytes(u.bytes_received), number(u.deliveries), number(u.delivery_failures)];
  const heads = ['console.usage.requests', 'console.usage.pushes', 'console.usage.sent', 'console.usage.received', 'console.usage.deliveries', 'console.usage.failures'];
  return el('section', { id: 'usage' }, el('h2', {}, t('console.usage.title', DAYS)),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('console.usage.day')), heads.map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {},
        el('tr', { class: 'total' }, el('th', { scope: 'row' }, t('console.usage.total')), cells(total).map((c, i) => el('td', { 'data-label': t(heads[i]) }, c))),
        usage.days.slice().reverse().map((d) => el('tr', {}, el('th', { scope: 'row' }, d.day), cells(d).map((c, i) => el('td', { 'data-label': t(heads[i]) }, c)))))));
}

function deliveryLine(partner, delivery, reload) {
  const last = delivery.log && delivery.log.length ? delivery.log[delivery.log.length - 1] : null;
  const why = delivery.last_error || (delivery.last_status ? 'HTTP ' + delivery.last_status : '') || (last && (last.error || (last.status && 'HTTP ' + last.status))) || '';
  return el('li', { 'data-delivery': delivery.id, 'data-state': delivery.state },
    el('span', { class: 'tag ' + delivery.state }, t('console.delivery.' + delivery.state)), ' ',
    '#' + delivery.seq, ' ', t('console.change.' + delivery.change), ' ',
    delivery.story ? el('a', { href: '#story/' + delivery.story }, delivery.story.slice(0, 8)) : null,
    el('div', { class: 'meta' }, t('console.delivery.attempts', delivery.attempts), ' · ', why,
      delivery.next_attempt ? ' · ' + t('console.delivery.next', time(delivery.next_attempt)) : '',
      ' · ', time(delivery.created)),
    delivery.state === 'failed' && !delivery.resent_as ? el('button', { type: 'button', class: 'secondary small resend', onclick: async () => {
      if (await act(() => api('POST', '/api/v1/partners/' + partner.id + '/deliveries/' + delivery.id + '/resend'), t('console.delivery.resent')) !== undefined) reload();
    } }, t('console.delivery.resend')) : null,
    delivery.resent_as ? el('span', { class: 'meta' }, ' ', t('console.delivery.resentAs', delivery.resent_as)) : null);
}

async function subscriptionCard(partner, subscription, backlog, reload) {
  const [failed, pending] = await Promise.all([
    api('GET', '/api/v1/partners/' + partner.id + '/deliveries?state=failed&limit=5&subscription=' + subscription.id),
    api('GET', '/api/v1/partners/' + partner.id + '/deliveries?state=pending&limit=20&subscription=' + subscription.id),
  ]);
  const retrying = pending.items.filter((d) => d.attempts > 0);
  const failures = retrying.concat(failed.items);
  return el('section', { class: 'card subscription', 'data-subscription': subscription.id },
    el('h3', {}, el('span', { class: 'tag ' + subscription.state }, t('console.subscription.' + subscription.state)), ' ', subscription.topic),
    el('div', { class: 'meta' }, t('console.subscription.callback'), ': ', subscription.callback),
    el('div', { class: 'meta' }, t('console.subscription.expires', time(subscription.expires)), subscription.signed ? ' · ' + t('console.subscription.signed') : ''),
    el('p', { class: 'backlog' },
      t('console.subscription.backlog', backlog ? backlog.pending : 0),
      backlog && backlog.oldest_pending ? ' ' + t('console.subscription.oldest', time(backlog.oldest_pending)) : '',
      ' · ', t('console.subscription.failed', backlog ? backlog.failed : 0),
      ' · ', t('console.subscription.delivered', subscription.deliveries)),
    subscription.reason ? el('p', { class: 'meta' }, subscription.reason) : null,
    failures.length ? el('div', {}, el('h4', {}, t('console.subscription.failures')),
      el('ul', { class: 'stories deliveries' }, failures.map((d) => deliveryLine(partner, d, reload)))) : null);
}

export async function partnerView(id) {
  const generation = state.view;
  const to = new Date();
  const from = new Date(to.getTime() - (DAYS - 1) * 86400000);
  const base = '/api/v1/partners/' + encodeURIComponent(id);
  const [partner, keys, usage, subscriptions, backlog] = await Promise.all([
    act(() => api('GET', base)),
    act(() => api('GET', base + '/keys')),
    act(() => api('GET', base + '/usage?from=' + day(from) + '&to=' + day(to))),
    act(() => api('GET', base + '/subscriptions')),
    act(() => api('GET', base + '/backlog')),
  ]);
  if (!partner || !current(generation)) return;
  const backlogs = new Map((backlog ? backlog.items : []).map((b) => [b.subscription, b]));
  const reload = () => partnerView(id);
  const cards = subscriptions ? await Promise.all(subscriptions.items.map((s) => subscriptionCard(partner, s, backlogs.get(s.id), reload)
    .catch((e) => el('p', { class: 'meta' }, e.message)))) : [];
  if (!current(generation)) return;
  show(el('p', { class: 'meta' }, el('a', { href: '#partners' }, t('console.partners.back'))),
    el('h1', { id: 'partner-name' }, partner.name),
    el('div', { class: 'cards' },
      el('section', { class: 'card', id: 'terms' }, el('h2', {}, t('console.partner.terms')),
        el('div', {}, partner.roles.map((r) => el('span', { class: 'tag' }, t('console.partner.role.' + r)))),
        partner.contact ? el('div', { class: 'meta' }, partner.contact) : null,
        entitlements(partner),
        el('div', { class: 'meta' }, t('console.partner.limits', partner.rate_limits.reads_per_minute, partner.rate_limits.pushes_per_minute)))),
    keysSection(partner, keys ? keys.items : [], reload),
    usage ? usageSection(usage) : null,
    el('section', { id: 'subscriptions' }, el('h2', {}, t('console.subscriptions.title')),
      cards.length ? el('div', { class: 'cards' }, cards) : el('p', { class: 'meta' }, t('console.subscriptions.none'))));
  shortcuts([
    { key: 'u', text: 'console.key.backPartners', run: () => { location.hash = 'partners'; } },
  ]);
}
