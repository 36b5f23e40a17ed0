import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lightPalette } from '$lib/graph/palette';
import { defaultFilters } from '$lib/model/view/filters';
import { buildTimeline, yearWindow } from '$lib/model/timeline/timeline';
import { alliance, betrayal, dataset, faction, person } from '$lib/testing/timeline-fixtures';
import { captionInfo, layoutCaption } from './caption';
import { textWidth, wrapText } from './text-wrap';
import { composeSvg, svgSize } from './svg';
import { findAll, parseXml, type XmlElement } from '$lib/testing/xml-parse';

const nasty = 'Tom & "Jerry" <b> O\'Neil — Бухарин\u0002';
const clean = 'Tom & "Jerry" <b> O\'Neil — Бухарин';

function sample(title = 'Succession & <rivals> — «Борьба»') {
  const data = dataset({
    sources: [{ id: 'test', author: 'A', title: 'T', year: 2000 }],
    people: [
      person('bukharin', { name: nasty }),
      person('lenin', {
        name: 'Lenin',
        died: '1924-01-21',
        fate: { kind: 'natural', date: '1924-01-21' },
      }),
    ],
    factions: [{ ...faction('right', '1928', '1930'), kind: 'opposition' }],
    alliances: [alliance('pact', 'bukharin', 'right', '1928')],
    betrayals: [betrayal('turn', 'bukharin', 'lenin', '1926')],
  });
  data.dataset.title = title;
  return data;
}

function caption(filters = defaultFilters, width = 800) {
  const data = sample();
  const state = buildTimeline(data).stateAt(yearWindow(1929));
  const info = captionInfo({
    data,
    year: 1929,
    state,
    filters,
    palette: lightPalette,
    highlighted: nasty,
  });
  return { info, layout: layoutCaption(info, width) };
}

// What cytoscape-svg returns: an SVG root with its own size, text as <text>
const graphSvg =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="400" height="300">' +
  '<defs/><g><text x="10" y="20">Tom &amp; Jerry</text><path d="M 0 0 L 10 10"/></g></svg>';

function texts(element: XmlElement): string[] {
  return findAll(element, 'text').map((t) => t.text);
}

describe('composeSvg', () => {
  const { info, layout } = caption();
  const svg = composeSvg({
    graphSvg,
    caption: layout,
    margin: 10,
    background: '#fff',
    title: `${nasty}, 1929`,
  });
  const root = parseXml(svg);

  it('is one well-formed SVG document with the graph nested above the caption', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    expect(root.name).toBe('svg');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svgSize(svg)).toEqual({ width: 800, height: 320 + layout.height });
    expect(root.attributes.viewBox).toBe(`0 0 800 ${320 + layout.height}`);
    const nested = findAll(root, 'svg');
    expect(nested).toHaveLength(2);
    expect(nested[1].attributes).toMatchObject({ width: '400', height: '300' });
    const group = root.children.find((c) => c.attributes.class === 'caption') as XmlElement;
    expect(group.attributes.transform).toBe('translate(0 320)');
  });

  it('keeps text as text and escapes what comes from data', () => {
    expect(findAll(root, 'title')[0].text).toBe(`${clean}, 1929`);
    const all = texts(root);
    expect(all).toContain('Tom & Jerry');
    expect(all).toContain('Year 1929');
    expect(all).toContain(info.title);
    expect(all.join(' ')).toContain(`Highlighted: ${clean}`);
    expect(svg).not.toContain('\u0002');
  });

  it('draws the legend: edge kinds as lines with their dash patterns, an arrow for betrayals', () => {
    // Every line but the rule across the top of the band (x1 = 0) is a legend sample
    const lines = findAll(root, 'line').filter((l) => l.attributes.x1 !== '0');
    expect(lines.map((l) => l.attributes.stroke)).toEqual([
      lightPalette.membership,
      lightPalette.alliance,
      lightPalette.rivalry,
      lightPalette.betrayal,
      lightPalette.betrayal,
    ]);
    expect(lines[2].attributes['stroke-dasharray']).toBe('8 5');
    const labels = texts(root);
    for (const label of [
      'Membership',
      'Alliance',
      'Rivalry',
      'Earlier betrayal',
      'Person',
      'Opposition',
    ]) {
      expect(labels).toContain(label);
    }
    expect(labels).not.toContain('Leadership'); // no active leadership faction in the sample
    expect(labels.join(' ')).toMatch(/Sources: .*test sources\.json \(1 work\)/);
  });

  it('says what the filters hide and leaves it out of the legend', () => {
    const filters = { ...defaultFilters, rivalries: false, dead: false, pastBetrayals: false };
    const { info: hidden } = caption(filters);
    expect(hidden.notes[0]).toBe('Not shown: rivalries, earlier betrayals, the dead.');
    const labels = hidden.legend.map((item) => item.label);
    expect(labels).not.toContain('Rivalry');
    expect(labels).not.toContain('Earlier betrayal');
    expect(labels.some((l) => l.startsWith('Dead'))).toBe(false);
  });
});

describe('caption layout', () => {
  it('keeps every line inside the band and grows taller when narrower', () => {
    for (const width of [320, 600, 1200]) {
      const { layout } = caption(defaultFilters, width);
      for (const t of layout.texts)
        expect(t.x + textWidth(t.text, t.size, t.weight)).toBeLessThanOrEqual(width - 15);
      for (const s of layout.samples) expect(s.x + s.width).toBeLessThanOrEqual(width - 15);
    }
    expect(caption(defaultFilters, 320).layout.height).toBeGreaterThan(
      caption(defaultFilters, 1200).layout.height,
    );
  });

  it('wraps text without losing characters or exceeding the width (long words are cut)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }).filter((w) => !/\s/.test(w))),
        fc.integer({ min: 80, max: 900 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, 12, 'normal');
          for (const line of lines)
            expect(textWidth(line, 12, 'normal')).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});
