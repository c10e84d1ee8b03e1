// The actor network: who fights whom (battle events' actor and target) and who backs, supports or
// allies with whom (/api/relations), drawn as a circle of the most connected actors with one line per
// tie and kind, coloured by kind. No force layout: a circle is stable and readable for a few dozen.
import { svgEl } from './dom.js';

const MOST = 24;
const SIZE = 500;
const RADIUS = 170;

const nameOf = actor => actor?.name || actor?.text || '';

// Ties keyed "kind|from|to"; counts of the same tie add up. Self-ties and unknown actors are dropped.
export function ties(events, relations) {
  const found = new Map();
  const add = (kind, from, to) => {
    if (!from || !to || from === to || from === 'unknown' || to === 'unknown') return;
    const key = kind + '|' + from + '|' + to;
    const tie = found.get(key) || { kind, from, to, count: 0 };
    tie.count += 1;
    found.set(key, tie);
  };
  events.filter(e => e.type === 'battle').forEach(e => add('fights', nameOf(e.actor), nameOf(e.target)));
  relations.filter(r => !r.former).forEach(r => {
    // "A backed_by B" is drawn as the backer's tie: B → A.
    if (r.relation === 'backed_by') add('backed_by', nameOf(r.object), nameOf(r.subject));
    else add(r.relation, nameOf(r.subject), nameOf(r.object));
  });
  return [...found.values()];
}

function mostConnected(list) {
  const degree = new Map();
  list.forEach(t => [t.from, t.to].forEach(n => degree.set(n, (degree.get(n) || 0) + t.count)));
  return [...degree.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MOST).map(([n]) => n);
}

function around(names) {
  const at = new Map();
  names.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / names.length - Math.PI / 2;
    at.set(n, { x: SIZE / 2 + RADIUS * Math.cos(angle), y: SIZE / 2 + RADIUS * Math.sin(angle), angle });
  });
  return at;
}

function line(tie, from, to, colours) {
  const edge = svgEl('line', { class: 'tie', 'data-kind': tie.kind, x1: from.x, y1: from.y, x2: to.x, y2: to.y,
    stroke: colours[tie.kind] || '#999', 'stroke-width': Math.min(6, 1 + Math.log2(tie.count)) });
  const title = svgEl('title');
  title.textContent = tie.from + ' ' + tie.kind.replaceAll('_', ' ') + ' ' + tie.to + ' (' + tie.count + ')';
  edge.append(title);
  return edge;
}

function node(name, at) {
  const group = svgEl('g', { class: 'actor', 'data-name': name });
  group.append(svgEl('circle', { cx: at.x, cy: at.y, r: 5 }));
  const right = Math.cos(at.angle) >= 0;
  const label = svgEl('text', { x: at.x + (right ? 8 : -8), y: at.y + 3, 'text-anchor': right ? 'start' : 'end' });
  label.textContent = name;
  group.append(label);
  return group;
}

export function drawNetwork(svg, list, colours) {
  const names = mostConnected(list);
  const at = around(names);
  const shown = list.filter(t => at.has(t.from) && at.has(t.to));
  svg.replaceChildren(...shown.map(t => line(t, at.get(t.from), at.get(t.to), colours)), ...names.map(n => node(n, at.get(n))));
  svg.dataset.actors = String(names.length);
  svg.dataset.ties = String(shown.length);
}
