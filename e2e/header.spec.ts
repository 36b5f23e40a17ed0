/** The header: the dataset title is never cut, and the dataset actions sit in one Data menu. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('the dataset title is shown whole at 1280, 1024 and in compare mode', async ({ page }) => {
  for (const [width, height, url] of [
    [1280, 800, '/?year=1929'],
    [1024, 700, '/?year=1929'],
    [1280, 800, '/?compare=1927..1934'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(url);
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toContainText("The struggle for Lenin's succession, 1924–1938");
    const cut = await title.evaluate(
      (el) =>
        el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis',
    );
    expect(cut, `${width}px ${url}`).toBe(false);
    expect((await title.boundingBox())!.width).toBeGreaterThan(150);
  }
});

test('Open dataset, the examples and Reset are in one Data menu', async ({ page }) => {
  await page.goto('/?year=1929');
  await expect(button(page, 'Open dataset')).toBeHidden();
  await button(page, 'Data').click();
  await expect(button(page, 'Data')).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Open dataset', 'Open example', 'Reset to bundled dataset'])
    await expect(button(page, name)).toBeVisible();
  // A click elsewhere closes it
  await page
    .getByRole('application', { name: /Network graph/ })
    .click({ position: { x: 5, y: 5 } });
  await expect(button(page, 'Open dataset')).toBeHidden();
  await expect(button(page, 'Data')).toHaveAttribute('aria-expanded', 'false');
});

test('Download full dataset saves every year as a bundle that opens again', async ({ page }) => {
  await page.goto('/?year=1929');
  await button(page, 'Data').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    button(page, 'Download full dataset').click(),
  ]);
  expect(download.suggestedFilename()).toBe('soviet-succession-dataset.json');
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const bundle = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  // Records of every year, not only 1929's: Lenin's funeral (1924) and the last trial (1938)
  const events = bundle.events.map((e: { date: string }) => e.date.slice(0, 4));
  expect(events).toContain('1924');
  expect(events).toContain('1938');
  // Every person and faction has a position (136 nodes in the bundled dataset after issue 17)
  const nodes = bundle.people.length + bundle.factions.length;
  expect(nodes).toBeGreaterThan(130);
  expect(Object.keys(bundle.layout.positions).length).toBe(nodes);
});
