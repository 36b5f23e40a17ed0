/** Months mode: where it opens, what it remembers, and a time bar that does not move. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const months = (page: Page) => page.getByRole('switch', { name: 'Months' });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('months mode opens on the selected event, or the first month with an event', async ({
  page,
}) => {
  await page.goto('/?year=1934&focus=kirov-assassinated');
  await months(page).check();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Dec 1934');
  // 1936's first event dated to a month is Olberg's arrest in January
  await page.goto('/?year=1936');
  await months(page).check();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Jan 1936');
});

test('months mode keeps its month when switched off and on', async ({ page }) => {
  await page.goto('/?year=1936&month=11');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Nov 1936');
  await months(page).uncheck();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1936');
  await months(page).check();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', 'Nov 1936');
  // Another year meanwhile: that year's first event instead
  await months(page).uncheck();
  await button(page, 'Previous year').click();
  await months(page).check();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /1935$/);
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', 'Nov 1935');
});

test('"Previous event" is disabled before the first event, "Next event" after the last', async ({
  page,
}) => {
  await page.goto('/?year=1924&month=1');
  await expect(button(page, 'Previous event')).toBeDisabled();
  await expect(button(page, 'Next event')).toBeEnabled();
  await button(page, 'Next event').click();
  await expect(button(page, 'Previous event')).toBeDisabled();
  await button(page, 'Next event').click();
  await expect(button(page, 'Previous event')).toBeEnabled();
  await page.goto('/?year=1938&month=12');
  await expect(button(page, 'Next event')).toBeDisabled();
});

test('the date label keeps its width: the time bar does not move', async ({ page }) => {
  await page.goto('/?year=1934');
  const x = async () => (await slider(page).boundingBox())!.x;
  const yearMode = await x();
  for (const url of ['/?year=1934&month=12', '/?year=1934&month=5', '/?year=1938&month=9']) {
    await page.goto(url);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /\w{3} 19\d\d/);
    expect(await x(), url).toBeCloseTo(yearMode, 0);
  }
});
