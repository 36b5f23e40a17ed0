/**
 * The production site the browser benchmark measures, built into a folder of its own
 * (`.tmp/bench/site`, with SvelteKit's working files in `.tmp/bench/kit`) so that it never
 * clobbers build/ or .svelte-kit/, which the test servers use.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
  'src',
  'graph-data',
  'static',
  'svelte.config.js',
  'vite.config.ts',
  'package.json',
];

/** Latest modification time (ms) of the files under `path`, spec files left out. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.spec\.ts$/.test(path) ? 0 : stat.mtimeMs;
  let latest = 0;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Builds the site into `<root>/.tmp/bench/site` unless it is newer than its inputs; returns it. */
export function ensureBenchSite(root: string, log: (line: string) => void): string {
  const site = join(root, '.tmp', 'bench', 'site');
  const index = join(site, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > 0 && INPUTS.every((input) => newest(join(root, input)) < built)) return site;
  log('bench: building the site into .tmp/bench/site…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: {
      ...process.env,
      FACTIONS_BUILD_DIR: site,
      FACTIONS_KIT_DIR: join(root, '.tmp', 'bench', 'kit'),
    },
  });
  if (result.status !== 0) {
    log(`${result.stdout}${result.stderr}`);
    throw new Error('the build failed (see the output above)');
  }
  return site;
}
