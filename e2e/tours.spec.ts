/**
 * Tours: playing the bundled tours to the end, a link into a step, the keyboard, presenting,
 * writing a tour in the app (kept across a reload, downloaded as tours.json), copying a link,
 * the embedded view and the printed handout.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const bundled = JSON.parse(readFileSync('graph-data/tours.json', 'utf8')) as {
  items: { id: string; title: string; steps: { title: string; time: string; focus?: string }[] }[];
};

const tour = (page: Page) => page.getByRole('region', { name: 'Tour', exact: true });
const year = (page: Page) => page.getByRole('slider', { name: 'Year' });

/** The player is loaded when a tour first opens: on a busy machine (a dev server) that takes a while. */
const loaded = { timeout: 30_000 };

async function openTour(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Tours', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(tour(page)).toBeVisible(loaded);
}

for (const { id, title, steps } of bundled.items) {
  test(`plays "${title}" to the end, each step setting the time and focus`, async ({ page }) => {
    // Ten steps, each drawn and written to the URL: more than the default budget on a busy machine
    test.setTimeout(120_000);
    await page.goto('/');
    await openTour(page, title);
    for (const [i, step] of steps.entries()) {
      await expect(tour(page).getByRole('heading', { level: 2 })).toHaveText(step.title);
      await expect(tour(page)).toContainText(`Step ${i + 1} of ${steps.length}`);
      await expect(tour(page).getByRole('list', { name: 'Sources' })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`tour=${id}&step=${i + 1}(&|$)`));
      await expect(page).toHaveURL(new RegExp(`year=${step.time.slice(0, 4)}`));
      if (step.focus) await expect(page).toHaveURL(new RegExp(`focus=${step.focus}(&|$)`));
      if (i < steps.length - 1) await tour(page).getByRole('button', { name: 'Next step' }).click();
    }
    await expect(tour(page).getByRole('button', { name: 'Next step' })).toBeDisabled();
    await tour(page).getByRole('button', { name: 'Leave tour' }).click();
    await expect(tour(page)).toBeHidden();
    await expect(page).not.toHaveURL(/tour=/);
  });
}

test('a link opens a step directly; ←/→ step while the tour has focus; Esc leaves', async ({
  page,
}) => {
  await page.goto('/?tour=the-terror&step=3');
  await expect(tour(page)).toBeVisible(loaded);
  await expect(tour(page).getByRole('heading', { level: 2 })).toHaveText('The first Moscow trial');
  await expect(tour(page)).toBeFocused();
  await expect(year(page)).toHaveAttribute('aria-valuetext', 'Aug 1936');
  await page.keyboard.press('ArrowRight');
  await expect(tour(page)).toContainText('Step 4 of 8');
  await expect(tour(page).getByRole('heading', { level: 2 })).toHaveText('Yezhov replaces Yagoda');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(tour(page)).toContainText('Step 2 of 8');
  await expect(year(page)).toHaveAttribute('aria-valuetext', 'Dec 1934');
  await expect(page).toHaveURL(/tour=the-terror&step=2/);
  await page.keyboard.press('Escape');
  await expect(tour(page)).toBeHidden();
  // The view the tour left stays
  await expect(year(page)).toHaveAttribute('aria-valuetext', 'Dec 1934');
});

test('a link to an unknown tour or step says so and still shows the explorer', async ({ page }) => {
  await page.goto('/?tour=nope&step=2');
  await expect(page.getByRole('status', { name: 'Notes' })).toContainText(
    'Tour "nope" was ignored',
  );
  await expect(tour(page)).toBeHidden();
  await page.goto('/?tour=how-stalin-won&step=99');
  await expect(page.getByRole('status', { name: 'Notes' })).toContainText('Step "99" was ignored');
  await expect(tour(page)).toContainText('Step 1 of 10', loaded);
});

test('Present fills the screen with the graph and the step; Esc ends it', async ({ page }) => {
  await page.goto('/?tour=how-stalin-won&step=4');
  await expect(tour(page)).toBeVisible(loaded);
  await tour(page).getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
  await expect(tour(page).getByRole('heading', { level: 2 })).toHaveCSS('font-size', /^3[0-9]/);
  await page.keyboard.press('ArrowRight');
  await expect(tour(page)).toContainText('Step 5 of 10');
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenting/);
  await expect(tour(page)).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
});

