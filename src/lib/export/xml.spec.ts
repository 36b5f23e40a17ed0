import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeXml, stripInvalidXml, xmlAttributes } from './xml';
import { parseXml } from '$lib/testing/xml-parse';

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`Tom & "Jerry" <'b'>`)).toBe(
      'Tom &amp; &quot;Jerry&quot; &lt;&apos;b&apos;&gt;',
    );
  });

  it('keeps Cyrillic and other non-ASCII text as it is', () => {
    expect(escapeXml('Бухарин — «Правда»')).toBe('Бухарин — «Правда»');
  });

  it('drops characters XML 1.0 forbids and keeps line breaks as references', () => {
    expect(escapeXml('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('one\ntwo\tthree')).toBe('one&#10;two&#9;three');
    expect(stripInvalidXml('😀\u001F')).toBe('😀');
  });

  it('writes only defined attributes', () => {
    expect(xmlAttributes({ id: 'a&b', end: undefined, n: 3 })).toBe(' id="a&amp;b" n="3"');
  });

  it('round-trips any string through an attribute and through text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const doc = parseXml(
          `<a v="${escapeXml(value)}" w='${escapeXml(value)}'>${escapeXml(value)}</a>`,
        );
        const expected = stripInvalidXml(value);
        expect(doc.attributes.v).toBe(expected);
        expect(doc.attributes.w).toBe(expected);
        expect(doc.text).toBe(expected);
      }),
    );
  });
});
