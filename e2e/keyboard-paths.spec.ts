/** Getting around by keyboard: skip links, the time bar early, arrows that respect focus, speed. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

test('skip links come first and move the focus to the time bar, graph and details', async ({
  page,
}) => {
  await page.goto('/?year=1929');
  await expect(slider(page)).toBeVisible();
  await page.keyboard.press('Tab');
  const toTimeline = page.getByRole('link', { name: 'Skip to timeline' });
  await expect(toTimeline).toBeFocused();
  await expect(toTimeline).toBeInViewport();
  await page.keyboard.press('Enter');
  // From the time bar, Tab reaches its first control
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Previous year' })).toBeFocused();

  await page.getByRole('link', { name: 'Skip to graph' }).focus();
  await page.keyboard.press('Enter');
  // The graph itself comes first (keyboard travel between its nodes), then its Fit button
  await page.keyboard.press('Tab');
  await expect(page.getByRole('application', { name: /Network graph/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Fit' })).toBeFocused();
  await page.goto('/?year=1929&focus=bukharin');
  await page.getByRole('link', { name: 'Skip to details' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear selection' })).toBeFocused();
});

test('the year slider is among the first tab stops', async ({ page }) => {
  await page.goto('/?year=1934&focus=kirov');
  await expect(slider(page)).toBeVisible();
  let stops = 0;
  while (stops < 40 && !(await slider(page).evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    stops++;
  }
  // Three skip links, the header's controls (the view switcher has four buttons), then the time
  // bar (it was the 33rd, after "This year")
  expect(stops).toBeLessThanOrEqual(20);
});

test('arrow keys do not move the year while a checkbox or select has focus', async ({ page }) => {
  await page.goto('/?year=1934');
  await page.getByRole('checkbox', { name: 'Alliances' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('switch', { name: 'Months' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('button', { name: 'Table view' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1934');
  // On the graph they do
  await page
    .getByRole('application', { name: /Network graph/ })
    .click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1935');
});

test('a playback speed control makes Play faster', async ({ page }) => {
  await page.goto('/?year=1924');
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('4');
  await page.getByRole('button', { name: 'Play' }).click();
  // At 4× a year takes 375 ms: three years in less than the 4.5 s they take at 1× (with room
  // for a loaded machine)
  // (at least 1927: on a fast machine the poll may see 1928 or later first)
  await expect
    .poll(async () => Number(await slider(page).getAttribute('aria-valuetext')), { timeout: 3500 })
    .toBeGreaterThanOrEqual(1927);
  await page.getByRole('button', { name: 'Pause' }).click();
});
