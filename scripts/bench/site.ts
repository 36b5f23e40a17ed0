/**
 * The production site the browser benchmark measures, built into a folder of its own
 * (`.tmp/bench/site`, with SvelteKit's working files in `.tmp/bench/kit`) so that it never
 * clobbers build/ or .svelte-kit/, which the test servers use.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { staleBuild } from '../lib/stale-build';

/** Builds the site into `<root>/.tmp/bench/site` unless it is newer than its inputs; returns it. */
export function ensureBenchSite(root: string, log: (line: string) => void): string {
  const site = join(root, '.tmp', 'bench', 'site');
  if (!staleBuild(root, join(site, 'index.html'))) return site;
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
