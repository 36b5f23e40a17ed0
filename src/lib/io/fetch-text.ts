/**
 * Fetching a bundle from a URL (`?data=https://…/bundle.json`, the examples) with a clear
 * message for each way it can fail: a bad address, the network or CORS, a timeout, an HTTP
 * error, or a file over the size limit. Never throws.
 */
import { MAX_FILE_CHARS } from './json/limits';

/** The text and the name to give it in messages, or why it could not be fetched. */
export type Fetched = { ok: true; url: string; text: string } | { ok: false; message: string };

/** How to fetch: the base of relative addresses, the time and size limits, a fetch to use. */
export interface FetchOptions {
  /** Resolves relative addresses (`examples/x.json`); default: the page's address. */
  base?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

/** The absolute http(s) URL a `?data=` value names, or undefined. */
export function resolveDataUrl(value: string, base?: string): URL | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches a text file within the size limit. */
export async function fetchText(address: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs = 30_000, maxBytes = MAX_FILE_CHARS } = options;
  const shown = address.length > 200 ? `${address.slice(0, 200)}…` : address;
  const url = resolveDataUrl(address, options.base ?? globalThis.location?.href);
  if (!url) return { ok: false, message: `"${shown}" is not an http(s) address.` };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const fail = (why: string): Fetched => ({
    ok: false,
    message: `Could not fetch ${url.href}: ${why}`,
  });
  try {
    const response = await (options.fetch ?? fetch)(url.href, { signal: controller.signal });
    if (!response.ok) {
      return fail(`the server answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    const length = Number(response.headers.get('content-length'));
    if (length > maxBytes) return fail(tooLarge(length, maxBytes));
    const text = await readLimited(response, maxBytes);
    return text === undefined
      ? fail(tooLarge(undefined, maxBytes))
      : { ok: true, url: url.href, text };
  } catch (error) {
    if (controller.signal.aborted) {
      return fail(`no answer within ${Math.round(timeoutMs / 1000)} seconds.`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      `the request failed (${reason.slice(0, 120)}). The server may be unreachable, or it does not let other sites read the file: it must send the header Access-Control-Allow-Origin (CORS).`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a response body as UTF-8 text, or undefined once it exceeds `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) {
    const text = await response.text();
    return text.length > maxBytes ? undefined : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(size: number | undefined, maxBytes: number): string {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  const actual = size === undefined ? `over ${mb(maxBytes)}` : mb(size);
  return `the file is too large (${actual}; the limit for one file is ${mb(maxBytes)}).`;
}
