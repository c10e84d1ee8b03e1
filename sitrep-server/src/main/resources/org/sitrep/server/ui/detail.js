// The event detail panel: the event's facts, then the article's cleaned text with the evidence
// span highlighted. The text is cut at the evidence offsets into text nodes; nothing is parsed.
import { el, safeLink } from './dom.js';

function count(q) {
  return q ? (q.exact ? String(q.value) : 'at least ' + q.value) + (q.text ? ' ("' + q.text + '")' : '') : '';
}

function facts(event) {
  const rows = [
    ['Type', event.type + (event.subtype ? ' / ' + event.subtype : '')],
    ['Status', event.status],
    ['Date', event.date ? (event.date.value || '?') + ' (' + (event.date.precision || '') + ')' : ''],
    ['Actor', event.actor?.name || event.actor?.text || ''],
    ['Target', event.target?.name || event.target?.text || ''],
    ['Where', event.location ? event.location.name + ', ' + (event.location.country || '') : ''],
    ['From', event.from ? event.from.name : ''],
    ['To', (event.to || []).map(p => p.name).join(', ')],
    ['Killed', count(event.fatalities)],
    ['Injured', count(event.injured)],
    ['Displaced', count(event.displaced)],
    ['Trigger', event.trigger || ''],
  ].filter(([, value]) => value);
  return el('dl', {}, ...rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
}

// Evidence spans, sorted, clipped to the text and without overlaps, so the cut is well formed.
function spans(evidence, length) {
  const sorted = (evidence || []).map(e => [Math.max(0, e.start), Math.min(length, e.end)])
    .filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const span of sorted) if (!out.length || span[0] >= out[out.length - 1][1]) out.push(span);
  return out;
}

export function highlighted(text, evidence) {
  const block = el('div', { class: 'article-text' });
  let at = 0;
  let first = null;
  for (const [start, end] of spans(evidence, text.length)) {
    block.append(document.createTextNode(text.slice(at, start)));
    const mark = el('mark', {}, text.slice(start, end));
    first = first || mark;
    block.append(mark);
    at = end;
  }
  block.append(document.createTextNode(text.slice(at)));
  return { block, first };
}

export function showDetail(container, detail) {
  const { event, article } = detail;
  container.replaceChildren();
  container.append(facts(event));
  if (!article) {
    container.append(el('p', { class: 'hint' }, 'The article is not in the store.'));
    return;
  }
  container.append(el('h3', {}, article.title || article.id),
    el('p', { class: 'meta' }, (article.published || '') + ' ' + (article.source || '') + ' ', safeLink(article.url)));
  const { block, first } = highlighted(article.text || '', event.evidence);
  container.append(block);
  first?.scrollIntoView({ block: 'center' });
}
