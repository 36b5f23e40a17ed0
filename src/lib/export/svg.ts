/**
 * The exported SVG document: the graph's SVG (drawn by cytoscape-svg, text as `<text>`) with
 * the caption band beneath it. Pure string work, so it is unit-tested without a browser.
 */
import type { CaptionLayout } from './caption';
import { captionSvg } from './caption-svg';
import { escapeXml, stripInvalidXml } from './xml';

/** Width and height (pixels) of an SVG document's root element; 0 when missing. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) =>
    Number(new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(root)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

/**
 * One SVG document: the graph's own SVG nested at the top (with `margin` pixels around it),
 * the caption band below, the background behind both. `title` becomes the `<title>`.
 */
export function composeSvg(input: {
  graphSvg: string;
  caption: CaptionLayout;
  margin?: number;
  background: string;
  title: string;
}): string {
  const margin = input.margin ?? 0;
  const graph = stripInvalidXml(input.graphSvg)
    .replace(/<\?xml[^>]*\?>\s*/g, '')
    .replace(/<!DOCTYPE[^>]*>\s*/gi, '')
    .trim();
  const size = svgSize(graph);
  const graphHeight = size.height + 2 * margin;
  const width = Math.ceil(Math.max(size.width + 2 * margin, input.caption.width));
  const height = Math.ceil(graphHeight + input.caption.height);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(input.background)}"/>`,
    `<g class="graph" transform="translate(${margin} ${margin})">`,
    graph,
    '</g>',
    captionSvg(input.caption, graphHeight),
    '</svg>',
    '',
  ].join('\n');
}
