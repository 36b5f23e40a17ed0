/** Builds the static site when build/ is missing or older than what it is built from. */
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

/** Latest modification time (ms) of the files and folders under `path`, spec files left out. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.spec\.ts$/.test(path) ? 0 : stat.mtimeMs;
  let latest = stat.mtimeMs; // a folder's time changes when a file is added or removed
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Why build/ needs building, or undefined when it is up to date. */
export function buildNeeded(root: string): string | undefined {
  const index = join(root, 'build', 'index.html');
  if (!existsSync(index)) return 'build/ is missing';
  const built = statSync(index).mtimeMs;
  const changed = INPUTS.find((input) => newest(join(root, input)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

/** Runs `npm run build` when needed; its output goes to stderr. Throws when the build fails. */
export function ensureBuild(root: string, log: (line: string) => void): void {
  const reason = buildNeeded(root);
  if (!reason) return;
  log(`export: building the site (${reason})…`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('npm run build failed (see the output above)');
}
