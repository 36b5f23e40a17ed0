/**
 * `npm run screenshots`: the README's pictures of the explorer at 1280×800, taken from the
 * static build (run `npm run build` first) through headless Chromium.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { serveStatic } from './export/server';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const SHOTS = [
  { query: '?year=1924', file: 'docs/screenshots/1924.png' },
  { query: '?year=1929&focus=bukharin', file: 'docs/screenshots/1929.png' },
  { query: '?year=1936&focus=zinoviev', file: 'docs/screenshots/1936.png' },
  { query: '?year=1927&view=table', file: 'docs/screenshots/1927-table.png' },
];

async function main(): Promise<void> {
  if (!existsSync('build/index.html'))
    throw new Error('build/ is missing: run `npm run build` first');
  mkdirSync('docs/screenshots', { recursive: true });
  const server = await serveStatic('build');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}/${shot.query}`);
      await page.getByRole('slider', { name: 'Year' }).waitFor();
      await page.waitForTimeout(1800); // let the emphasis of fresh changes fade
      await page.screenshot({ path: shot.file });
      console.log(`screenshots: wrote ${shot.file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
