/**
 * Ids that are also names of Object.prototype's members (`constructor`, `valueof`, …) are
 * valid slugs: the layout must place them like any other id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '$lib/io/json/load';
import { computeLayout } from './layout';
import { errorTexts } from '$lib/testing/loaded';

const dir = fileURLToPath(new URL('../io/fixtures/valid/', import.meta.url));
const bundle: Record<string, unknown> = {};
for (const file of readdirSync(dir)) {
  const doc = JSON.parse(readFileSync(dir + file, 'utf8')) as { items?: unknown };
  const name = file.replace('.json', '');
  if (name !== 'layout') bundle[name] = name === 'dataset' ? doc : doc.items;
}

describe('computeLayout with prototype-like ids', () => {
  for (const id of ['constructor', 'prototype', 'valueof', 'hasownproperty']) {
    it(`places a person with the id "${id}"`, () => {
      const text = JSON.stringify(bundle)
        .replaceAll('"trotsky"', `"${id}"`)
        .replaceAll('"politburo"', '"constructor-of-power"');
      const result = loadBundle(text);
      expect(errorTexts(result)).toEqual([]);
      if (!result.ok) return;
      const { positions } = computeLayout(result.data);
      expect(Object.keys(positions).sort()).toEqual(
        [...result.data.people, ...result.data.factions].map((r) => r.id).sort(),
      );
      expect(Object.hasOwn(positions, id)).toBe(true);
      for (const p of Object.values(positions)) {
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      }
    });
  }
});
