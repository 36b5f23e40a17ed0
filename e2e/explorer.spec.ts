import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const table = (page: Page) => page.getByRole('table');

async function openTable(page: Page, year: number) {
  await page.goto(`/?year=${year}`);
  await page.getByRole('button', { name: 'Table view' }).click();
  await expect(table(page)).toBeVisible();
  await expect(table(page).locator('caption')).toHaveText(`Relationships in ${year}`);
}

function allianceRow(page: Page, a: RegExp, b: RegExp) {
  return table(page)
    .getByRole('row')
    .filter({ hasText: /Alliance/i })
    .filter({ hasText: a })
    .filter({ hasText: b });
}

test('the table lists the Stalin–Bukharin alliance in 1926 and not in 1930', async ({ page }) => {
  await openTable(page, 1926);
  await expect(allianceRow(page, /Stalin/, /Bukharin/)).not.toHaveCount(0);
  await slider(page).focus();
  await page.keyboard.press('End');
  await page.goto('/?year=1930&view=table');
  await expect(table(page).locator('caption')).toHaveText('Relationships in 1930');
  await expect(allianceRow(page, /Stalin/, /Bukharin/)).toHaveCount(0);
  await expect(table(page).getByRole('row')).not.toHaveCount(1);
});

test('the table is sortable by its column buttons', async ({ page }) => {
  await openTable(page, 1927);
  const header = table(page).getByRole('columnheader', { name: 'From' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', /ascending|descending/);
  const first = await table(page).getByRole('row').nth(1).textContent();
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', /ascending|descending/);
  await expect(table(page).getByRole('row').nth(1)).not.toHaveText(first ?? '');
  await page.getByRole('button', { name: 'Graph view' }).click();
  await expect(page.getByRole('application', { name: /Network graph/ })).toBeVisible();
});

test('the year controls step, play and pause, and the keyboard moves the year', async ({
  page,
}) => {
  await page.goto('/?year=1930');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1930');
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1931');
  await page.getByRole('button', { name: 'Previous year' }).click();
  await page.getByRole('button', { name: 'Previous year' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1929');
  await expect(page).toHaveURL(/year=1929/);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1930', { timeout: 4000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const year = Number(await slider(page).getAttribute('aria-valuetext'));
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', String(year + 1));
  await slider(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', String(year));
});

test('search finds Stalin by alias, birth name and Cyrillic, and selects him', async ({ page }) => {
  await page.goto('/?year=1927');
  const search = page.getByRole('combobox', { name: 'Search people and factions' });
  for (const query of ['Koba', 'Dzhugashvili', 'Сталин']) {
    await search.fill(query);
    await expect(page.getByRole('option').first()).toContainText('Stalin');
  }
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Stalin');
  await expect(page).toHaveURL(/focus=stalin/);
  await page.keyboard.press('Escape');
  await page.locator('body').press('Escape');
  await expect(page).not.toHaveURL(/focus=stalin/);
  await page.locator('body').press('/');
  await expect(search).toBeFocused();
});

test('details of Zinoviev in 1936 show his execution, with sources', async ({ page }) => {
  await page.goto('/?year=1936&focus=zinoviev');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Zinoviev');
  await expect(details).toContainText(/executed/i);
  await expect(details).toContainText('1936');
  await expect(details).toContainText(/Smele|Conquest|Kotkin|Britannica|Wikipedia/);
});

test('the "This year" region of 1934 names Kirov’s murder', async ({ page }) => {
  await page.goto('/?year=1934');
  const region = page.getByRole('region', { name: 'This year' });
  await expect(region).toContainText(/Kirov/);
  await expect(region).toContainText(/murder|assassinat|killed/i);
});

test('filters hide kinds of relationship and are mirrored in the URL', async ({ page }) => {
  await page.goto('/?year=1927&view=table');
  const rows = table(page)
    .getByRole('row')
    .filter({ hasText: /Rivalry/i });
  await expect(rows).not.toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Rivalries' }).uncheck();
  await expect(rows).toHaveCount(0);
  await expect(page).toHaveURL(/hide=rivalries/);
  for (const name of [
    'Memberships',
    'Alliances',
    'Betrayals',
    'Show past betrayals',
    'Show the dead',
  ]) {
    await expect(page.getByRole('checkbox', { name, exact: true })).toBeVisible();
  }
  await page.goBack();
  await expect(page.getByRole('checkbox', { name: 'Rivalries' })).toBeChecked();
});

test('back and forward restore the year', async ({ page }) => {
  await page.goto('/?year=1925');
  await page.getByRole('button', { name: 'Next year' }).click();
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page).toHaveURL(/year=1927/);
  await page.goBack();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1926');
  await page.goForward();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1927');
});

test('bad URL values are noted on screen and do not crash the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/?year=banana&focus=nobody&hide=everything&view=cube&x=${'y'.repeat(3000)}`);
  const notes = page.getByRole('status', { name: 'Notes' });
  await expect(notes).toContainText('Year "banana" was ignored');
  await expect(notes).toContainText('Focus "nobody" was ignored');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1924');
  expect(errors).toEqual([]);
});

test('it works on a 390-pixel-wide phone in the dark theme', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  const page = await context.newPage();
  await page.goto('/?year=1929');
  await expect(slider(page)).toBeVisible();
  await expect(page.getByRole('application', { name: /Network graph/ })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await context.close();
});

test('the legend draws each kind as the graph does: rivalries in the graph’s orange', async ({
  page,
}) => {
  await page.goto('/?year=1929');
  const sample = (name: string) =>
    page.locator('fieldset.legend label', { hasText: name }).locator('line').first();
  const stroke = (name: string) => sample(name).evaluate((line) => getComputedStyle(line).stroke);
  // lightPalette.rivalry is #d95f02, lightPalette.alliance #1b7837 (model/view/visual.ts)
  expect(await stroke('Rivalries')).toBe('rgb(217, 95, 2)');
  expect(await stroke('Alliances')).toBe('rgb(27, 120, 55)');
  await expect(sample('Rivalries')).toHaveAttribute('stroke-dasharray', '8 5');
  await expect(sample('Alliances')).toHaveAttribute('stroke-width', '3.5');
});
