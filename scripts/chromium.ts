/**
 * Which Chromium the tests and scripts drive, and how: Playwright cannot download its own
 * browser here, so Debian's is used when present; PLAYWRIGHT_CHROMIUM_PATH overrides both.
 */
import { existsSync } from 'node:fs';

/** The Chromium executable, or undefined for Playwright's own browser. */
export function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Headless flags for a sandboxed machine without a GPU and with a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
