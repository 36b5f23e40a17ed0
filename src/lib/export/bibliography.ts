/**
 * The dataset's bibliography for reference managers: CSL-JSON (Zotero, Mendeley, pandoc) and
 * BibTeX. Authors are split into family and given names ("Robert Conquest", "J. Arch Getty
 * and Oleg V. Naumov", "Frederick C. Corney (ed.)"); an organisation ("Encyclopædia
 * Britannica", "Oxford Reference") stays one literal name. Pure: reads the model only.
 */
import type { Source } from '$lib/model/dataset/schema';

/** One CSL-JSON name. */
type CslName = { family: string; given?: string } | { literal: string };

/** One CSL-JSON item. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  issued: { 'date-parts': [[number]] };
  publisher?: string;
  URL?: string;
}

const CSL_TYPES: Record<string, string> = {
  scholarly: 'book',
  reference: 'entry-encyclopedia',
  primary: 'document',
  press: 'article-newspaper',
  web: 'webpage',
};
const BIBTEX_TYPES: Record<string, string> = {
  scholarly: 'book',
  reference: 'misc',
  primary: 'misc',
  press: 'article',
  web: 'online',
};
// Words that make an author an organisation, not a person
const ORGANISATION =
  /\b(encyclop|reference|press|university|institute|archive|library|committee|party|wikipedia|wikidata|britannica|treccani|larousse|times|pravda|news|museum|society|government|ministry|contributors)\b/i;

/** The people of an author field; `editor` when it ends with "(ed.)" or "(eds.)". */
export function splitAuthors(author: string): { names: CslName[]; editor: boolean } {
  const editor = /\((eds?\.?|editors?)\)\s*$/i.test(author);
  const text = author.replace(/\((eds?\.?|editors?)\)\s*$/i, '').trim();
  if (ORGANISATION.test(text) || !/\s/.test(text)) return { names: [{ literal: text }], editor };
  const names = text
    .split(/\s+and\s+|\s*;\s*|\s*&\s*/)
    .filter(Boolean)
    .map((name): CslName => {
      if (name.includes(',')) {
        const [family, given] = name.split(',').map((p) => p.trim());
        return given ? { family, given } : { family };
      }
      const parts = name.trim().split(/\s+/);
      const family = parts.pop() as string;
      return parts.length ? { family, given: parts.join(' ') } : { family };
    });
  return { names, editor };
}

/** The sources as CSL-JSON items. */
export function toCslJson(sources: readonly Source[]): CslItem[] {
  return sources.map((source) => {
    const { names, editor } = splitAuthors(source.author);
    return {
      id: source.id,
      type: CSL_TYPES[source.kind ?? 'scholarly'] ?? 'book',
      title: source.title,
      ...(editor ? { editor: names } : { author: names }),
      issued: { 'date-parts': [[source.year]] },
      ...(source.publisher ? { publisher: source.publisher } : {}),
      ...(source.url ? { URL: source.url } : {}),
    };
  });
}

/** The sources as a BibTeX file, one entry per source keyed by its id. */
export function toBibtex(sources: readonly Source[]): string {
  const entries = sources.map((source) => {
    const { names, editor } = splitAuthors(source.author);
    const e = escapeBibtex;
    const people = names
      .map((n) =>
        'literal' in n
          ? `{${e(n.literal)}}`
          : n.given
            ? `${e(n.family)}, ${e(n.given)}`
            : e(n.family),
      )
      .join(' and ');
    const fields: [string, string | number | undefined][] = [
      [editor ? 'editor' : 'author', people],
      ['title', source.title],
      ['year', source.year],
      ['publisher', source.publisher],
      ['url', source.url],
    ];
    const body = fields
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => {
        const raw = key === 'url' || key === 'author' || key === 'editor';
        const text = raw ? String(value) : escapeBibtex(String(value));
        // Titles keep their capitals: BibTeX styles would lower-case them
        return `  ${key} = {${key === 'title' ? `{${text}}` : text}}`;
      })
      .join(',\n');
    return `@${BIBTEX_TYPES[source.kind ?? 'scholarly'] ?? 'misc'}{${source.id},\n${body}\n}\n`;
  });
  return entries.join('\n');
}

/** Escapes the characters TeX reads as commands. */
function escapeBibtex(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (c) => TEX[c]);
}

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
