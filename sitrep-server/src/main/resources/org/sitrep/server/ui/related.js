// Beside an event's detail: the other reports of the same incident (events sharing its `cluster`,
// from the loaded events) and the control changes of its place (/api/control), captures first by date.
import { getJson } from './api.js';
import { el } from './dom.js';

const actorName = a => a?.name || a?.text || '?';

export function sameCluster(event, events, pick) {
  const others = event.cluster ? events.filter(e => e.cluster === event.cluster && e.id !== event.id) : [];
  if (!others.length) return el('p', { class: 'hint', id: 'cluster-sources' }, 'No other source reports this incident.');
  const items = others.map(e => {
    const link = el('a', { href: '#event=' + encodeURIComponent(e.id), 'data-id': e.id }, e.article?.title || e.article?.id || e.id);
    link.addEventListener('click', click => { click.preventDefault(); pick(e.id); });
    return el('li', {}, link, ' ', el('span', { class: 'meta' }, e.article?.source || ''));
  });
  return el('div', { id: 'cluster-sources' }, el('h4', {}, 'Other sources of this incident'), el('ul', {}, ...items));
}

function changeItem(c) {
  const text = (c.date || '?') + ': ' + actorName(c.gained_by) + ' ' + (c.how || 'took') + ' it'
    + (c.lost_by ? ' from ' + actorName(c.lost_by) : '') + (c.status && c.status !== 'occurred' ? ' (' + c.status + ')' : '')
    + (c.contested ? ' (contested)' : '');
  return el('li', { 'data-event': c.event || '' }, text);
}

export async function controlPanel(place) {
  const box = el('div', { id: 'control' }, el('h4', {}, 'Control of ' + place));
  try {
    const answer = await getJson('/api/control', { place });
    const changes = answer.changes.filter(c => c.counted !== false);
    box.append(changes.length ? el('ol', {}, ...changes.map(changeItem)) : el('p', { class: 'hint' }, 'No change of control recorded.'));
    if ((answer.holders || []).length) box.append(el('p', {}, 'Held by: ' + answer.holders.map(actorName).join(', ')));
  } catch (error) {
    box.append(el('p', { class: 'error' }, error.message));
  }
  return box;
}
