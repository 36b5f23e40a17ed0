import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseExamples } from './examples';
import { loadBundle } from './json/load';
import { errorTexts } from '$lib/testing/loaded';

describe('parseExamples', () => {
  it('keeps well-formed entries and drops the rest', () => {
    const value = {
      examples: [
        { file: 'a.json', title: 'A', description: 'About A' },
        { file: '../secret.json', title: 'Escapes the folder' },
        { file: 'b.json' },
        null,
      ],
    };
    expect(parseExamples(value)).toEqual([{ file: 'a.json', title: 'A', description: 'About A' }]);
    expect(parseExamples(null)).toEqual([]);
    expect(parseExamples({ examples: 'x' })).toEqual([]);
  });

  it('lists bundles in static/examples that load without errors', () => {
    const index = JSON.parse(readFileSync('static/examples/index.json', 'utf8'));
    const examples = parseExamples(index);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const text = readFileSync(`static/examples/${example.file}`, 'utf8');
      const result = loadBundle(text, example.file);
      expect(errorTexts(result)).toEqual([]);
      if (result.ok) {
        // A bundle the page fetches ships its layout: nothing to compute
        const ids = [...result.data.people, ...result.data.factions].map((r) => r.id);
        expect(ids.every((id) => result.data.layout?.positions[id])).toBe(true);
      }
    }
  });
});
