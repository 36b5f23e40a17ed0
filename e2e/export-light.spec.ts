/**
 * A handout from the dark theme: "Colours: Light (for print)" exports the PNG and the SVG in
 * the light theme's colours while the screen stays dark.
 */
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ colorScheme: 'dark' });

/** People's fill in each theme (model/view/visual.ts). */
const LIGHT_PERSON = '#e8e4da';
const DARK_PERSON = '#3a3c42';

/** The mean brightness (0–255) of a PNG, or of its top-left pixel, decoded by the browser. */
function brightness(page: Page, png: Buffer, corner = false): Promise<number> {
  return page.evaluate(
    async ([data, corner]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const [w, h] = corner ? [1, 1] : [image.width, image.height];
      const pixels = context.getImageData(corner ? 2 : 0, corner ? 2 : 0, w, h).data;
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4)
        sum += (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3;
      return sum / (pixels.length / 4);
    },
    [png.toString('base64'), corner] as const,
  );
}

async function bytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function exportFile(page: Page, format: 'PNG' | 'SVG'): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export ${format}` }).click(),
  ]);
  return download;
}

test('the dark theme exports a light PNG and SVG for print, and the screen stays dark', async ({
  page,
}) => {
  await page.goto('/?year=1929');
  const colours = page.getByRole('combobox', { name: 'Colours' });
  await expect(colours).toHaveValue('screen');
  const dark = await brightness(page, await bytes(await exportFile(page, 'PNG')));
  expect(dark).toBeLessThan(80);

  await colours.selectOption({ label: 'Light (for print)' });
  const light = await brightness(page, await bytes(await exportFile(page, 'PNG')));
  expect(light).toBeGreaterThan(200);

  const text = (await bytes(await exportFile(page, 'SVG'))).toString('utf8');
  // The light theme's background (visual.ts), not the dark one
  expect(text.toLowerCase()).toContain('#fbfaf7');
  expect(text.toLowerCase()).not.toContain('#16171a');
  // People are filled in the light theme's colour, not the dark one's (#3a3c42)
  const fills = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return new RegExp(`${hex}|rgb\\(${r},\\s*${g},\\s*${b}\\)`, 'i');
  };
  expect(text).toMatch(fills(LIGHT_PERSON));
  expect(text).not.toMatch(fills(DARK_PERSON));

  // The screen's graph is still drawn in the dark theme
  const canvas = await page
    .getByRole('application', { name: /Network graph/ })
    .screenshot({ type: 'png' });
  const onScreen = await brightness(page, canvas, true);
  expect(onScreen).toBeLessThan(80);
});

test('the light theme offers no colour choice: its exports are light already', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/?year=1929');
  await expect(page.getByRole('button', { name: 'Export PNG' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Colours' })).toHaveCount(0);
  await context.close();
});
