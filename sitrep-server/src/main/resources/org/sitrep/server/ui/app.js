// The page: filter bar → /api/events (every page of it) → timeline, map and list; the timeline's
// brush narrows the map and list to a window of days; flows come from /api/flows; a pick shows the
// detail panel; the "situation report" link carries the current filter to sitrep.html.
import { getJson } from './api.js';
import { el } from './dom.js';
import { showDetail } from './detail.js';
import { drawCountries, enableZoom, project } from './map.js';
import { drawClusters } from './clusters.js';
import { drawFlows } from './flows.js';
import { drawTimeline } from './timeline.js';
import { setUpPaste } from './paste.js';
import { drawNetwork, ties } from './network.js';
import { controlPanel, sameCluster } from './related.js';

const PAGE = 1000;
const MOST = 20000;
const LISTED = 500;
const $ = id => document.getElementById(id);
const state = { colours: {}, ties: {}, events: [], relations: [], window: null, flows: [], zoom: null };

function fillSelect(select, values) {
  values.forEach(v => select.append(el('option', { value: v }, v.replaceAll('_', ' '))));
}

function legend(list, colours) {
  list.replaceChildren(...Object.entries(colours).map(([type, colour]) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = colour;
    return el('li', {}, swatch, type.replaceAll('_', ' '));
  }));
}

function filters() {
  return Object.fromEntries([...new FormData($('filters')).entries()].filter(([, v]) => v !== ''));
}

function select(id) {
  document.querySelectorAll('.selected').forEach(n => n.classList.remove('selected'));
  document.querySelectorAll('[data-id]').forEach(n => { if (n.dataset.id === id) n.classList.add('selected'); });
}

async function pick(id) {
  select(id);
  try {
    const detail = await getJson('/api/events/' + encodeURIComponent(id));
    showDetail($('detail'), detail);
    const extras = [sameCluster(detail.event, state.events, pick)];
    const place = detail.event.location?.name;
    if (place) extras.push(await controlPanel(place));
    $('detail').querySelector('dl').after(...extras);
  } catch (error) {
    $('detail').replaceChildren(el('p', { class: 'error' }, error.message));
  }
}

function listItem(e) {
  const item = el('li', { 'data-id': e.id }, el('strong', {}, e.type.replaceAll('_', ' ')), ' ',
    e.actor?.name || e.actor?.text || '', ' ', el('span', { class: 'meta' },
      (e.location?.name || e.from?.name || '') + ' ' + (e.date?.value || '')));
  item.addEventListener('click', () => pick(e.id));
  return item;
}

const inWindow = e => !state.window || ((e.date?.value || '') >= state.window[0] && (e.date?.value || '') <= state.window[1]);

function points(events) {
  return events.flatMap(e => {
    const at = e.location?.lat != null ? e.location : e.from?.lat != null ? e.from : null;
    if (!at) return [];
    const [x, y] = project(at.lon, at.lat);
    return [{ x, y, id: e.id, type: e.type, place: at.name }];
  });
}

function drawMap() {
  const scale = state.zoom.scale();
  drawFlows($('map'), state.flows, scale);
  drawClusters($('map'), points(state.events.filter(inWindow)), state.colours, scale, { pick, zoomTo: state.zoom.zoomTo });
}

function reportLink() {
  const f = filters();
  const params = { country: f.country, since: state.window?.[0] || f.since, until: state.window?.[1] || f.until, bbox: state.zoom.bounds() };
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  $('report-link').setAttribute('href', 'sitrep.html' + (query.toString() ? '?' + query : ''));
}

function showVisible() {
  const visible = state.events.filter(inWindow);
  $('count').textContent = visible.length + ' events' + (state.window ? ' in ' + state.window.join(' – ') : '')
    + (visible.length > LISTED ? ' (first ' + LISTED + ' listed)' : '');
  $('events').replaceChildren(...visible.slice(0, LISTED).map(listItem));
  drawMap();
  reportLink();
  drawNetwork($('network'), ties(visible, state.relations), state.ties);
}

async function loadFlows() {
  const f = filters();
  const window = state.window ? { since: state.window[0], until: state.window[1] } : {};
  state.flows = (await getJson('/api/flows', { ...f, type: '', ...window })).flows;
}

async function allEvents(params) {
  const first = await getJson('/api/events', { ...params, limit: PAGE });
  const offsets = [];
  for (let at = PAGE; at < Math.min(first.total, MOST); at += PAGE) offsets.push(at);
  const rest = await Promise.all(offsets.map(offset => getJson('/api/events', { ...params, limit: PAGE, offset })));
  return first.events.concat(...rest.map(page => page.events));
}

async function brushed(window) {
  state.window = window;
  await loadFlows().catch(() => { state.flows = []; });
  showVisible();
}

async function refresh() {
  try {
    state.events = await allEvents(filters());
    state.window = null;
    state.relations = (await getJson('/api/relations', { limit: PAGE })).relations;
    drawTimeline($('timeline'), state.events, brushed);
    await loadFlows();
    showVisible();
  } catch (error) {
    $('count').textContent = error.message;
  }
}

async function start() {
  const known = await (await fetch('types.json')).json();
  state.colours = known.types;
  state.ties = known.ties;
  fillSelect($('filters').elements.type, Object.keys(state.colours));
  fillSelect($('filters').elements.status, known.statuses);
  legend($('legend'), state.colours);
  legend($('tie-legend'), state.ties);
  $('filters').addEventListener('submit', event => { event.preventDefault(); refresh(); });
  setUpPaste($('paste'), $('paste-result'), refresh);
  state.zoom = enableZoom($('map'), () => { drawMap(); reportLink(); });
  await drawCountries($('map')).catch(error => { $('count').textContent = 'map: ' + error.message; });
  await refresh();
  performance.mark('markers-drawn');
  document.body.dataset.markers = String(document.querySelectorAll('#map circle.marker').length);
  const asked = /^#event=(.+)$/.exec(location.hash);
  if (asked) pick(decodeURIComponent(asked[1]));
}

start();
