/**
 * Size limits: a browser tab must survive whatever file a user opens.
 */

/** Largest file accepted, in characters (about bytes for JSON): 20 MB. */
export const MAX_FILE_CHARS = 20 * 1024 * 1024;

/**
 * Most records a dataset may hold, over all collections: enough for a network of 100,000
 * elements with its events and sources, which the app opens and scrubs (README, bench).
 */
export const MAX_RECORDS = 250_000;

/** Most problems of one severity listed; the rest are counted. */
export const MAX_LISTED = 1_000;

/** The message for a file over MAX_FILE_CHARS, given its size. */
export function fileTooLargeMessage(size: number): string {
  const megabytes = (size / (1024 * 1024)).toFixed(1);
  return `is too large (${megabytes} MB; the limit for one file is 20 MB)`;
}

/** The message for a dataset over MAX_RECORDS. */
export function tooManyRecordsMessage(count: number): string {
  const limit = MAX_RECORDS.toLocaleString('en-US');
  return `the dataset has ${count.toLocaleString('en-US')} records (the limit is ${limit})`;
}
