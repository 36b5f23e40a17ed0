/**
 * Keeps the dataset a user opened across reloads, in IndexedDB: the validated bundle text
 * (with its layout), its name and when it was saved. On load the text goes through the loader
 * again. Every call resolves, whatever the browser allows: without IndexedDB nothing is kept.
 */

/** What is kept of an opened dataset. */
export interface SavedDataset {
  /** The bundle's JSON text, layout included. */
  text: string;
  /** Where it came from, for messages ("bundle.json", "nodes.csv, edges.csv"). */
  name: string;
  savedAt: string;
}

const DB_NAME = 'factions';
const STORE = 'datasets';
const KEY = 'opened';
const TIMEOUT_MS = 3_000;

/** Opens the database, or undefined when IndexedDB is missing, blocked or too slow. */
function openDb(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), TIMEOUT_MS);
    const done = (db: IDBDatabase | undefined) => {
      clearTimeout(timer);
      resolve(db);
    };
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => done(request.result);
      request.onerror = () => done(undefined);
      request.onblocked = () => done(undefined);
    } catch {
      done(undefined);
    }
  });
}

/** Runs one request in a transaction; resolves with its result, or undefined on any failure. */
async function run<T>(
  mode: IDBTransactionMode,
  make: (store: IDBObjectStore) => IDBRequest,
): Promise<T | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  return new Promise<T | undefined>((resolve) => {
    try {
      const transaction = db.transaction(STORE, mode);
      const request = make(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onerror = () => resolve(undefined);
      transaction.onabort = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  }).finally(() => db.close());
}

/** Keeps a dataset; resolves true when it was stored. */
export async function saveDataset(text: string, name: string): Promise<boolean> {
  const saved: SavedDataset = { text, name, savedAt: new Date().toISOString() };
  const result = await run<IDBValidKey>('readwrite', (store) => store.put(saved, KEY));
  return result !== undefined;
}

/** The kept dataset, if there is one. */
export async function readSaved(): Promise<SavedDataset | undefined> {
  const value = await run<unknown>('readonly', (store) => store.get(KEY));
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, name, savedAt } = value as Record<string, unknown>;
  if (typeof text !== 'string') return undefined;
  return { text, name: typeof name === 'string' ? name : 'dataset', savedAt: String(savedAt) };
}

/** Forgets the kept dataset. */
export async function clearSaved(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY));
}
