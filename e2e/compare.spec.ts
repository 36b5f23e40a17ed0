/**
 * Comparing two years: the time bar does not pretend to work. Moving it (slider, Next/Previous
 * year, Play) ends the comparison and shows the year it moved to, counted from the later year.
 */
import type { Page } from '@playwright/test';
import { downloadFrom, expect, test, textOf } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const comparing = (page: Page) =>
  page.getByRole('region', { name: 'What changed between 1927 and 1934' });

async function startComparing(page: Page) {
  await page.goto('/?compare=1927..1934');
  await expect(comparing(page)).toBeVisible();
  // The time bar sits at the later year, not at a year the graph does not show
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '1934');
}

async function expectEnded(page: Page, year: string) {
  await expect(slider(page)).toHaveAttribute('aria-valuetext', year);
  await expect(comparing(page)).toHaveCount(0);
  await expect(button(page, 'Compare years')).toBeVisible();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.getByRole('application', { name: /Network graph/ })).not.toHaveAccessibleName(
    /comparing/,
  );
}

test('Next year and Previous year end a comparison and step from its later year', async ({
  page,
}) => {
  await startComparing(page);
  await button(page, 'Next year').click();
  await expectEnded(page, '1935');
  await startComparing(page);
  await button(page, 'Previous year').click();
  await expectEnded(page, '1933');
});

test('the slider and Play end a comparison', async ({ page }) => {
  await startComparing(page);
  await slider(page).fill('1929');
  await expectEnded(page, '1929');
  await startComparing(page);
  await button(page, 'Play').click();
  await expect(button(page, 'Pause')).toBeVisible();
  await expectEnded(page, '1935');
  await button(page, 'Pause').click();
});

test('a comparison of a year with itself is refused with a visible note', async ({ page }) => {
  await page.goto('/?compare=1930..1930');
  await expect(page.getByText(/Comparison "1930\.\.1930" was ignored/)).toBeVisible();
  await expect(button(page, 'Compare years')).toBeVisible();
});

test('an SVG of a comparison is titled with both years and its legend explains the diff', async ({
  page,
}) => {
  await page.goto('/?compare=1927..1934');
  const svg = await textOf(await downloadFrom(page, 'Export SVG'));
  expect(svg).toMatch(/<title>[^<]*, 1927 → 1934<\/title>/);
  for (const key of ['Gained', 'Lost', 'Held (dimmed)']) expect(svg).toContain(`>${key}<`);
});
