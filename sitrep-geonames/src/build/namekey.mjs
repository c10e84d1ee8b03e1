// The index key of a place name, computed at build time so the Java loader does not fold 600,000
// names at start-up. It must agree with org.sitrep.geo.NameKey (sitrep-core); NameKeyAgreementTest
// there re-folds every city name in Java and compares. Java semantics are copied on purpose:
// Character.isWhitespace (no-break spaces are not whitespace), regex \s = ASCII only, trim() = chars <= U+0020.
import { readFileSync } from 'node:fs';

const MARKS = /[\p{M}'’‘ʻʼʿʾ`´]/gu;
const SEPARATOR_CHARS = '-‐‑–_.,()/';
const SEPARATORS = /[ \t\n\x0B\f\r\-‐‑–_.,()/]+/g;
const UNICODE_SPACE = /^[\p{Zs}\p{Zl}\p{Zp}]$/u;
const NO_BREAK = new Set(['\u00A0', '\u2007', '\u202F']);

function isJavaWhitespace(c) {
  const code = c.charCodeAt(0);
  if ((code >= 9 && code <= 13) || (code >= 0x1c && code <= 0x1f)) return true;
  return UNICODE_SPACE.test(c) && !NO_BREAK.has(c);
}

function isSeparator(c) {
  return isJavaWhitespace(c) || SEPARATOR_CHARS.includes(c);
}

function javaTrim(s) {
  let a = 0, b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.slice(a, b);
}

/** Reads name-articles.tsv (the same file NameKey reads): form, removable anywhere (yes/no). */
export function readArticles(file) {
  const anywhere = new Set(), hyphenated = new Set();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [form, flag] = line.split('\t');
    (flag && flag.trim() === 'yes' ? anywhere : hyphenated).add(form.trim());
  }
  return { anywhere, hyphenated };
}

export function nameKey(name, articles) {
  const folded = name.normalize('NFD').replace(MARKS, '').toLowerCase().replaceAll('ı', 'i');
  const words = [];
  let i = 0;
  while (i < folded.length) {
    let end = i;
    while (end < folded.length && !isSeparator(folded[end])) end++;
    if (end > i) {
      const word = folded.slice(i, end);
      const hyphen = end < folded.length && folded[end] === '-';
      if (!articles.anywhere.has(word) && !(hyphen && articles.hyphenated.has(word))) words.push(word);
    }
    i = end + 1;
  }
  return words.length ? words.join(' ') : javaTrim(folded.replace(SEPARATORS, ' '));
}
