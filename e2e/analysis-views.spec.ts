/**
 * The analysis views beside Graph view and Table view: "Faction flow" (an alluvial diagram of
 * people between factions, year by year) and "Small multiples" (the graph of chosen years side
 * by side), each driven by its accessible name, exported as PNG and SVG with the caption band,
 * on the bundled dataset, the example dataset and an opened CSV.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 60_000 });

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const view = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const flow = (page: Page) => page.getByRole('region', { name: /^Faction flow/ });
const multiples = (page: Page) => page.getByRole('region', { name: /^Small multiples/ });
const panels = (page: Page) => multiples(page).getByRole('img', { name: /^The graph in \d+/ });

async function start(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  // A dev server compiles the page on the first visit
  await expect(slider(page)).toBeVisible({ timeout: 30_000 });
}

async function download(page: Page, name: string): Promise<{ file: Download; text: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { file, text: readFileSync((await file.path())!) };
}

test('the view switcher shows one view at a time and the URL follows it', async ({ page }) => {
  await start(page, '?year=1928');
  await expect(view(page, 'Graph view')).toHaveAttribute('aria-pressed', 'true');
  await view(page, 'Faction flow').click();
  await expect(view(page, 'Faction flow')).toHaveAttribute('aria-pressed', 'true');
  await expect(view(page, 'Graph view')).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/view=flow/);
  await expect(flow(page).getByRole('heading', { name: 'Faction flow, 1924–1938' })).toBeVisible();
  await expect(page.getByRole('application', { name: /Network graph/ })).toBeHidden();

  await view(page, 'Small multiples').click();
  await expect(page).toHaveURL(/view=multiples/);
  await expect(flow(page)).toHaveCount(0);
  await expect(panels(page)).toHaveCount(6);

  await view(page, 'Table view').click();
  await expect(page.getByRole('table').locator('caption')).toHaveText('Relationships in 1928');
  await view(page, 'Graph view').click();
  await expect(page.getByRole('application', { name: /Network graph/ })).toBeVisible();
  await expect(page).not.toHaveURL(/view=/);
  // Back returns to the last view
  await page.goBack();
  await expect(page.getByRole('table')).toBeVisible();
});

test('faction flow: counts, who is in a block or a ribbon, selecting, the year shown', async ({
  page,
}) => {
  await start(page, '?year=1928&view=flow');
  const chart = flow(page);
  // The counting rule is said in the view
  await expect(chart).toContainText('counts once a year, in their primary faction');
  const left = chart.getByRole('button', { name: /^Left Opposition, 1924: \d+ people$/ });
  const count = Number((await left.getAttribute('aria-label'))?.match(/(\d+) people/)?.[1]);
  expect(count).toBeGreaterThan(5);
  await left.hover();
  const who = chart.locator('.who');
  await expect(who).toContainText(`Left Opposition, 1924: ${count} people`);
  // The list names as many people as the block counts, Trotsky among them
  await expect(who.getByRole('button')).toHaveCount(count);
  await expect(who.getByRole('button', { name: 'Leon Trotsky' })).toBeVisible();

  // Focus works as hover does; a ribbon names where its people went
  const ribbon = chart.getByRole('button', {
    name: /^1927 → 1928, United Opposition → No faction: \d+ people$/,
  });
  await ribbon.focus();
  await expect(who).toContainText('1927 → 1928, United Opposition → No faction');
  await expect(who.getByRole('button', { name: 'Leon Trotsky' })).toBeVisible();

  // Clicking a faction's block selects it; a name in the list selects that person
  await chart.getByRole('button', { name: /^Right Opposition, 1928: \d+ people$/ }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Right Opposition');
  await who.getByRole('button', { name: 'Alexei Rykov' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Rykov');

  // The year shown is marked; a year's heading moves the time bar to it
  await expect(chart.getByRole('button', { name: 'Show 1928' })).toHaveAttribute(
    'aria-current',
    'date',
  );
  await chart.getByRole('button', { name: 'Show 1930' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1930');
  await expect(chart.getByRole('button', { name: 'Show 1930' })).toHaveAttribute(
    'aria-current',
    'date',
  );
});

test('faction flow: the filters shared with the graph apply', async ({ page }) => {
  await start(page, '?year=1937&view=flow');
  const chart = flow(page);
  const dead = chart.getByRole('button', { name: /^Dead, 1937: \d+ people$/ });
  await expect(dead).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Show the dead' }).uncheck();
  await expect(dead).toHaveCount(0);
  await expect(page).toHaveURL(/hide=dead/);
  // Offices off: office holders are counted under "No faction"
  await expect(chart.getByRole('button', { name: /^Office holders, 1937/ })).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Offices in institutions' }).uncheck();
  await expect(chart.getByRole('button', { name: /^Office holders, 1937/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Memberships' }).uncheck();
  await expect(chart.getByRole('note')).toContainText('Memberships are hidden');
});

test('faction flow exports as SVG and PNG with the caption band', async ({ page }) => {
  await start(page, '?year=1929&view=flow');
  await expect(flow(page)).toBeVisible();
  const svg = await download(page, 'Export SVG');
  expect(svg.file.suggestedFilename()).toMatch(/-flow-1924-1938\.svg$/);
  const text = svg.text.toString('utf8');
  expect(text).toContain('Faction flow, 1924–1938 (1929 marked)');
  expect(text).toContain('Left Opposition');
  expect(text).toContain('Sources: every record cites its sources');
  expect(text).toContain('counts once a year, in their primary faction');
  await svg.file.saveAs('test-results/analysis/flow.svg');
  const png = await download(page, 'Export PNG');
  expect(png.file.suggestedFilename()).toMatch(/-flow-1924-1938\.png$/);
  expect(png.text.subarray(1, 4).toString()).toBe('PNG');
  expect(png.text.readUInt32BE(16)).toBeGreaterThan(2000);
  await png.file.saveAs('test-results/analysis/flow.png');
});

test('small multiples: default years, choosing years, the URL, export', async ({ page }) => {
  await start(page, '?year=1929&view=multiples');
  const names = async () =>
    (await panels(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).map(
      (n) => Number(/\d{4}/.exec(n ?? '')?.[0]),
    );
  await expect.poll(names).toEqual([1924, 1926, 1928, 1930, 1934, 1937]);
  await expect(multiples(page).getByRole('heading', { level: 2 })).toHaveText(
    'Small multiples: 1924, 1926, 1928, 1930, 1934, 1937',
  );
  // Important people are named in their panel; fate shown for the dead
  const y1937 = panels(page).last();
  await expect(y1937).toContainText('Stalin');
  const years = multiples(page).getByRole('group', { name: 'Years shown' });
  await years.getByRole('button', { name: '1936' }).click();
  await years.getByRole('button', { name: '1924' }).click();
  await expect(years.getByRole('button', { name: '1936' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(names).toEqual([1926, 1928, 1930, 1934, 1936, 1937]);
  await expect(page).toHaveURL(/panels=1926%2C1928%2C1930%2C1934%2C1936%2C1937|panels=1926,1928/);
  await page.reload();
  await expect(panels(page)).toHaveCount(6);
  await expect.poll(names).toEqual([1926, 1928, 1930, 1934, 1936, 1937]);

  const svg = await download(page, 'Export SVG');
  expect(svg.file.suggestedFilename()).toMatch(/-multiples-1926-1937\.svg$/);
  const text = svg.text.toString('utf8');
  expect(text.match(/<g class="panel"/g)).toHaveLength(6);
  expect(text).toContain('Small multiples: 1926, 1928, 1930, 1934, 1936, 1937');
  expect(text).toContain('Sources: every record cites its sources');
  await svg.file.saveAs('test-results/analysis/multiples.svg');
  const png = await download(page, 'Export PNG');
  expect(png.text.subarray(1, 4).toString()).toBe('PNG');
  await png.file.saveAs('test-results/analysis/multiples.png');

  await multiples(page).getByRole('button', { name: 'Default years' }).click();
  await expect(page).not.toHaveURL(/panels=/);
  // A panel opens its year in the graph
  await multiples(page).getByRole('button', { name: 'Show 1930 in the graph' }).click();
  await expect(view(page, 'Graph view')).toHaveAttribute('aria-pressed', 'true');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1930');
});

test('both views work on the example dataset and on an opened CSV', async ({ page }) => {
  await start(page, '?data=/examples/henry-viii-court.json&view=flow');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Henry VIII');
  await expect(flow(page).getByRole('heading', { name: 'Faction flow, 1509–1547' })).toBeVisible();
  await expect(
    flow(page)
      .getByRole('button', { name: /, 1509: \d+ people?$/ })
      .first(),
  ).toBeVisible();
  await view(page, 'Small multiples').click();
  await expect(panels(page)).toHaveCount(6);

  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open dataset' }).click();
  await (
    await chooser
  ).setFiles(
    ['nodes.csv', 'edges.csv'].map((name) => ({
      name,
      mimeType: 'text/csv',
      buffer: readFileSync(`static/examples/csv/${name}`),
    })),
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Imported network');
  await expect(panels(page).first()).toBeVisible();
  await view(page, 'Faction flow').click();
  await expect(
    flow(page)
      .getByRole('button', { name: /people?$/ })
      .first(),
  ).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const query of ['?year=1929&view=flow', '?year=1929&view=multiples']) {
    test(`axe finds nothing on ${query} (${colorScheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await start(page, query);
      const region = page.getByRole('region', { name: /^(Faction flow|Small multiples)/ });
      await expect(region).toBeVisible();
      // The rest of the page is axe-checked by a11y.spec.ts
      const results = await new AxeBuilder({ page }).include('.flow, .multiples').analyze();
      const found = results.violations.map(
        (v) =>
          `${v.id}: ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join('; ')}`,
      );
      expect(found, `axe on ${query}`).toEqual([]);
    });
  }
}
