/** Builds the static site when build/ is missing or older than what it is built from. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { staleBuild } from '../lib/stale-build';

/** Why build/ needs building, or undefined when it is up to date. */
export function buildNeeded(root: string): string | undefined {
  const reason = staleBuild(root, join(root, 'build', 'index.html'));
  return reason === 'it is missing' ? 'build/ is missing' : reason;
}

/** Runs `npm run build` when needed; its output goes to stderr. Throws when the build fails. */
export function ensureBuild(root: string, log: (line: string) => void): void {
  const reason = buildNeeded(root);
  if (!reason) return;
  log(`export: building the site (${reason})…`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('npm run build failed (see the output above)');
}
