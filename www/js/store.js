// The articles the user works with, kept across reloads in IndexedDB: their
// texts and the publication dates given, never the analyses (the core redoes
// those in milliseconds, and a newer core may do them better). No DOM here.
(function (Sitrep) {
  'use strict';

  const DB_NAME = 'sitrep';
  const STORE = 'state';
  const KEY = 'articles';

  function open() {
    return new Promise((resolve, reject) => {
      if (!self.indexedDB) { reject(new Error('this browser keeps no data (no IndexedDB)')); return; }
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error || new Error('IndexedDB could not be opened'));
    });
  }

  async function transact(mode, act) {
    const db = await open();
    try {
      return await new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error || new Error('IndexedDB refused the change'));
        tx.onabort = () => reject(tx.error || new Error('IndexedDB refused the change'));
      });
    } finally {
      db.close();
    }
  }

  /** The saved article inputs, or null when nothing was saved (first visit, reset). */
  async function load() {
    const saved = await transact('readonly', (s) => s.get(KEY));
    return Array.isArray(saved) ? saved : null;
  }

  /** Saves `[{id, name, text, published, fileDate, example}]`. */
  function save(inputs) {
    return transact('readwrite', (s) => s.put(inputs, KEY));
  }

  function clear() {
    return transact('readwrite', (s) => s.delete(KEY));
  }

  // Read as soon as this script runs (it comes in pkg/core.js, the page's first
  // script): opening IndexedDB takes a while, and the page waits for it to start.
  const atStart = load();
  atStart.catch(() => {}); // reported by the page when it reads it (app.js)

  /** The saved article inputs as `load` read them when the page opened. */
  const loadedAtStart = () => atStart;

  Sitrep.store = { loadedAtStart, save, clear };
})(self.Sitrep = self.Sitrep || {});