test('writes a two-step tour in the app, keeps it across a reload, plays and downloads it', async ({
  page,
}) => {
  await page.goto('/?year=1928&focus=bukharin');
  await page.getByRole('button', { name: 'Tours', exact: true }).click();
  await page.getByRole('button', { name: 'Write a tour' }).click();
  const editor = page.getByRole('region', { name: 'Write a tour' });
  await expect(editor).toBeVisible(loaded);
  await editor.getByLabel('Tour title').fill('The Right');
  await editor.getByLabel('Step title').fill('Bukharin');
  await editor.getByLabel('Step text').fill('Bukharin leads the Right.');
  await editor.getByRole('button', { name: 'Add this view as a step' }).click();
  await page.getByRole('checkbox', { name: 'Rivalries', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Next year' }).click();
  await editor.getByLabel('Step title').fill('Defeat');
  await editor.getByLabel('Step text').fill('The Right recants.');
  await editor.getByRole('button', { name: 'Add this view as a step' }).click();
  const steps = editor.getByRole('list', { name: 'Steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(2);

  // Reordered with the keyboard
  await steps.nth(1).getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(0)).toContainText('Defeat');
  await expect(steps.nth(1).getByRole('button', { name: 'Move down' })).toBeDisabled();

  await page.reload();
  await page.getByRole('button', { name: 'Tours', exact: true }).click();
  await page.getByRole('button', { name: 'Write a tour' }).click();
  await expect(steps).toHaveCount(2);
  await expect(editor.getByLabel('Tour title')).toHaveValue('The Right');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    editor.getByRole('button', { name: 'Download tour' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tours.json');
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.items).toHaveLength(1);
  expect(file.items[0]).toMatchObject({ id: 'the-right', title: 'The Right' });
  expect(file.items[0].steps.map((s: { title: string }) => s.title)).toEqual([
    'Defeat',
    'Bukharin',
  ]);
  expect(file.items[0].steps[0]).toMatchObject({
    time: '1929',
    focus: 'bukharin',
    hide: ['rivalries'],
  });
  expect(file.items[0].steps[1].sources.length).toBeGreaterThan(0);

  await editor.getByRole('button', { name: 'Play draft' }).click();
  await expect(tour(page).getByRole('heading', { level: 2 })).toHaveText('Defeat');
  await expect(page.getByRole('checkbox', { name: 'Rivalries', exact: true })).not.toBeChecked();
  await tour(page).getByRole('button', { name: 'Next step' }).click();
  await expect(year(page)).toHaveAttribute('aria-valuetext', '1928');
  await expect(page.getByRole('checkbox', { name: 'Rivalries', exact: true })).toBeChecked();
});

test('Copy link copies the address of the view on screen', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?year=1931&focus=stalin');
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page).toHaveURL(/year=1932/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.searchParams.get('year')).toBe('1932');
  expect(url.searchParams.get('focus')).toBe('stalin');
});

test('?embed=1 shows only the graph, the time bar and a link to the full view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/?embed=1&year=1927');
  await expect(page.getByRole('application', { name: /Network graph/ })).toBeVisible();
  await expect(year(page)).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Rivalries', exact: true })).toBeHidden();
  const link = page.getByRole('link', { name: 'Open full view' });
  await expect(link).toBeVisible();
  const href = new URL((await link.getAttribute('href')) ?? '');
  expect(href.searchParams.get('year')).toBe('1927');
  expect(href.searchParams.has('embed')).toBe(false);
  // Nothing overflows the frame
  const size = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.scrollHeight,
  ]);
  expect(size[0]).toBeLessThanOrEqual(640);
  expect(size[1]).toBeLessThanOrEqual(400);
});

test('Print handout lays out the view for print, light in the dark theme', async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?tour=how-stalin-won&step=2');
  await expect(tour(page)).toBeVisible(loaded);
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: 'Print handout' }).click();
  // A picture per step takes a while on a slow machine
  await expect(page.locator('html')).toHaveAttribute('data-printed', '', { timeout: 150_000 });
  await expect(
    page.getByRole('status').filter({ hasText: 'Handout ready: 10 pages.' }),
  ).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const handout = page.locator('.handout');
  await expect(handout).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Year' })).toBeHidden();
  await expect(handout.locator('article')).toHaveCount(10);
  const first = handout.locator('article').first();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Lenin dies');
  await expect(first.locator('img')).toHaveJSProperty('complete', true);
  expect(
    await first.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(100);
  await expect(first).toContainText('This year: Jan 1924');
  await expect(first).toContainText('Sources');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(first.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(17, 17, 17)');
  await page.screenshot({ path: test.info().outputPath('handout.png'), fullPage: true });
  // The tour goes on where it was
  await page.emulateMedia({ media: 'screen' });
  await expect(tour(page)).toContainText('Step 2 of 10');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the tour, the editor and the embedded view (${colorScheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    const check = async (what: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const found = results.violations.map(
        (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(found, `axe violations on ${what}`).toEqual([]);
    };
    await page.goto('/?tour=the-terror&step=2');
    await expect(tour(page)).toBeVisible(loaded);
    await page.getByRole('button', { name: 'Tours', exact: true }).click();
    await check('the tour and the Tours menu');
    await page.getByRole('button', { name: 'Write a tour' }).click();
    const editor = page.getByRole('region', { name: 'Write a tour' });
    await editor.getByLabel('Step title').fill('A step');
    await editor.getByLabel('Step text').fill('Its text.');
    await editor.getByRole('button', { name: 'Add this view as a step' }).click();
    await check('the tour editor');
    await page.goto('/?embed=1');
    await expect(page.getByRole('link', { name: 'Open full view' })).toBeVisible();
    await check('the embedded view');
  });
}
