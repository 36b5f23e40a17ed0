/**
 * `npm run screenshots`: the README's pictures of the explorer (1280×800, a 1920×1080 window and a
 * 390×844 phone, light and dark), taken from the
 * static build (run `npm run build` first) through headless Chromium.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { serveStatic } from './export/server';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

interface Shot {
  query: string;
  file: string;
  width?: number;
  height?: number;
  dark?: boolean;
}

const SHOTS: Shot[] = [
  { query: '?year=1924', file: 'docs/screenshots/1924.png' },
  { query: '?year=1926', file: 'docs/screenshots/1926.png' },
  { query: '?year=1929', file: 'docs/screenshots/1929.png' },
  { query: '?year=1934', file: 'docs/screenshots/1934.png' },
  { query: '?year=1937', file: 'docs/screenshots/1937.png' },
  { query: '?year=1929&focus=bukharin', file: 'docs/screenshots/1929-bukharin.png' },
  { query: '?year=1936&focus=zinoviev', file: 'docs/screenshots/1936-zinoviev.png' },
  { query: '?year=1927&view=table', file: 'docs/screenshots/1927-table.png' },
  { query: '?year=1926', file: 'docs/screenshots/1926-1920.png', width: 1920, height: 1080 },
  { query: '?year=1929', file: 'docs/screenshots/1929-dark.png', dark: true },
  { query: '?year=1926', file: 'docs/screenshots/1926-phone.png', width: 390, height: 844 },
  {
    query: '?year=1929&focus=bukharin',
    file: 'docs/screenshots/1929-bukharin-phone.png',
    width: 390,
    height: 844,
    dark: true,
  },
  {
    query: '?year=1929&focus=bukharin',
    file: 'docs/screenshots/1929-bukharin-1920.png',
    width: 1920,
    height: 1080,
  },
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
      const page = await browser.newPage({
        viewport: { width: shot.width ?? 1280, height: shot.height ?? 800 },
        colorScheme: shot.dark ? 'dark' : 'light',
      });
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
