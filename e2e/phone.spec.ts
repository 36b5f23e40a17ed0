/**
 * The page as a phone (390×844) and a laptop show it: the time bar always on screen, the tools
 * in a Menu, filters and legend in a sheet, Details in a bottom sheet after a tap, cards for the
 * table, legible labels; and "This year" in sight next to a long Details (issue 14 items 8, 9).
 * `?bench` exposes the graph, used only to find where a node is drawn so the test can tap it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Cy = {
  zoom(): number;
  getElementById(id: string): {
    renderedPosition(): { x: number; y: number };
    style(name: string): string;
  };
  container(): HTMLElement;
};
type BenchWindow = { __factionsBench?: { view: { cy: Cy } } };

const PHONE = { width: 390, height: 844 };
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

async function graphReady(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (window as BenchWindow).__factionsBench?.view.cy.zoom() ?? 0))
    .toBeGreaterThan(0);
}

/** Where a node is drawn on the page. */
function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = (window as BenchWindow).__factionsBench!.view.cy;
    const box = cy.container().getBoundingClientRect();
    const p = cy.getElementById(id).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** A node's label size on screen, in CSS pixels (0 when Cytoscape would not draw it). */
function labelPx(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const cy = (window as BenchWindow).__factionsBench!.view.cy;
    const node = cy.getElementById(id);
    const size = parseFloat(node.style('font-size')) * cy.zoom();
    return size >= parseFloat(node.style('min-zoomed-font-size')) ? size : 0;
  }, id);
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('the time bar is pinned in view, with and without a selection', async ({ page }) => {
    await page.goto('/?year=1929');
    await expect(page.getByRole('slider', { name: 'Year' })).toBeInViewport();
    await expect(button(page, 'Play')).toBeInViewport();
    await page.goto('/?year=1929&focus=bukharin');
    await expect(
      details(page).getByRole('heading', { name: 'Nikolai Bukharin', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Year' })).toBeInViewport();
    await expect(button(page, 'Next year')).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      PHONE.height,
    );
  });

  test('the Menu holds the data, view, tours and export tools; Esc closes it', async ({ page }) => {
    await page.goto('/?year=1929');
    const menu = button(page, 'Menu');
    await expect(button(page, 'Data')).toBeHidden();
    await expect(button(page, 'Export PNG')).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const group = page.getByRole('group', { name: 'Menu' });
    for (const name of ['Data', 'Tours', 'Table view', 'Export PNG', 'Copy link'])
      await expect(group.getByRole('button', { name, exact: true })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(button(page, 'Data')).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('filters and the legend open in a sheet that Esc and its close button close', async ({
    page,
  }) => {
    await page.goto('/?year=1929');
    const rivalries = page.getByRole('checkbox', { name: 'Rivalries', exact: true });
    await expect(rivalries).toBeHidden();
    const open = button(page, 'Filters');
    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    await expect(rivalries).toBeInViewport();
    await expect(button(page, 'Close filters')).toBeFocused();
    await rivalries.uncheck();
    await expect(page).toHaveURL(/hide=rivalries/);
    await page.keyboard.press('Escape');
    await expect(rivalries).toBeHidden();
    await expect(open).toBeFocused();
    await open.click();
    await button(page, 'Close filters').click();
    await expect(rivalries).toBeHidden();
    await expect(open).toHaveAttribute('aria-expanded', 'false');
  });

  test('a tap on a node opens Details in a bottom sheet above the time bar', async ({ page }) => {
    await page.goto('/?year=1929&bench');
    await graphReady(page);
    await expect(details(page)).toBeHidden();
    const point = await nodePoint(page, 'bukharin');
    await page.touchscreen.tap(point.x, point.y);
    const name = details(page).getByRole('heading', { name: 'Nikolai Bukharin', exact: true });
    await expect(name).toBeInViewport();
    await expect(page.getByRole('slider', { name: 'Year' })).toBeInViewport();
    // Closing the sheet clears the selection
    await button(page, 'Close details').click();
    await expect(details(page)).toBeHidden();
    await expect(page).not.toHaveURL(/focus=/);
    // With nothing selected the sheet opens by hand, to "This year"
    await button(page, 'Details and this year').click();
    await expect(page.getByRole('region', { name: 'This year' })).toBeVisible();
  });

  test('the selection, its neighbours and the leading actors are labelled legibly', async ({
    page,
  }) => {
    await page.goto('/?year=1929&focus=bukharin&bench');
    await graphReady(page);
    for (const id of ['bukharin', 'rykov', 'stalin'])
      await expect.poll(() => labelPx(page, id), id).toBeGreaterThanOrEqual(10);
  });

  test('the table is a list of cards that does not scroll sideways', async ({ page }) => {
    await page.goto('/?year=1927&view=table');
    const table = page.getByRole('table', { name: 'Relationships in 1927' });
    await expect(table).toBeVisible();
    const row = table.getByRole('row').filter({ hasText: 'Grigory Zinoviev' }).first();
    await expect(row).toBeInViewport();
    const box = (await row.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    const sideways = await table.evaluate((el) => {
      const wrap = el.closest('.table-wrap')!;
      return wrap.scrollWidth > wrap.clientWidth + 1;
    });
    expect(sideways).toBe(false);
    // Each cell says which column it is
    await expect(row.getByRole('cell').first()).toHaveAttribute('data-label', 'Type');
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`"This year" stays in view at ${viewport.width}×${viewport.height} with Bukharin selected`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?year=1929&focus=bukharin');
    await expect(
      details(page).getByRole('heading', { name: 'Nikolai Bukharin', exact: true }),
    ).toBeVisible();
    const year = page.getByRole('region', { name: 'This year' });
    await expect(year.getByRole('heading', { name: /1929/ }).first()).toBeInViewport();
    // Not a sliver: at least a fifth of the window shows the year's list
    const shown = await year.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
    });
    expect(shown).toBeGreaterThan(viewport.height / 5);
  });
}
