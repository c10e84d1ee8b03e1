// Gives each GeoNames admin1 code a name and centroid from country-state-city. GeoNames codes and
// ISO 3166-2 codes differ, so we match on names: the admin1's capital (PPLA, else PPLC, else its
// largest city) against the division names with words like 'Governorate' stripped; failing that,
// the division whose centroid is nearest to that capital.
import { divisionKey, looseKey } from './names.mjs';

const CAPITAL_RANK = { PPLA: 0, PPLC: 1 };

function capitalsByAdmin1(cities) {
  const best = new Map();
  for (const c of cities) {
    if (!c.admin1 || c.admin1 === '00') continue;
    const key = c.iso3 + '.' + c.admin1;
    const rank = (x) => [CAPITAL_RANK[x.feature] ?? 2, -x.population];
    const old = best.get(key);
    if (!old || rank(c)[0] < rank(old)[0] || (rank(c)[0] === rank(old)[0] && rank(c)[1] < rank(old)[1])) best.set(key, c);
  }
  return best;
}

function distance2(lat1, lon1, lat2, lon2) {
  const dx = (lon1 - lon2) * Math.cos(((lat1 + lat2) / 2) * Math.PI / 180);
  return dx * dx + (lat1 - lat2) * (lat1 - lat2);
}

const MAX_NAME_MATCH_KM = 1500;
const MAX_CODE_MATCH_KM = 500;

function km(lat1, lon1, lat2, lon2) {
  return Math.sqrt(distance2(lat1, lon1, lat2, lon2)) * 111.2;
}

function matchByName(capital, divisions) {
  const keys = new Set([capital.name, ...capital.alternates].map(looseKey));
  return divisions.find(d => keys.has(divisionKey(d.name))
    && km(capital.lat, capital.lon, d.lat, d.lon) < MAX_NAME_MATCH_KM);
}

function nearest(point, divisions) {
  let best = null;
  for (const d of divisions) {
    if (!best || distance2(point.lat, point.lon, d.lat, d.lon) < distance2(point.lat, point.lon, best.lat, best.lon)) best = d;
  }
  return best;
}

function meanPositions(cities) {
  const sums = new Map();
  for (const c of cities) {
    const key = c.iso3 + '.' + c.admin1;
    const s = sums.get(key) || { lat: 0, lon: 0, n: 0 };
    s.lat += c.lat; s.lon += c.lon; s.n++;
    sums.set(key, s);
  }
  for (const s of sums.values()) { s.lat /= s.n; s.lon /= s.n; }
  return sums;
}

// Letter codes (US states, UK nations...) mean the same in both sources; numeric ones do not.
function sameLetterCode(key, free, mean) {
  const code = key.split('.')[1];
  if (!/^[A-Z]+$/.test(code)) return undefined;
  return free.find(d => d.code === code && km(mean.lat, mean.lon, d.lat, d.lon) < MAX_CODE_MATCH_KM);
}

// Closest pairs first, so two admin1 codes do not both grab one division while another stays free.
function assignNearest(rest, means, used) {
  const pairs = [];
  for (const [key, capital, divisions] of rest) {
    const m = means.get(key);
    for (const d of divisions) pairs.push([distance2(m.lat, m.lon, d.lat, d.lon), key, capital, d]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const done = new Map();
  for (const [, key, capital, d] of pairs) {
    if (!done.has(key) && !used.has(d)) { used.add(d); done.set(key, row(capital.iso3, key, d, 'nearest')); }
  }
  for (const [key, capital, divisions] of rest) {
    if (!done.has(key)) done.set(key, row(capital.iso3, key, nearest(means.get(key), divisions), 'nearest'));
  }
  return [...done.values()];
}

function row(iso3, key, division, matchedBy) {
  return { iso3, code: key.split('.')[1], name: division.name,
    lat: division.lat.toFixed(4), lon: division.lon.toFixed(4), matchedBy };
}

export function admin1Rows(cities, states, iso3Of) {
  const divisionsByCountry = new Map();
  for (const s of states) {
    const iso3 = iso3Of.get(s.countryCode);
    if (!iso3 || s.latitude == null || s.latitude === '') continue;
    if (!divisionsByCountry.has(iso3)) divisionsByCountry.set(iso3, []);
    divisionsByCountry.get(iso3).push({ name: s.name, code: s.isoCode, lat: +s.latitude, lon: +s.longitude });
  }
  // Letter-code matches, then name matches; the rest take the nearest free division, seen from the
  // mean position of the admin1's cities (capitals of large divisions are often off-centre).
  const capitals = capitalsByAdmin1(cities);
  const means = meanPositions(cities);
  const rows = [];
  const used = new Set();
  let pending = [...capitals].filter(([, c]) => divisionsByCountry.has(c.iso3))
    .map(([key, capital]) => [key, capital, divisionsByCountry.get(capital.iso3)]);
  const claim = (matchedBy, find) => {
    pending = pending.filter(([key, capital, divisions]) => {
      const d = find(key, capital, divisions.filter(x => !used.has(x)));
      if (d) { used.add(d); rows.push(row(capital.iso3, key, d, matchedBy)); }
      return !d;
    });
  };
  claim('code', (key, capital, free) => sameLetterCode(key, free, means.get(key)));
  claim('name', (key, capital, free) => matchByName(capital, free));
  const rest = pending;
  rows.push(...assignNearest(rest, means, used));
  return rows.sort((a, b) => (a.iso3 + a.code).localeCompare(b.iso3 + b.code));
}
