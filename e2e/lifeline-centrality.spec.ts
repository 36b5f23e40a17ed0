/**
 * Analysis over time (issue 18, items 1 and 3): the Lifeline region in Details, the Centrality
 * sparkline and table, and "Most connected" in This year, on the bundled dataset, the example
 * and an opened CSV.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, openFiles, test } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const lifeline = (page: Page) => page.getByRole('region', { name: 'Lifeline' });
const ranking = (page: Page) => page.getByRole('region', { name: /^Most connected in / });

async function start(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  // A dev server on a busy machine can take a while to serve the first page
  await expect(slider(page)).toBeVisible({ timeout: 30_000 });
}

test('clicking a lifeline bar goes to its time and selects its record', async ({ page }) => {
  await start(page, '?year=1936&focus=bukharin');
  const bar = lifeline(page).getByRole('button', {
    name: 'Leader of Right Opposition, Jul 1928 – 25 Nov 1929',
  });
  await bar.click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1928');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Right Opposition');
  await expect(page).toHaveURL(/focus=bukharin--right-opposition--1928-07/);
  // The lifeline stays, its bar pressed, with a way back to the person
  await expect(bar).toHaveAttribute('aria-pressed', 'true');
  await lifeline(page).getByRole('button', { name: 'Back to Nikolai Bukharin' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Nikolai Bukharin');
});

test('lifeline marks are reachable by keyboard, one tab stop, arrows between them', async ({
  page,
}) => {
  await start(page, '?year=1926&focus=bukharin');
  const life = lifeline(page).getByRole('button', { name: /^Nikolai Bukharin, 9 Oct 1888/ });
  await expect(life).toHaveAttribute('tabindex', '0');
  await life.focus();
  await page.keyboard.press('ArrowRight');
  const death = lifeline(page).getByRole('button', {
    name: 'Nikolai Bukharin executed, 15 Mar 1938',
  });
  await expect(death).toBeFocused();
  await expect(death).toHaveAttribute('tabindex', '0');
  await expect(life).toHaveAttribute('tabindex', '-1');
  // The arrows moved the focus, not the year
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1926');
  await page.keyboard.press('Enter');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1938');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Nikolai Bukharin');
});

test('a betrayal mark selects the betrayal in its year; months mode goes to its month', async ({
  page,
}) => {
  await start(page, '?year=1924&month=1&focus=bukharin');
  await lifeline(page)
    .getByRole('button', { name: 'Betrayed by Lev Kamenev, 21 Aug 1936' })
    .click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Aug 1936');
  await expect(page).toHaveURL(/month=8/);
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Kamenev');
});

test('"Several people" shows the 1924 Politburo one above another', async ({ page }) => {
  await start(page, '?year=1930');
  await lifeline(page).getByRole('checkbox', { name: 'Several people' }).check();
  await expect(lifeline(page).getByRole('combobox', { name: 'Group' })).toHaveValue('politburo');
  for (const name of ['Joseph Stalin', 'Leon Trotsky', 'Nikolai Bukharin', 'Grigory Zinoviev'])
    await expect(lifeline(page).getByRole('group', { name: `Lifeline of ${name}` })).toBeVisible();
  await lifeline(page).getByRole('button', { name: 'Mikhail Tomsky', exact: true }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Mikhail Tomsky');
  // The toggle is kept as the selection changes
  await expect(lifeline(page).getByRole('checkbox', { name: 'Several people' })).toBeChecked();
});

test('Centrality in Details follows the year; the values list marks the year shown', async ({
  page,
}) => {
  await start(page, '?year=1929&focus=stalin');
  const region = details(page).getByRole('region', { name: 'Centrality' });
  await expect(region).toContainText(/In 1929: \d+ ties \(degree\), betweenness [\d.]+/);
  const list = region.getByRole('list', { name: 'Centrality of Joseph Stalin' });
  await expect(list.getByRole('listitem')).toHaveCount(15);
  await expect(list.locator('[aria-current="true"]')).toContainText(/^1929: degree \d+/);
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(region).toContainText('In 1930:');
  await expect(list.locator('[aria-current="true"]')).toContainText(/^1930: degree/);
});

test('"Most connected" ranks five people; a click selects one', async ({ page }) => {
  await start(page, '?year=1929');
  await expect(ranking(page)).toHaveAccessibleName('Most connected in 1929');
  const items = ranking(page).getByRole('button');
  await expect(items).toHaveCount(5);
  const first = (await items.first().locator('.name').textContent()) ?? '';
  await items.first().click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(first);
  // The first's degree is the one Details reports for that year
  const ties = (await items.first().locator('.ties').textContent())?.match(/\d+/)?.[0];
  await expect(details(page).getByRole('region', { name: 'Centrality' })).toContainText(
    `In 1929: ${ties} ties`,
  );
  await page.getByRole('button', { name: 'Previous year' }).click();
  await expect(ranking(page)).toHaveAccessibleName('Most connected in 1928');
});

test('node size can follow betweenness', async ({ page }) => {
  await start(page, '?year=1929');
  const sizeBy = page.getByRole('combobox', { name: 'Size by' });
  await expect(sizeBy).toHaveValue('relationships');
  await sizeBy.selectOption('betweenness');
  await expect(sizeBy).toHaveValue('betweenness');
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1930');
});

test('lifeline and centrality work on the example dataset', async ({ page }) => {
  await start(page, '?data=/examples/henry-viii-court.json&year=1530');
  await ranking(page).getByRole('button').first().click();
  await expect(lifeline(page).getByRole('group', { name: /^Lifeline of / })).toBeVisible();
  await expect(details(page).getByRole('region', { name: 'Centrality' })).toContainText(
    /In 1530: \d+ ties/,
  );
  await lifeline(page)
    .getByRole('button', { name: /^Alliance with / })
    .first()
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Alliance');
});

test('lifeline and centrality work on an opened CSV', async ({ page }) => {
  await start(page, '');
  const file = (name: string) => ({
    name,
    mimeType: 'text/csv',
    buffer: readFileSync(`static/examples/csv/${name}`),
  });
  await openFiles(page, [file('nodes.csv'), file('edges.csv')]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Imported network');
  await slider(page).fill('1520');
  await expect(ranking(page)).toHaveAccessibleName('Most connected in 1520');
  await ranking(page)
    .getByRole('button', { name: /Thomas Wolsey/ })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Thomas Wolsey');
  await expect(details(page).getByRole('region', { name: 'Centrality' })).toContainText(
    /In 1520: \d+ ties? \(degree\)/,
  );
  await lifeline(page)
    .getByRole('button', { name: /^Alliance with Henry VIII, 1514 – Oct 1529/ })
    .click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1514');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Alliance');
});

test('the table sorts by ties (degree at the year shown)', async ({ page }) => {
  await start(page, '?year=1929&view=table');
  const table = page.getByRole('table', { name: 'Relationships in 1929' });
  const header = table.getByRole('columnheader', { name: 'Ties' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  // The first row touches the most connected person of the year
  const top = ranking(page).getByRole('button').first().locator('.name');
  const name = (await top.textContent()) ?? '';
  await expect(table.locator('tbody tr').first()).toContainText(name);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('columnheader', { name: 'From' }).getByRole('button').click();
  await expect(header).not.toHaveAttribute('aria-sort');
});

test('axe finds nothing on the Lifeline, Centrality and group views', async ({ page }) => {
  test.setTimeout(90_000);
  await start(page, '?year=1929&focus=bukharin');
  await expect(details(page).getByRole('region', { name: 'Centrality' })).toContainText('In 1929');
  await expect(
    lifeline(page).getByRole('group', { name: 'Lifeline of Nikolai Bukharin' }),
  ).toBeVisible();
  const ids = async () =>
    (
      await new AxeBuilder({ page })
        .include('#details')
        .include('[aria-label="This year"]')
        .analyze()
    ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await ids()).toEqual([]);
  await lifeline(page).getByRole('checkbox', { name: 'Several people' }).check();
  await expect(
    lifeline(page).getByRole('group', { name: 'Lifeline of Joseph Stalin' }),
  ).toBeVisible();
  expect(await ids()).toEqual([]);
});
