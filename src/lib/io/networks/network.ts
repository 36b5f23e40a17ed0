/**
 * A network read from a graph file (GEXF, GraphML) before it is mapped onto the dataset
 * format: nodes and edges with their attributes, time spells and drawing, each remembering
 * where it stands in the file.
 */
import type { At, XmlAttribute, XmlElement } from './xml-tree';
import { formatProblem, type LocatedProblem } from '../../model/dataset/problems';

/** A time span of a node or edge, as dates (`YYYY`, `YYYY-MM-DD`) or as written when unreadable. */
export interface NetSpell {
  start?: XmlAttribute;
  end?: XmlAttribute;
}

/** A node: its id, label, attributes by name, spells and drawing. */
export interface NetNode {
  id: XmlAttribute;
  label?: XmlAttribute;
  attributes: Map<string, XmlAttribute>;
  spells: NetSpell[];
  position?: { x: number; y: number };
  color?: string;
  at: At;
}

/** An edge: its ends, attributes by name and spells. */
export interface NetEdge {
  id?: XmlAttribute;
  source: XmlAttribute;
  target: XmlAttribute;
  attributes: Map<string, XmlAttribute>;
  spells: NetSpell[];
  at: At;
}

/** A whole network, with the problems met while reading it. */
export interface Network {
  file: string;
  /** "GEXF 1.3", "GraphML", for messages and the import source's title. */
  format: string;
  description?: string;
  /** The time the graph says it covers (GEXF's `<graph start end>`). */
  bounds?: NetSpell;
  nodes: NetNode[];
  edges: NetEdge[];
  problems: LocatedProblem[];
}

/** A problem at a place in a graph file, formatted like the loader's. */
export function netProblem(
  file: string,
  at: At,
  message: string,
  severity: 'error' | 'warning' = 'error',
): LocatedProblem {
  const problem = { severity, file, path: [], message, line: at.line, column: at.column };
  return { ...problem, text: formatProblem(problem) };
}

/** An `<edge>`'s two ends; undefined, with a problem, when one is missing. */
export function edgeEnds(
  file: string,
  edge: XmlElement,
  problems: LocatedProblem[],
): { source: XmlAttribute; target: XmlAttribute } | undefined {
  const source = edge.attributes.get('source');
  const target = edge.attributes.get('target');
  if (source && target) return { source, target };
  problems.push(
    netProblem(file, edge.at, `is an <edge> without a ${source ? 'target' : 'source'}`),
  );
  return undefined;
}

/**
 * A time value as a dataset date: `1924-01-21T10:00:00` → `1924-01-21`; with
 * `timeformat="double"` or `integer`, `1924.0` → `1924` and a fraction → its day of that year.
 * Anything else is returned as written, for the schema to report where it stands.
 */
export function timeValue(raw: string, timeformat: string): string {
  const value = raw.trim();
  const day = /^(-?\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (day) return day[1];
  if (/^(double|integer|float|long)$/i.test(timeformat) || /^-?\d+(\.\d+)?$/.test(value)) {
    const number = Number(value);
    if (value !== '' && Number.isFinite(number) && Math.abs(number) < 10_000) {
      const year = Math.floor(number);
      const fraction = number - year;
      const pad = (n: number, width: number) => String(n).padStart(width, '0');
      if (fraction < 1e-9) return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const date = new Date(
        Date.UTC(year, 0, 1) + Math.floor(fraction * (leap ? 366 : 365)) * 864e5,
      );
      return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
    }
  }
  return value;
}

/** A colour `#rrggbb` from r, g, b strings (0–255), or undefined. */
export function rgbHex(r?: string, g?: string, b?: string): string | undefined {
  const parts = [r, g, b].map((v) => Number(v));
  if (parts.some((v) => !Number.isInteger(v) || v < 0 || v > 255)) return undefined;
  return `#${parts.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
