/**
 * XML text helpers shared by the SVG and GEXF writers: every string that comes from data goes
 * through `escapeXml` before it reaches a document.
 */

// Characters XML 1.0 forbids anywhere (control characters, lone surrogates, U+FFFE, U+FFFF)
const ILLEGAL_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Removes the characters XML 1.0 does not allow (they cannot even be escaped). */
export function stripInvalidXml(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

/**
 * Escapes text for XML element content and attribute values (either quote): `& < > " '`, and
 * tabs and line breaks as character references so attribute values keep them. Characters
 * illegal in XML 1.0 are dropped.
 */
export function escapeXml(value: string | number | boolean): string {
  return stripInvalidXml(String(value)).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}

/** ` name="value"` for each defined entry, escaped; undefined values are left out. */
export function xmlAttributes(
  attributes: Record<string, string | number | boolean | undefined>,
): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeXml(value)}"`;
  }
  return out;
}
