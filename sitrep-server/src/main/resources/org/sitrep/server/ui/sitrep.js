// The situation report page: /api/sitrep for the filter in the address (place or bbox, since,
// until), each paragraph's "[n]" turned into a link to citation n, and the numbered citations
// quoting their evidence sentence and linking to the event's detail on the map page.
import { getJson } from './api.js';
import { el } from './dom.js';

const PARAMS = ['place', 'bbox', 'country', 'since', 'until'];

function asked() {
  const query = new URLSearchParams(location.search);
  return Object.fromEntries(PARAMS.filter(p => query.get(p)).map(p => [p, query.get(p)]));
}

// The paragraph text cut at its citation marks; a mark becomes a link, the rest stays text.
function paragraph(p) {
  const node = el('p', { class: 'report-text' });
  for (const piece of p.text.split(/(\[\d+\])/)) {
    const mark = /^\[(\d+)\]$/.exec(piece);
    node.append(mark ? el('a', { href: '#cite-' + mark[1], class: 'cite' }, piece) : document.createTextNode(piece));
  }
  return node;
}

function eventLink(c) {
  return c.event_id ? el('a', { href: 'index.html#event=' + encodeURIComponent(c.event_id) }, 'event') : '';
}

function citation(c) {
  return el('li', { id: 'cite-' + c.n, value: c.n, class: 'citation' },
    el('q', {}, c.sentence), ' ', el('span', { class: 'meta' }, (c.article_id || '') + ' ' + c.start + '–' + c.end + ' '),
    eventLink(c));
}

function render(report) {
  const container = document.getElementById('report');
  const citations = report.paragraphs.flatMap(p => p.citations);
  container.replaceChildren(el('h2', {}, report.title),
    ...report.paragraphs.flatMap(p => [el('h3', {}, p.heading), paragraph(p)]),
    el('h3', {}, 'Sources'), el('ol', { id: 'citations' }, ...citations.map(citation)));
  document.body.dataset.ready = 'true';
}

async function start() {
  const params = asked();
  const form = document.getElementById('report-filters');
  for (const [name, value] of Object.entries(params)) if (form.elements[name]) form.elements[name].value = value;
  try {
    render(await getJson('/api/sitrep', params));
  } catch (error) {
    document.getElementById('report').replaceChildren(el('p', { class: 'error' }, error.message));
  }
}

start();
