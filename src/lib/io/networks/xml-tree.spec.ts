/**
 * The XML reader: positions of elements and attributes, DTDs refused (no XXE, no billion
 * laughs), and no input that makes it or the graph importers throw (fuzzed).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damagedText } from '$lib/testing/damaged-text';
import { loadGraphFile } from './graph-file';
import { parseXml } from './xml-tree';

const gexf = readFileSync(new URL('../fixtures/gephi-0.10-dynamic.gexf', import.meta.url), 'utf8');

describe('parseXml', () => {
  it('places elements and attributes at their line and column', () => {
    const parsed = parseXml('<?xml version="1.0"?>\n<a x="1">\n  <b  y = "2">t</b></a>');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.root.at).toEqual({ line: 2, column: 1 });
    const b = parsed.root.children[0];
    expect(b.at).toEqual({ line: 3, column: 3 });
    expect(b.attributes.get('y')).toEqual({ value: '2', at: { line: 3, column: 7 } });
    expect(b.text).toBe('t');
  });

  it('says where XML is not well-formed', () => {
    const parsed = parseXml('<a>\n  <b></c>\n</a>');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^is not well-formed XML: /);
    expect(!parsed.ok && parsed.at.line).toBe(2);
  });

  const attacks = {
    'an external entity (XXE)':
      '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<gexf><graph><nodes><node id="&xxe;"/></nodes></graph></gexf>',
    'an external DTD':
      '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://evil.example/graphml.dtd">\n<graphml/>',
    'a billion laughs': `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
    ).join('')}]>\n<lolz>&lol9;</lolz>`,
  };
  for (const [name, text] of Object.entries(attacks)) {
    it(`refuses ${name}, at the DOCTYPE`, () => {
      const parsed = parseXml(text);
      expect(parsed).toEqual({
        ok: false,
        message:
          'has a DOCTYPE (DTDs and entity declarations are refused: they can read local files or expand without end)',
        at: { line: 2, column: 1 },
      });
      const result = loadGraphFile({ name: 'attack.gexf', text });
      expect(!result.ok && result.errors[0].text).toMatch(/^attack\.gexf:2:1 has a DOCTYPE/);
    });
  }

  it('refuses nesting deeper than any graph file needs', () => {
    const parsed = parseXml(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`);
    expect(!parsed.ok && parsed.message).toMatch(/nests elements more than 64 deep/);
  });

  it('never throws, and places every failure inside the text (fuzzed)', () => {
    const xmlish = fc
      .array(
        fc.oneof(
          fc.constantFrom('<', '>', '/', '=', '"', '&', ';', '<!DOCTYPE', '<![CDATA[', ']]>', '\n'),
          fc.constantFrom('<node id="a">', '</node>', '<edge source="a" target="b"/>', '&amp;'),
          fc.string({ maxLength: 5 }),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(xmlish, fc.string()), (text) => {
        const parsed = parseXml(text);
        if (!parsed.ok) {
          expect(parsed.at.line).toBeGreaterThanOrEqual(1);
          expect(parsed.at.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
          expect(parsed.at.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a damaged GEXF gives errors with positions, never a throw (fuzzed)', () => {
    fc.assert(
      fc.property(damagedText(gexf, 40, 8), (text) => {
        const result = loadGraphFile({ name: 'g.gexf', text });
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.text).toMatch(/^g\.gexf:\d+:\d+ /);
        }
      }),
      { numRuns: 150 },
    );
  });
});
