/**
 * Data from where researchers keep it: a dynamic GEXF from Gephi 0.10 opened through the import
 * dialog (guessed mapping shown, changed, then imported), GraphML from NetworkX, a Gephi
 * nodes/edges CSV pair and a Wikidata query's results; an unsafe or broken file says where and
 * what, and the dataset on screen stays.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openFiles, test } from './fixtures';

const BUNDLED_TITLE = JSON.parse(readFileSync('graph-data/dataset.json', 'utf8')).title as string;
const fixture = (name: string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(`src/lib/io/fixtures/${name}`),
});
test.describe.configure({ timeout: 90_000 });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const slider = (page: Page) => page.getByRole('slider', { name: 'Year' });

async function start(page: Page): Promise<void> {
  await page.goto('/');
  // A shared machine's dev server can take a while to compile the page
  await expect(slider(page)).toBeVisible({ timeout: 30_000 });
  await expect(heading(page)).toContainText(BUNDLED_TITLE);
}

async function tableTypes(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Table view' }).click();
  const table = page.getByRole('table', { name: /^Relationships in / });
  await expect(table).toBeVisible();
  return table.locator('tbody tr td:first-child').allTextContents();
}

test('a Gephi GEXF opens through the import dialog: guesses shown, a choice changed, graph drawn', async ({
  page,
}) => {
  await start(page);
  await openFiles(page, [fixture('gephi-0.10-dynamic.gexf')]);
  const dialog = page.getByRole('dialog', { name: 'Import gephi-0.10-dynamic.gexf' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('GEXF 1.3: 7 nodes, 8 edges');
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await expect(dialog.getByRole('combobox', { name: 'Node kind from' })).toHaveValue('Category');
  await expect(dialog.getByRole('combobox', { name: 'Edge kind from' })).toHaveValue('Relation');
  await expect(
    dialog.getByRole('combobox', { name: 'Nodes whose Category is Leadership' }),
  ).toHaveValue('leadership');
  const rival = dialog.getByRole('combobox', { name: 'Edges whose Relation is Rival' });
  await expect(rival).toHaveValue('rivalry');
  await rival.selectOption({ label: 'Leave out' });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toContainText('Imported network (gephi-0.10-dynamic.gexf)');
  await expect(slider(page)).toHaveAttribute('min', '1924');
  await expect(slider(page)).toHaveAttribute('max', '1929');
  await expect(page.getByRole('application', { name: /^Network graph of / })).toBeVisible();
  const types = await tableTypes(page);
  expect(types.length).toBeGreaterThan(0);
  expect(types).not.toContain('Rivalry');
  expect(types).toContain('Membership');

  // The choice is remembered: the same file opens with "Leave out" shown first
  await openFiles(page, [fixture('gephi-0.10-dynamic.gexf')]);
  await expect(page.getByRole('combobox', { name: 'Edges whose Relation is Rival' })).toHaveValue(
    'skip',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(heading(page)).toContainText('Imported network (gephi-0.10-dynamic.gexf)');
});

// A GEXF made bad by one edit is refused with where it is wrong; the dataset on screen stays
for (const { what, name, from, to, imported, says } of [
  {
    what: 'a GEXF with a DOCTYPE is refused where it stands',
    name: 'attack.gexf',
    from: '<gexf ',
    to: '<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<gexf ',
    imported: false,
    says: 'attack.gexf:2:1 has a DOCTYPE',
  },
  {
    what: 'a GEXF whose records are invalid says file:line:column',
    name: 'bad.gexf',
    from: 'start="1925-01-01" end="1928-06-30"',
    to: 'start="1925-01-01" end="1924-06-30"',
    // the mapping dialog comes first: the records are checked once they are imported
    imported: true,
    says: 'bad.gexf:134:37 alliance "alliance-stalin-bukharin" .to:',
  },
]) {
  test(`${what}; the dataset on screen stays`, async ({ page }) => {
    await start(page);
    const text = readFileSync('src/lib/io/fixtures/gephi-0.10-dynamic.gexf', 'utf8');
    await openFiles(page, [
      { name, mimeType: 'application/xml', buffer: Buffer.from(text.replace(from, to)) },
    ]);
    if (imported) await page.getByRole('button', { name: 'Import' }).click();
    const errors = page.getByRole('dialog', { name: `${name} could not be opened` });
    await expect(errors.getByRole('list', { name: 'Problems' })).toContainText(says);
    await errors.getByRole('button', { name: 'Close' }).click();
    await expect(heading(page)).toContainText(BUNDLED_TITLE);
  });
}

test('GraphML from NetworkX, a Gephi CSV pair and Wikidata results open', async ({ page }) => {
  await start(page);
  await openFiles(page, [fixture('networkx.graphml')]);
  await page
    .getByRole('dialog', { name: 'Import networkx.graphml' })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(heading(page)).toContainText('Imported network (networkx.graphml)');

  await openFiles(page, [fixture('gephi-nodes.csv'), fixture('gephi-edges.csv')]);
  await expect(heading(page)).toContainText('Imported network');
  await expect(slider(page)).toHaveAttribute('max', '1929');
  // A CSV import asks for a title; not now
  await page
    .getByRole('dialog', { name: 'Name the imported dataset' })
    .getByRole('button', { name: 'Not now' })
    .click();

  await openFiles(page, [fixture('wikidata-query.json')]);
  await expect(heading(page)).toContainText('Wikidata import (wikidata-query.json)');
});

test('the sources download as BibTeX and CSL-JSON for Zotero', async ({ page }) => {
  await start(page);
  for (const [name, file, first] of [
    ['Download sources (BibTeX)', /-sources\.bib$/, '@book{'],
    ['Download sources (CSL-JSON)', /-sources\.csl\.json$/, '[\n  {\n    "id": '],
  ] as const) {
    await page.getByRole('button', { name: 'Data', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(file);
    const text = readFileSync(await saved.path(), 'utf8');
    expect(text.startsWith(first)).toBe(true);
  }
});
