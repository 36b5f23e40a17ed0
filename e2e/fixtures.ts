/**
 * The `test` every spec uses: it fails a test on any console error, uncaught page error or
 * Content Security Policy violation during its run.
 */
import { test as base, expect, type Download, type Page } from '@playwright/test';

export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use();
      expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A file for the file chooser. */
export type Upload = { name: string; mimeType: string; buffer: Buffer };

/** A JSON file named `name` holding `text`. */
export const jsonFile = (name: string, text: string): Upload => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

/** Opens `files` as the user does: Data, "Open dataset", then the file chooser. */
export async function openFiles(page: Page, files: Upload | Upload[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Open dataset' }).click();
  await (await chooser).setFiles(files);
}

/** What pressing the button `name` downloads. */
export async function downloadFrom(page: Page, name: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return download;
}

/** The text of a download. */
export async function textOf(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream())
    chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
