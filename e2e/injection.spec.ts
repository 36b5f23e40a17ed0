/**
 * Script injection: a dataset whose names, summaries and sources carry HTML, SVG and script
 * payloads is opened through "Open dataset". Nothing runs (`window.__pwned` stays unset), the
 * text shows literally, a `javascript:` URL is refused by validation, and the SVG and GEXF
 * exports escape the payloads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { expect, jsonFile, openFiles, test } from './fixtures';

const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=1">',
  svg: '<svg><script>window.__pwned=2</script></svg>',
  script: '</script><script>window.__pwned=3</script>',
  link: '<a href="javascript:window.__pwned=4">click me</a>',
  frame: '"><iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  xml: ']]><!-- --><?xml-stylesheet href="x"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">window.__pwned=6</x:script>',
  entity: '&lt;b&gt;not bold&lt;/b&gt; &amp; {@html x} ${window.__pwned=7}',
};

const STALIN = `Stalin ${PAYLOADS.img}`;
const POLITBURO = `Politburo ${PAYLOADS.svg}`;
const SUMMARY = `General Secretary. ${PAYLOADS.link} ${PAYLOADS.frame}`;
const AUTHOR = `Robert Service ${PAYLOADS.script}`;
const TITLE = `Stalin: A Biography ${PAYLOADS.entity}`;
const DATASET_TITLE = `Injected ${PAYLOADS.img}`;

type Item = Record<string, unknown>;
type Bundle = Record<string, unknown> & { dataset: Item; sources: Item[]; people: Item[] };

/** The loader's valid fixture as one bundle, with payloads in names, summaries and sources. */
function hostileBundle(): Bundle {
  const dir = fileURLToPath(new URL('../src/lib/io/fixtures/valid/', import.meta.url));
  const bundle: Record<string, unknown> = {};
  for (const file of readdirSync(dir)) {
    const doc = JSON.parse(readFileSync(dir + file, 'utf8')) as Item;
    const name = file.replace('.json', '');
    bundle[name] = name === 'dataset' || name === 'layout' ? doc : doc.items;
  }
  const b = bundle as Bundle;
  b.dataset.title = DATASET_TITLE;
  b.dataset.description = `About ${PAYLOADS.svg}`;
  const byId = (list: unknown, id: string) => (list as Item[]).find((r) => r.id === id) as Item;
  const stalin = byId(b.people, 'stalin');
  stalin.name = STALIN;
  stalin.summary = SUMMARY;
  stalin.aliases = [PAYLOADS.xml];
  stalin.sources = [{ source: 'service-2004', page: PAYLOADS.frame, note: PAYLOADS.script }];
  byId(b.factions, 'politburo').name = POLITBURO;
  byId(b.alliances, 'zinoviev-kamenev').summary = PAYLOADS.xml;
  byId(b.events, 'fourteenth-congress').title = `Congress ${PAYLOADS.script}`;
  const service = byId(b.sources, 'service-2004');
  service.author = AUTHOR;
  service.title = TITLE;
  return b;
}

/** Opens a bundle through "Open dataset" and its file chooser. */
async function openBundle(page: Page, bundle: unknown, name = 'hostile.json'): Promise<void> {
  await openFiles(page, jsonFile(name, JSON.stringify(bundle, null, 2)));
}

/** Nothing any payload does has happened. */
async function expectNothingRan(page: Page): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    // No element a payload would create: the page itself uses none of these
    planted: document.querySelectorAll('img, iframe, object, embed, svg script, x\\:script').length,
    javascriptLinks: document.querySelectorAll('[href^="javascript:" i]').length,
  }));
  expect(state).toEqual({ pwned: undefined, planted: 0, javascriptLinks: 0 });
}

async function downloadText(page: Page, button: string): Promise<{ text: string; d: Download }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const d = await download;
  const path = await d.path();
  return { text: readFileSync(path, 'utf8'), d };
}

