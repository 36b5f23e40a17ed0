import { describe, expect, it } from 'vitest';
import {
  citationSuffix,
  citationText,
  resolveSources,
  safeHttpUrl,
  shortCitation,
} from './citations';
import type { Source } from './schema';

const bibliography = new Map<string, Source>([
  ['c', { id: 'c', author: 'Robert Conquest', title: 'The Great Terror', year: 1990 }],
  ['w', { id: 'w', author: 'W', title: 'Page', year: 2020, url: 'http://example.org/x' }],
]);

describe('safeHttpUrl', () => {
  it('keeps http(s) URLs only', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('HTTP://example.org')).toBe('HTTP://example.org');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//example.org',
      'https://',
      '',
    ]) {
      expect(safeHttpUrl(bad)).toBeUndefined();
    }
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});

describe('resolveSources', () => {
  it('fills in the bibliography and keeps unknown ids visible', () => {
    const out = resolveSources(
      [{ source: 'w', page: '3', note: 'n' }, { source: 'missing' }],
      bibliography,
    );
    expect(out).toEqual([
      {
        id: 'w',
        author: 'W',
        title: 'Page',
        year: 2020,
        page: '3',
        note: 'n',
        url: 'http://example.org/x',
      },
      { id: 'missing', author: 'Unknown source', title: 'missing' },
    ]);
  });
});

describe('citation text', () => {
  const [conquest] = resolveSources([{ source: 'c', page: '12', note: 'on Kirov' }], bibliography);
  it('formats short, full and trailing forms', () => {
    expect(shortCitation([conquest])).toBe('Robert Conquest 1990');
    expect(shortCitation([])).toBe('');
    expect(citationText(conquest)).toBe('Robert Conquest, The Great Terror (1990), p. 12');
    expect(citationSuffix(conquest)).toBe('(1990), p. 12 — on Kirov');
    expect(citationSuffix({ id: 'x', author: 'A', title: 'T', page: '4' })).toBe('p. 4');
    expect(citationSuffix({ id: 'x', author: 'A', title: 'T' })).toBe('');
  });
});
