import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openTexts, type NamedText } from './open';

const dir = fileURLToPath(new URL('./fixtures/valid/', import.meta.url));
const folder: NamedText[] = readdirSync(dir).map((name) => ({
  name,
  text: readFileSync(dir + name, 'utf8'),
}));
const bundle = (() => {
  const value: Record<string, unknown> = {};
  for (const file of folder) {
    const json = JSON.parse(file.text);
    const key = file.name.replace('.json', '');
    value[key] = key === 'dataset' || key === 'layout' ? json : json.items;
  }
  return JSON.stringify(value, null, 2);
})();

const errors = (opened: ReturnType<typeof openTexts>) =>
  opened.result.ok ? [] : opened.result.errors.map((p) => p.text);

describe('openTexts', () => {
  it('opens the files of a dataset folder, whatever their order', () => {
    const opened = openTexts([...folder].reverse());
    expect(opened.result.ok).toBe(true);
    expect(opened.label).toBe('10 files');
  });

  it('opens one bundle file, even one named dataset.json', () => {
    expect(openTexts([{ name: 'mine.json', text: bundle }]).result.ok).toBe(true);
    const named = openTexts([{ name: 'dataset.json', text: bundle }]);
    expect(named).toMatchObject({ label: 'dataset.json', result: { ok: true } });
  });

  it('says which files of a folder are missing', () => {
    const people = folder.filter((f) => f.name === 'people.json');
    expect(errors(openTexts(people))).toContain(
      'dataset.json:1:1 is missing (every dataset needs this file)',
    );
  });

  it('places errors in a bundle at their line and column', () => {
    const broken = bundle.replace('"1926"', '"1926-13"');
    expect(errors(openTexts([{ name: 'mine.json', text: broken }]))).toEqual([
      expect.stringMatching(
        /^mine\.json:\d+:\d+ dataset "fixture" \.defaultTime: "1926-13" is not a date/,
      ),
    ]);
  });

  it('tells nodes from edges by their headers, whatever the file names', () => {
    const opened = openTexts([
      { name: 'b.csv', text: 'source,target,type,start\nx,y,alliance,1455\n' },
      { name: 'a.csv', text: 'id,label,type\nx,X,person\ny,Y,person\n' },
    ]);
    expect(opened.result.ok).toBe(true);
    expect(opened.label).toBe('b.csv, a.csv');
  });

  it('refuses a lone nodes file, and files that are no dataset', () => {
    expect(errors(openTexts([{ name: 'nodes.csv', text: 'id,label\nx,X\n' }]))).toEqual([
      'nodes.csv:1:1 is not enough: a CSV import needs an edges file too (nodes: id, label, type, start, end; edges: source, target, type, start, end)',
    ]);
    expect(errors(openTexts([]))[0]).toMatch(/no file was chosen/);
    expect(
      errors(openTexts(folder.slice(0, 0).concat({ name: 'x.json', text: '{' }))),
    ).toHaveLength(1);
  });
});
