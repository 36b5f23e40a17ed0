import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledResult } from './bundled-dataset';

describe('the bundled dataset computed at build time', () => {
  it('is the loader result for graph-data/, unchanged by the trip through JSON', () => {
    const result = bundledResult('graph-data', process.cwd());
    expect(result.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it('carries the errors of an invalid folder, with the folder in their texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factions-bundled-'));
    writeFileSync(join(dir, 'dataset.json'), '{ "id": ');
    const result = bundledResult(dir, '/');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.text.includes('dataset.json'))).toBe(true);
  });

  it('says why when the folder cannot be read at all', () => {
    const result = bundledResult('no/such/folder', tmpdir());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].text).toMatch(/could not be loaded/);
  });
});
