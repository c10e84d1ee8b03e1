// The page: filter bar → /api/events (list) and its GeoJSON (map); a pick shows the detail panel.
import { getJson } from './api.js';
import { el } from './dom.js';
import { showDetail } from './detail.js';
import { drawCountries, drawMarkers, enableZoom } from './map.js';
import { setUpPaste } from './paste.js';

const PAGE = 1000;
const $ = id => document.getElementById(id);
let colours = {};

function fillSelect(select, values) {
  values.forEach(v => select.append(el('option', { value: v }, v.replaceAll('_', ' '))));
}

function legend(list) {
  list.replaceChildren(...Object.entries(colours).map(([type, colour]) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = colour;
    return el('li', {}, swatch, type.replaceAll('_', ' '));
  }));
}

function filters() {
  return Object.fromEntries(new FormData($('filters')).entries());
}

function select(id) {
  document.querySelectorAll('.selected').forEach(n => n.classList.remove('selected'));
  document.querySelectorAll('[data-id]').forEach(n => { if (n.dataset.id === id) n.classList.add('selected'); });
}

async function pick(id) {
  select(id);
  try {
    showDetail($('detail'), await getJson('/api/events/' + encodeURIComponent(id)));
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

async function refresh() {
  const params = { ...filters(), limit: PAGE };
  try {
    const [page, geo] = await Promise.all([getJson('/api/events', params), getJson('/api/events', { ...params, format: 'geojson' })]);
    $('count').textContent = page.total + ' events' + (page.total > PAGE ? ' (first ' + PAGE + ' shown)' : '');
    $('events').replaceChildren(...page.events.map(listItem));
    drawMarkers($('map'), geo.features, colours, pick);
  } catch (error) {
    $('count').textContent = error.message;
  }
}

async function start() {
  const known = await (await fetch('types.json')).json();
  colours = known.types;
  fillSelect($('filters').elements.type, Object.keys(colours));
  fillSelect($('filters').elements.status, known.statuses);
  legend($('legend'));
  $('filters').addEventListener('submit', event => { event.preventDefault(); refresh(); });
  setUpPaste($('paste'), $('paste-result'), refresh);
  enableZoom($('map'));
  await drawCountries($('map')).catch(error => { $('count').textContent = 'map: ' + error.message; });
  await refresh();
}

start();
