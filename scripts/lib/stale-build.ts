/** Whether a built site is older than what it is built from: for `npm run export` and `npm run bench`. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the site is built from, relative to the project's root. */
const INPUTS = [
  'src',
  'graph-data',
  'static',
  'svelte.config.js',
  'vite.config.ts',
  'package.json',
];

/**
 * Latest modification time (ms) under `path`, spec files left out. A folder's own time counts:
 * it changes when a file is added or removed, which a deleted file leaves no other trace of.
 */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.spec\.ts$/.test(path) ? 0 : stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

/** Why the site whose `index.html` is given needs building, or undefined when it is up to date. */
export function staleBuild(root: string, index: string): string | undefined {
  if (!existsSync(index)) return 'it is missing';
  const built = statSync(index).mtimeMs;
  const changed = INPUTS.find((input) => newest(join(root, input)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}
