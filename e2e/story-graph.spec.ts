/**
 * The graph tells each year's story (issue 13): measured on Export JSON snapshots of the
 * default view, as a user would get them, and driven through the controls by their names.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { buildTimeline, yearWindow } from '../src/lib/model/timeline/timeline';
import { yearFigures } from '../src/lib/model/layout/metrics';
import type { DatasetRecords, Position } from '../src/lib/model/dataset/schema';

async function exportJson(page: Page): Promise<DatasetRecords> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as DatasetRecords;
}

const positionOf = (bundle: DatasetRecords, id: string): Position | undefined =>
  bundle.layout?.positions[id];

for (const year of [1925, 1927, 1929, 1932, 1934, 1937]) {
  test(`the snapshot of ${year} puts allies and co-members together`, async ({ page }) => {
    await page.goto(`/?year=${year}`);
    await expect(page.getByRole('slider', { name: 'Year' })).toHaveAttribute(
      'aria-valuetext',
      String(year),
    );
    const bundle = await exportJson(page);
    // every node the snapshot holds has its position
    for (const r of [...bundle.people, ...bundle.factions])
      expect(positionOf(bundle, r.id)).toBeDefined();
    const state = buildTimeline(bundle).stateAt(yearWindow(year));
    const figures = yearFigures(bundle, state, bundle.layout?.positions ?? {});
    expect(figures.alliance).toBeLessThanOrEqual(0.45);
    expect(figures.coMembers).toBeLessThanOrEqual(0.55);
  });
}

test('people move between years, and stay put with "Fixed positions"', async ({ page }) => {
  await page.goto('/?year=1926');
  const at1926 = positionOf(await exportJson(page), 'zinoviev');
  await page.getByRole('button', { name: 'Next year' }).click();
  await page.waitForTimeout(700); // the glide
  const at1927 = positionOf(await exportJson(page), 'zinoviev');
  expect(at1927).not.toEqual(at1926);

  await page.getByRole('checkbox', { name: 'Fixed positions' }).check();
  await expect(page).toHaveURL(/layout=fixed/);
  await page.waitForTimeout(700);
  const fixed1927 = positionOf(await exportJson(page), 'zinoviev');
  await page.getByRole('button', { name: 'Previous year' }).click();
  await page.waitForTimeout(700);
  expect(positionOf(await exportJson(page), 'zinoviev')).toEqual(fixed1927);
});

test('"Show connections only" keeps Bukharin and his neighbours as the year changes', async ({
  page,
}) => {
  await page.goto('/?year=1929&focus=bukharin');
  const graph = page.getByRole('application', { name: /people/ });
  await page.getByRole('button', { name: 'Show connections only' }).click();
  await expect(page).toHaveURL(/ego=1/);
  await expect(graph).toHaveAttribute(
    'aria-label',
    /^Connections of Nikolai Bukharin, 1 step away/,
  );
  const count = async () =>
    Number((await graph.getAttribute('aria-label'))?.match(/away: (\d+) people/)?.[1]);
  const in1929 = await count();
  await page.getByRole('combobox', { name: 'Steps away' }).selectOption('2');
  await expect(page).toHaveURL(/ego=2/);
  expect(await count()).toBeGreaterThan(in1929);
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(graph).toHaveAttribute('aria-label', /^Connections of Nikolai Bukharin.* in 1930/);
  await page.getByRole('button', { name: 'Show connections only' }).click();
  await expect(page).not.toHaveURL(/ego=/);
  await expect(graph).not.toHaveAttribute('aria-label', /^Connections of/);
});

test('"Path to…" lists the chain between Trotsky and Molotov in 1926, or says there is none', async ({
  page,
}) => {
  await page.goto('/?year=1926&focus=trotsky');
  const pathTo = page.getByRole('combobox', { name: 'Path to…' });
  await pathTo.fill('Molotov');
  await pathTo.press('Enter');
  await expect(page).toHaveURL(/path=molotov/);
  const result = page.getByRole('status').filter({ hasText: 'Path to Vyacheslav Molotov' });
  await expect(result).toContainText('in 1926: 2 links');
  await expect(result.getByRole('list', { name: 'Sources' }).first()).toBeVisible();

  await page.goto('/?year=1926&focus=trotsky&path=lenin');
  await expect(page.getByRole('status').filter({ hasText: 'No chain' })).toContainText(
    'No chain of alliances and memberships links them in 1926',
  );
});

test('the layout options are there, with their names', async ({ page }) => {
  await page.goto('/?year=1926');
  for (const name of ['Fixed positions', 'Show inactive people', 'Mark changes'])
    await expect(page.getByRole('checkbox', { name })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show inactive people' }).uncheck();
  await expect(page).toHaveURL(/hide=inactive/);
});
