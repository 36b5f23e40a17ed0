import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/model/dataset/schema';
import { splitAuthors, toBibtex, toCslJson } from './bibliography';

const sources: Source[] = [
  {
    id: 'conquest-great-terror',
    kind: 'scholarly',
    author: 'Robert Conquest',
    title: 'The Great Terror: A Reassessment',
    year: 1990,
    publisher: 'Oxford University Press',
  },
  {
    id: 'getty-naumov',
    kind: 'scholarly',
    author: 'J. Arch Getty and Oleg V. Naumov',
    title: 'The Road to Terror',
    year: 1999,
  },
  {
    id: 'britannica-zinoviev',
    kind: 'reference',
    author: 'Encyclopædia Britannica',
    title: 'Grigory Zinoviev',
    year: 2024,
    url: 'https://www.britannica.com/biography/Grigory-Yevseyevich-Zinovyev',
  },
  {
    id: 'corney',
    author: 'Frederick C. Corney (ed.)',
    title: 'Trotsky’s Challenge: 50% & {more}',
    year: 2016,
  },
];

describe('splitAuthors', () => {
  it('splits people into family and given names, keeps organisations whole, finds editors', () => {
    expect(splitAuthors('J. Arch Getty and Oleg V. Naumov')).toEqual({
      names: [
        { family: 'Getty', given: 'J. Arch' },
        { family: 'Naumov', given: 'Oleg V.' },
      ],
      editor: false,
    });
    expect(splitAuthors('Encyclopædia Britannica').names).toEqual([
      { literal: 'Encyclopædia Britannica' },
    ]);
    expect(splitAuthors('Conquest, Robert').names).toEqual([
      { family: 'Conquest', given: 'Robert' },
    ]);
    expect(splitAuthors('Frederick C. Corney (ed.)')).toEqual({
      names: [{ family: 'Corney', given: 'Frederick C.' }],
      editor: true,
    });
  });
});

describe('toCslJson', () => {
  it('writes CSL-JSON items Zotero imports', () => {
    const items = toCslJson(sources);
    expect(items[0]).toEqual({
      id: 'conquest-great-terror',
      type: 'book',
      title: 'The Great Terror: A Reassessment',
      author: [{ family: 'Conquest', given: 'Robert' }],
      issued: { 'date-parts': [[1990]] },
      publisher: 'Oxford University Press',
    });
    expect(items[2]).toMatchObject({
      type: 'entry-encyclopedia',
      author: [{ literal: 'Encyclopædia Britannica' }],
      URL: 'https://www.britannica.com/biography/Grigory-Yevseyevich-Zinovyev',
    });
    expect(items[3]).toMatchObject({ editor: [{ family: 'Corney', given: 'Frederick C.' }] });
    expect(items[3]).not.toHaveProperty('author');
  });
});

describe('toBibtex', () => {
  it('writes one entry per source, escaping what TeX reads as commands', () => {
    const bib = toBibtex(sources);
    expect(bib).toContain(
      '@book{conquest-great-terror,\n  author = {Conquest, Robert},\n  title = {{The Great Terror: A Reassessment}},\n  year = {1990},\n  publisher = {Oxford University Press}\n}\n',
    );
    expect(bib).toContain('author = {Getty, J. Arch and Naumov, Oleg V.}');
    expect(bib).toContain('@misc{britannica-zinoviev,\n  author = {{Encyclopædia Britannica}}');
    expect(bib).toContain(
      'url = {https://www.britannica.com/biography/Grigory-Yevseyevich-Zinovyev}',
    );
    expect(bib).toContain('editor = {Corney, Frederick C.}');
    expect(bib).toContain('title = {{Trotsky’s Challenge: 50\\% \\& \\{more\\}}}');
    expect(bib.match(/^@/gm)).toHaveLength(4);
  });
});
