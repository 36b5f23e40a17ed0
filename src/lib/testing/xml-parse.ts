/**
 * A strict little XML 1.0 reader for the specs of the SVG and GEXF writers (no DTDs, no
 * namespaces resolution): it throws on anything not well-formed and returns the element tree
 * with attribute values and text decoded, so specs can compare them with the data.
 */

/** An element: its name, decoded attributes, child elements and decoded text content. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_:][-\\w.:]*';
const START_TAG = new RegExp(
  `<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
  'y',
);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Decodes the five predefined entities and character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, ref: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[ref]) return named[ref];
    return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
  });
}

function checkText(text: string, where: number): string {
  if (BAD_AMPERSAND.test(text)) throw new Error(`bare "&" at ${where}`);
  if (text.includes(']]>')) throw new Error(`"]]>" in text at ${where}`);
  return decodeXml(text);
}

/** Parses a whole document; throws with the offset of the first problem. */
export function parseXml(xml: string): XmlElement {
  const illegal = ILLEGAL.exec(xml);
  if (illegal)
    throw new Error(`character U+${illegal[0].codePointAt(0)?.toString(16)} is not allowed in XML`);
  let at = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt === -1 ? xml.length : lt);
    if (stack.length) stack[stack.length - 1].text += checkText(text, at);
    else if (text.trim()) throw new Error(`text outside the root element at ${at}`);
    if (lt === -1) break;
    at = lt;
    const skip = (open: string, close: string) => {
      if (!xml.startsWith(open, at)) return false;
      const end = xml.indexOf(close, at + open.length);
      if (end === -1) throw new Error(`unclosed ${open} at ${at}`);
      at = end + close.length;
      return true;
    };
    if (skip('<!--', '-->') || skip('<?', '?>') || skip('<!DOCTYPE', '>')) continue;
    END_TAG.lastIndex = at;
    const end = END_TAG.exec(xml);
    if (end) {
      const open = stack.pop();
      if (open?.name !== end[1]) throw new Error(`</${end[1]}> closes <${open?.name}> at ${at}`);
      at = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = at;
    const start = START_TAG.exec(xml);
    if (!start) throw new Error(`malformed tag at ${at}: ${xml.slice(at, at + 40)}`);
    const element: XmlElement = { name: start[1], attributes: {}, children: [], text: '' };
    for (const [, name, double, single] of start[2].matchAll(ATTRIBUTE)) {
      if (name in element.attributes) throw new Error(`duplicate attribute ${name} at ${at}`);
      element.attributes[name] = checkText(double ?? single, at);
    }
    if (stack.length) stack[stack.length - 1].children.push(element);
    else if (root) throw new Error(`a second root element at ${at}`);
    else root = element;
    if (!start[3]) stack.push(element);
    at = START_TAG.lastIndex;
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element named `name` in the tree, depth first. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (element.name === name) found.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return found;
}
