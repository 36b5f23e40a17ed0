import { describe, expect, it } from 'vitest';
import { fetchText, resolveDataUrl } from './fetch-text';
import { readPickedFiles } from './browser-files';

const base = 'https://factions.example/app/';
const answer =
  (body: BodyInit | null, init: ResponseInit = {}): typeof fetch =>
  async () =>
    new Response(body, init);

describe('fetchText', () => {
  it('returns the text of a file, resolving a relative address against the page', async () => {
    const result = await fetchText('examples/x.json', { base, fetch: answer('{"a":1}') });
    expect(result).toEqual({
      ok: true,
      url: 'https://factions.example/app/examples/x.json',
      text: '{"a":1}',
    });
  });

  it('refuses addresses that are not http(s)', async () => {
    expect(resolveDataUrl('javascript:alert(1)', base)).toBeUndefined();
    expect(await fetchText('file:///etc/passwd', { base })).toEqual({
      ok: false,
      message: '"file:///etc/passwd" is not an http(s) address.',
    });
  });

  it('says what the server answered', async () => {
    const result = await fetchText('https://x.example/b.json', {
      fetch: answer('no', { status: 404, statusText: 'Not Found' }),
    });
    expect(result).toEqual({
      ok: false,
      message: 'Could not fetch https://x.example/b.json: the server answered 404 Not Found.',
    });
  });

  it('explains a network or CORS failure', async () => {
    const fetch: typeof globalThis.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const result = await fetchText('https://x.example/b.json', { fetch });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/request failed \(Failed to fetch\).*CORS/);
  });

  it('refuses files over the limit, by header or while reading', async () => {
    const declared = await fetchText('https://x.example/b.json', {
      maxBytes: 10,
      fetch: answer('x', { headers: { 'content-length': String(30 * 1024 * 1024) } }),
    });
    expect(!declared.ok && declared.message).toMatch(/too large \(30\.0 MB; the limit/);
    const streamed = await fetchText('https://x.example/b.json', {
      maxBytes: 10,
      fetch: answer('x'.repeat(11)),
    });
    expect(!streamed.ok && streamed.message).toMatch(/too large \(over 0\.0 MB/);
  });

  it('gives up after the timeout', async () => {
    const fetch: typeof globalThis.fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted'))),
      );
    const result = await fetchText('https://x.example/b.json', { fetch, timeoutMs: 20 });
    expect(result).toEqual({
      ok: false,
      message: 'Could not fetch https://x.example/b.json: no answer within 0 seconds.',
    });
  });
});

describe('readPickedFiles', () => {
  const file = (name: string, text = '{}', size = text.length) => ({
    name,
    size,
    text: async () => text,
  });

  it('reads .json and .csv files', async () => {
    expect(await readPickedFiles([file('a.json'), file('b.CSV', 'x')])).toEqual({
      ok: true,
      files: [
        { name: 'a.json', text: '{}' },
        { name: 'b.CSV', text: 'x' },
      ],
    });
  });

  it('refuses other files, files over the limit, and too many files', async () => {
    const result = await readPickedFiles([file('a.png'), file('b.json', '', 21 * 1024 * 1024)]);
    expect(!result.ok && result.errors.map((p) => p.text)).toEqual([
      'a.png:1:1 is not a .json, .csv, .gexf or .graphml file (expected a dataset file)',
      'b.json:1:1 is too large (21.0 MB; the limit for one file is 20 MB)',
    ]);
    const many = await readPickedFiles(Array.from({ length: 21 }, (_, i) => file(`${i}.json`)));
    expect(!many.ok && many.errors[0].text).toMatch(/21 files were chosen \(the limit is 20/);
  });
});