/** Parses an exported XML document in the page; its elements and its text. */
async function parseXml(page: Page, text: string, type: 'image/svg+xml' | 'application/xml') {
  return page.evaluate(
    ([source, mime]) => {
      const doc = new DOMParser().parseFromString(source, mime as DOMParserSupportedType);
      const names = new Set([...doc.querySelectorAll('*')].map((e) => e.localName.toLowerCase()));
      const attributes = [...doc.querySelectorAll('*')].flatMap((e) =>
        [...e.attributes].map((a) => a.value),
      );
      return {
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        names: [...names],
        text: doc.documentElement.textContent ?? '',
        attributes,
        eventHandlers: [...doc.querySelectorAll('*')].flatMap((e) =>
          [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
        ),
      };
    },
    [text, type] as const,
  );
}

test.describe('a dataset that carries script payloads', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
    await openBundle(page, hostileBundle());
    await expect(page.locator('h1')).toContainText(DATASET_TITLE);
  });

  test('shows every payload as literal text and runs none of them', async ({ page }) => {
    await expect(page).toHaveTitle(`${DATASET_TITLE} — Factions`);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details).toContainText(`About ${PAYLOADS.svg}`);

    // Details of the person, through search
    const search = page.getByRole('combobox', { name: 'Search people and factions' });
    await search.fill('Stalin');
    await expect(page.getByRole('option').first()).toContainText(STALIN);
    await search.press('Enter');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(STALIN);
    for (const text of [SUMMARY, AUTHOR, TITLE, PAYLOADS.xml, PAYLOADS.frame, PAYLOADS.script])
      await expect(details).toContainText(text);
    await expect(details.getByRole('button', { name: POLITBURO })).not.toHaveCount(0);
    await expectNothingRan(page);

    // The table: names in cells, as text
    await page.getByRole('button', { name: 'Table view' }).click();
    const table = page.getByRole('table');
    await expect(table.getByRole('button', { name: STALIN, exact: true })).not.toHaveCount(0);
    await expect(table.getByRole('button', { name: POLITBURO, exact: true })).not.toHaveCount(0);

    // An event's title in the "This year" region and on the time bar
    await page.getByRole('button', { name: 'Graph view' }).click();
    await page.getByRole('slider', { name: 'Year' }).fill('1925');
    await expect(page.getByRole('region', { name: 'This year' })).toContainText(
      `Congress ${PAYLOADS.script}`,
    );
    await expectNothingRan(page);
  });

  test('exports SVG and GEXF with the payloads escaped', async ({ page }) => {
    await page.getByRole('slider', { name: 'Year' }).fill('1926');
    await expect(
      page.getByRole('application', { name: /Network graph of Injected/ }),
    ).toBeVisible();

    const svg = await downloadText(page, 'Export SVG');
    expect(svg.d.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg.text).not.toMatch(/<(img|script|iframe|a|x:script)\b/i);
    const parsedSvg = await parseXml(page, svg.text, 'image/svg+xml');
    expect(parsedSvg.parseError).toBeNull();
    expect(parsedSvg.names).not.toContain('script');
    expect(parsedSvg.names).not.toContain('img');
    expect(parsedSvg.names).not.toContain('foreignobject');
    expect(parsedSvg.eventHandlers).toEqual([]);
    // The title is the data's text, escaped, not markup
    expect(parsedSvg.text).toContain(DATASET_TITLE);
    expect(parsedSvg.text).toContain(PAYLOADS.svg);

    const gexf = await downloadText(page, 'Export GEXF');
    expect(gexf.d.suggestedFilename()).toMatch(/\.gexf$/);
    expect(gexf.text).not.toMatch(/<(img|script|iframe|a|svg|x:script)\b/i);
    const parsedGexf = await parseXml(page, gexf.text, 'application/xml');
    expect(parsedGexf.parseError).toBeNull();
    for (const name of ['script', 'img', 'svg', 'iframe'])
      expect(parsedGexf.names).not.toContain(name);
    // Labels come back exactly as written in the data
    expect(parsedGexf.attributes).toContain(STALIN);
    expect(parsedGexf.attributes).toContain(POLITBURO);
    await expectNothingRan(page);
  });
});

test('a javascript: URL in sources is refused by validation, naming the field', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
  const bundle = hostileBundle();
  const kotkin = bundle.sources.find((s) => s.id === 'kotkin-2014') as Item;
  kotkin.url = 'javascript:window.__pwned=8';
  await openBundle(page, bundle, 'javascript-url.json');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/javascript-url\.json:\d+:\d+ source "kotkin-2014" \.url:/);
  await expect(dialog).toContainText('is not an http(s) URL');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // The dataset on screen was not replaced
  await expect(page.locator('h1')).not.toContainText('Injected');
  await expectNothingRan(page);
});

test('a link (?data=) to a hostile dataset shows it as text; a javascript: link is refused', async ({
  page,
}) => {
  await page.route('**/hostile-link.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileBundle()) }),
  );
  await page.goto('/?data=/hostile-link.json&focus=stalin');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(STALIN);
  await expectNothingRan(page);

  await page.goto('/?data=javascript:window.__pwned=9');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('is not an http(s) address');
  await expectNothingRan(page);
});

test('ids such as "constructor" and "prototype" are plain ids', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Year' })).toBeVisible();
  const text = JSON.stringify(hostileBundle())
    .replaceAll('"trotsky"', '"constructor"')
    .replaceAll('"politburo"', '"prototype"');
  const bundle = JSON.parse(text) as Bundle;
  // No stored layout: the page computes one, for these ids too
  delete bundle.layout;
  await openBundle(page, bundle, 'prototype-ids.json');
  await expect(page.locator('h1')).toContainText(DATASET_TITLE);
  const search = page.getByRole('combobox', { name: 'Search people and factions' });
  await search.fill('Trotsky');
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Trotsky');
  await expect(page).toHaveURL(/focus=constructor/);
  await details.getByRole('button', { name: POLITBURO, exact: true }).first().click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(POLITBURO);
  await expect(page).toHaveURL(/focus=prototype/);
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(page.getByRole('table').getByRole('button', { name: 'Trotsky' })).not.toHaveCount(0);
  await expectNothingRan(page);
});
