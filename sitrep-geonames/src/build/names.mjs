// Name helpers for the conversion: which alternate names to keep, and a loose key used only to
// match GeoNames admin1 capitals against country-state-city division names.

const LATIN = /^[\p{Script=Latin}\p{M}\s\d'’ʻʼʿʾ`.,()\-]+$/u;
const DIVISION_WORDS = /\b(governorate|province|oblast|state|region|district|department|county|prefecture|municipality|emirate|territory|division|krai|republic|autonomous|of|the)\b/g;

/** Keeps Latin-script names written like proper names: skips lowercase machine transliterations and all-caps codes. */
export function keepAlternate(name) {
  if (!name || !LATIN.test(name)) return false;
  if (name === name.toLowerCase()) return false;
  if (name === name.toUpperCase() && !name.includes(' ')) return false;
  return true;
}

export function looseKey(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/['’ʻʼʿʾ`]/g, '').replace(/[-_.,()]/g, ' ')
    .replace(/\b(al|el|ar|as|ash|ad|adh|an|at|az|ez|es|ed)\s+/g, '')
    .replace(/\s+/g, ' ').trim();
}

export function divisionKey(name) {
  return looseKey(looseKey(name).replace(DIVISION_WORDS, ' '));
}
