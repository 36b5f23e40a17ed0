import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle, loadDatasetFiles, requiredFiles } from './load';
import { MAX_FILE_CHARS, MAX_LISTED, MAX_RECORDS } from './limits';
import { errorTexts } from '$lib/testing/loaded';

const fixture = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

function validFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(fixture)) files[file] = readFileSync(fixture + file, 'utf8');
  return files;
}

/** The valid fixture as one bundle object. */
function validBundle(): Record<string, unknown> {
  const files = validFiles();
  const bundle: Record<string, unknown> = {};
  for (const [file, text] of Object.entries(files)) {
    const value = JSON.parse(text);
    const name = file.replace('.json', '');
    bundle[name] = 'items' in value ? value.items : value;
  }
  return bundle;
}

/** The errors of the valid files with some replaced: by a text, or by what `edit` makes of it. */
function errorsWith(edits: Record<string, string | ((valid: string) => string)>): string[] {
  const files = validFiles();
  for (const [file, edit] of Object.entries(edits))
    files[file] = typeof edit === 'string' ? edit : edit(files[file]);
  return errorTexts(loadDatasetFiles(files));
}

/** The 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('loadDatasetFiles', () => {
  it('loads the valid files; layout.json is optional; other files are ignored', () => {
    const files = validFiles();
    delete files['layout.json'];
    files['README.json'] = 'not even JSON';
    const result = loadDatasetFiles(files);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.layout).toBeUndefined();
    expect(result.data.people.map((p) => p.id)).toEqual([
      'stalin',
      'trotsky',
      'zinoviev',
      'kamenev',
    ]);
    // Defaults from the schema are filled in
    expect(result.data.people[2].roles).toEqual([]);
  });

  it('reports each missing file', () => {
    const result = loadDatasetFiles({});
    expect(errorTexts(result)).toEqual(
      requiredFiles.map((file) => `${file}:1:1 is missing (every dataset needs this file)`),
    );
  });

  it('prefixes the folder only in the formatted text', () => {
    const files = validFiles();
    files['people.json'] = '[]';
    const result = loadDatasetFiles(files, { dir: 'data/' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: 'people.json', line: 1, column: 1 });
    expect(result.errors[0].text).toBe('data/people.json:1:1 expected object, got array');
  });

  it('still checks the schemas of the other files when one has a syntax error', () => {
    const files = validFiles();
    files['events.json'] = '{"items": [}';
    files['sources.json'] = files['sources.json'].replace('"year": 2004', '"year": 2004.5');
    expect(errorTexts(loadDatasetFiles(files))).toEqual([
      `sources.json:${positionOf(files['sources.json'], '2004.5')} source "service-2004" .year: expected an integer, got 2004.5`,
      'events.json:1:12 syntax error: expected a value (found "}")',
    ]);
  });

  it('refuses non-text contents and files over the size limit before parsing', () => {
    const files: Record<string, unknown> = validFiles();
    files['people.json'] = 42;
    files['events.json'] = ' '.repeat(MAX_FILE_CHARS + 1);
    const texts = errorTexts(loadDatasetFiles(files as Record<string, string>));
    expect(texts).toEqual([
      'people.json:1:1 is not text (expected JSON text, got number)',
      'events.json:1:1 is too large (20.0 MB; the limit for one file is 20 MB)',
    ]);
  });

  it('refuses a dataset over the record limit, naming the limit', () => {
    const items = Array.from({ length: MAX_RECORDS }, () => ({}));
    expect(errorsWith({ 'events.json': JSON.stringify({ items }) })).toEqual([
      'events.json:1:1 the dataset has 250,020 records (the limit is 250,000)',
    ]);
  });

  it('lists at most MAX_LISTED errors and says how many more there are', () => {
    const files = validFiles();
    const items = Array.from({ length: MAX_LISTED + 5 }, (_, i) => ({ id: `s${i}` }));
    files['sources.json'] = JSON.stringify({ items });
    const result = loadDatasetFiles(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_LISTED + 1);
    expect(result.errors[MAX_LISTED].message).toMatch(
      /^… and [\d,]+ more errors \(only the first 1,000/,
    );
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [
      null,
      undefined,
      42,
      'text',
      [],
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const files of weird) {
      const result = loadDatasetFiles(files as Record<string, string>, null as never);
      expect(result.ok).toBe(false);
    }
  });
});

describe('messages', () => {
  const withPerson = (patch: Record<string, unknown>) => {
    const files = validFiles();
    const people = JSON.parse(files['people.json']);
    Object.assign(people.items[0], patch);
    files['people.json'] = JSON.stringify(people, null, 2);
    return errorTexts(loadDatasetFiles(files)).map((t) =>
      t.replace(/^people\.json:\d+:\d+ person "stalin" /, ''),
    );
  };

  it('says what was expected for each kind of schema problem', () => {
    expect(withPerson({ born: 1878 })).toEqual([
      '.born: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got number',
    ]);
    expect(withPerson({ born: '1878-02-30' })).toEqual([
      '.born: "1878-02-30" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(withPerson({ aliases: 'Koba' })).toEqual(['.aliases: expected array, got string']);
    expect(withPerson({ summary: '' })).toEqual(['.summary: is empty (expected text)']);
    expect(withPerson({ summary: 'x'.repeat(20_001) })).toEqual([
      '.summary: is too long (20,001 characters; expected at most 20,000)',
    ]);
    expect(withPerson({ sources: [] })).toEqual([
      '.sources: has no source (expected at least one)',
    ]);
    expect(withPerson({ fate: { kind: 'shot', date: '1953' } })).toEqual([
      '.fate.kind: "shot" is not allowed (expected one of "natural", "executed", "suicide", "assassinated", "killed-in-prison", "killed-abroad", "killed-in-battle")',
    ]);
    // The record is then named by the id as written
    expect(withPerson({ id: 'Stalin' })).toEqual([
      'people.json:4:13 person "Stalin" .id: "Stalin" is not an id (expected a lowercase kebab-case slug)',
    ]);
  });

  it('names a record by index when it has no usable id', () => {
    expect(errorsWith({ 'rivalries.json': '{"items": [{"a": "stalin"}, 7]}' })).toEqual([
      'rivalries.json:1:12 rivalry at index 0 .id: is missing (expected string)',
      'rivalries.json:1:12 rivalry at index 0 .b: is missing (expected string)',
      'rivalries.json:1:12 rivalry at index 0 .from: is missing (expected a date: YYYY, YYYY-MM or YYYY-MM-DD)',
      'rivalries.json:1:12 rivalry at index 0 .summary: is missing (expected string)',
      'rivalries.json:1:12 rivalry at index 0 .sources: is missing (expected array)',
      'rivalries.json:1:29 rivalry at index 1: expected object, got number',
    ]);
  });

  it('reports a repeated field at its second occurrence and keeps the first', () => {
    const twice = (valid: string) =>
      valid.replace('"a": "stalin",', '"a": "stalin",\n      "a": "kamenev",');
    expect(errorsWith({ 'rivalries.json': twice })).toEqual([
      'rivalries.json:5:7 rivalry "stalin-trotsky" .a: appears twice in one object (expected each field once; the first is used)',
    ]);
  });

  it('reports comments, trailing commas and empty files as syntax errors', () => {
    const texts = (text: string) => errorsWith({ 'events.json': text });
    expect(texts('{"items": []} // none')).toEqual([
      'events.json:1:15 syntax error: comments are not allowed in JSON (found "// none")',
    ]);
    expect(texts('{"items": [],\n}')).toEqual([
      'events.json:1:13 syntax error: trailing comma (not allowed in JSON)',
    ]);
    expect(texts('')).toEqual([
      'events.json:1:1 syntax error: expected a value (found the end of the file)',
    ]);
    expect(texts('{"items": [\n\n')).toEqual([
      'events.json:3:1 syntax error: expected a closing bracket "]" (found the end of the file)',
    ]);
    expect(texts('[[[[[[[[[['.repeat(7))[0]).toMatch(
      /^events.json:1:65 nests arrays and objects deeper than 64 levels/,
    );
  });

  it('counts lines in CRLF files and after a byte order mark like editors do', () => {
    const crlf = '\ufeff{\r\n  "items": [\r\n    3\r\n  ]\r\n}\r\n';
    expect(errorsWith({ 'events.json': crlf })).toEqual([
      'events.json:3:5 event at index 0: expected object, got number',
    ]);
  });

  it('treats __proto__, constructor and prototype as ordinary unknown fields', () => {
    const texts = errorsWith({
      'rivalries.json': (valid) =>
        valid.replace(
          '"a": "stalin",',
          '"a": "stalin", "__proto__": {"polluted": true}, "constructor": 1, "prototype": 2,',
        ),
    });
    expect(texts.map((t) => t.replace(/^.*\.(\w+): /, ''))).toEqual([
      'unknown field "__proto__"',
      'unknown field "constructor"',
      'unknown field "prototype"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('loadBundle', () => {
  it('loads a valid bundle', () => {
    const result = loadBundle(JSON.stringify(validBundle()));
    expect(errorTexts(result)).toEqual([]);
    expect(result.ok && result.data.events).toHaveLength(2);
  });

  it('points schema problems into the bundle', () => {
    const bundle = validBundle();
    (bundle.people as { born: string }[])[3].born = '1883-13';
    const text = JSON.stringify(bundle, null, 2);
    const result = loadBundle(text, 'factions-1929.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      file: 'factions-1929.json',
      path: ['people', 3, 'born'],
    });
    expect(result.errors[0].text).toBe(
      `factions-1929.json:${positionOf(text, '"1883-13"')} person "kamenev" .born: "1883-13" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  });

  it('points cross-record problems into the bundle', () => {
    const bundle = validBundle();
    (bundle.alliances as { b: string }[])[1].b = 'kamenyev';
    (bundle.dataset as { defaultTime: string }).defaultTime = '1950';
    const text = JSON.stringify(bundle, null, 2);
    expect(errorTexts(loadBundle(text))).toEqual([
      // Ordered by position in the file: the alliances come before the dataset here
      `bundle.json:${positionOf(text, '"kamenyev"')} alliance "zinoviev-kamenev" .b: references unknown person or faction "kamenyev"`,
      `bundle.json:${positionOf(text, '"1950"')} dataset "fixture" .defaultTime: "1950" is outside the range (expected a date from "1924" to "1938")`,
    ]);
  });

  it('points layout warnings into the bundle', () => {
    const bundle = validBundle();
    (bundle.layout as { positions: Record<string, unknown> }).positions.lenin = { x: 0, y: 0 };
    const text = JSON.stringify(bundle, null, 2);
    const result = loadBundle(text);
    expect(result.ok).toBe(true);
    // The value after `"lenin": `, 9 characters after the key
    const [line, column] = positionOf(text, '"lenin"').split(':').map(Number);
    expect(result.warnings.map((w) => [w.path, w.text])).toEqual([
      [
        ['layout', 'positions', 'lenin'],
        `bundle.json:${line}:${column + 9} layout .positions.lenin: "lenin" is not a person or faction (run npm run layout to refresh the layout)`,
      ],
    ]);
  });

  it('reports missing and unknown collections', () => {
    const bundle = validBundle();
    delete bundle.events;
    bundle.extra = [];
    expect(errorTexts(loadBundle(JSON.stringify(bundle)))).toEqual([
      'bundle.json:1:1 .events: is missing (expected array)',
      `bundle.json:${positionOf(JSON.stringify(bundle), '"extra"')} .extra: unknown field "extra"`,
    ]);
  });

  it('never throws on non-text input', () => {
    for (const input of [undefined, null, 5, {}, Symbol('x')]) {
      expect(loadBundle(input as unknown as string).ok).toBe(false);
    }
  });
});
