/**
 * The bundled dataset must load without errors (warnings are allowed, and listed).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from './load';
import { readDatasetFolder } from '../node-files';
import { errorTexts } from '$lib/testing/loaded';

const dir = fileURLToPath(new URL('../../../../graph-data/', import.meta.url));

describe('graph-data', () => {
  it('loads with no errors', () => {
    const result = loadDatasetFiles(readDatasetFolder(dir), { dir: 'graph-data' });
    if (result.warnings.length > 0) console.warn(result.warnings.map((w) => w.text).join('\n'));
    expect(errorTexts(result)).toEqual([]);
    expect(result.ok && result.data.people.length).toBeGreaterThan(0);
  });
});
