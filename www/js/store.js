// The articles the user works with, kept across reloads in IndexedDB: their
// texts and the publication dates given, never the analyses (the core redoes
// those in milliseconds, and a newer core may do them better). No DOM here.
//
// Each article is a record of its own ("article:<id>"), and "order" lists their
// ids: a change rewrites only the articles it changed, not every text again,
// and the articles of a drop are written as they come, not all at its end.
(function (Sitrep) {
  'use strict';

  const DB_NAME = 'sitrep';
  const STORE = 'state';
  const ORDER = 'order';
  // Before: one record holding every article. Read if no order is saved, and deleted by the next save.
  const ALL_IN_ONE = 'articles';
  const recordKey = (id) => `article:${id}`;

  // By id, the record last written (or being written): a save skips the articles equal to theirs.
  const written = new Map();
  // Keys of article records no order names (a drop's, written before the tab closed): the next save deletes them.
  const strays = new Set();

  let connection = null;
  /** The database, opened once: each opening takes a while. */
  function open() {
    connection = connection || new Promise((resolve, reject) => {
      if (!self.indexedDB) { reject(new Error('this browser keeps no data (no IndexedDB)')); return; }
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error || new Error('IndexedDB could not be opened'));
    });
    connection.catch(() => { connection = null; }); // the next call tries again
    return connection;
  }

  /** Runs `act(store)` in one transaction; resolves with what `act` returned, called once it is done. */
  async function transact(mode, act) {
    const db = await open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result && result());
      tx.onerror = () => reject(tx.error || new Error('IndexedDB refused the change'));
      tx.onabort = () => reject(tx.error || new Error('IndexedDB refused the change'));
    });
  }

  /** The saved article inputs, or null when nothing was saved (first visit, reset). */
  function load() {
    return transact('readonly', (s) => {
      const order = s.get(ORDER);
      const allInOne = s.get(ALL_IN_ONE);
      const keys = s.getAllKeys();
      const values = s.getAll();
      return () => {
        const byKey = new Map(keys.result.map((key, at) => [key, values.result[at]]));
        const inputs = Array.isArray(order.result) ? order.result.map((id) => byKey.get(recordKey(id))).filter(Boolean) : null;
        for (const input of inputs || []) written.set(input.id, input);
        for (const key of byKey.keys()) if (key.startsWith(recordKey('')) && !written.has(key.slice(recordKey('').length))) strays.add(key);
        return inputs || (Array.isArray(allInOne.result) ? allInOne.result : null);
      };
    });
  }

  function same(a, b) {
    return a.text === b.text && a.name === b.name && a.published === b.published && a.publishedOrigin === b.publishedOrigin
      && a.fileDate === b.fileDate && a.example === b.example && JSON.stringify(a.corrections) === JSON.stringify(b.corrections);
  }

  /** Writes the records of `inputs` that differ from those written, in `store`; undone in `written` should that fail. */
  function writeChanged(store, inputs) {
    const changed = inputs.filter((input) => !written.has(input.id) || !same(written.get(input.id), input));
    for (const input of changed) {
      store.put(input, recordKey(input.id));
      written.set(input.id, input);
    }
    return changed;
  }

  function forget(inputs) {
    for (const input of inputs) if (written.get(input.id) === input) written.delete(input.id);
  }

  /** Saves `[{id, name, text, published, publishedOrigin, fileDate, example, corrections}]`, in that order, as the only articles. */
  function save(inputs) {
    toWrite.length = 0; // written below if still named
    const named = new Set(inputs.map((input) => input.id));
    const removed = [...written.keys()].filter((id) => !named.has(id));
    let changed = [];
    return transact('readwrite', (s) => {
      changed = writeChanged(s, inputs);
      for (const id of removed) {
        s.delete(recordKey(id));
        written.delete(id);
      }
      for (const key of strays) s.delete(key);
      strays.clear();
      s.put(inputs.map((input) => input.id), ORDER);
      s.delete(ALL_IN_ONE);
    }).catch((err) => {
      forget(changed);
      throw err;
    });
  }

  // Records given to `write` wait for this many, to go in one transaction: one
  // per article cost the page's thread more than the articles' texts.
  const WRITE_BATCH = 50;
  const toWrite = [];

  /**
   * Writes the records of `inputs` ahead of the `save` that will name them
   * (the order is left as it is), by batches: `save` writes the batch begun.
   */
  function write(inputs) {
    toWrite.push(...inputs);
    if (toWrite.length < WRITE_BATCH) return Promise.resolve();
    const batch = toWrite.splice(0);
    let changed = [];
    return transact('readwrite', (s) => { changed = writeChanged(s, batch); }).catch((err) => {
      forget(changed);
      throw err;
    });
  }

  function clear() {
    toWrite.length = 0;
    written.clear();
    strays.clear();
    return transact('readwrite', (s) => { s.clear(); });
  }

  // Read as soon as this script runs (it comes in pkg/core.js, the page's first
  // script): opening IndexedDB takes a while, and the page waits for it to start.
  const atStart = load();
  atStart.catch(() => {}); // reported by the page when it reads it (app.js)

  /** The saved article inputs as `load` read them when the page opened. */
  const loadedAtStart = () => atStart;

  Sitrep.store = { loadedAtStart, save, write, clear };
})(self.Sitrep = self.Sitrep || {});
