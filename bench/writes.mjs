// Writes: the whole benchmark data set, and the benchmark's 10,000 contacts through the
// app's store beside plain JavaScript writing the same contacts to IndexedDB three ways.
// The plain-JavaScript writers run in the page and so must each be self-contained.
import { SEED, writeBenchmarkSet } from './data_set.mjs';
import { round, rounded } from './stats.mjs';

const TEAMLINE_DB = 'teamline-bench-contacts';

/** Plain JavaScript: the same contacts, one IndexedDB record each, in one transaction. */
async function plainBulkPut(page, json) {
  return page.evaluate(async (json) => {
    const contacts = JSON.parse(json);
    const db = await new Promise((ok, fail) => {
      const request = indexedDB.open('bench-plain-js', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('contacts');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction('contacts', 'readwrite');
      tx.objectStore('contacts').clear();
      tx.oncomplete = ok; tx.onerror = () => fail(tx.error);
    });
    const started = performance.now();
    await new Promise((ok, fail) => {
      const tx = db.transaction('contacts', 'readwrite');
      const store = tx.objectStore('contacts');
      for (const contact of contacts) store.put(contact, contact.meta.id);
      tx.oncomplete = ok; tx.onerror = () => fail(tx.error);
    });
    const took = performance.now() - started;
    db.close();
    return took;
  }, json);
}

/** The chunks Teamline wrote for the contacts into `database`: read from plain
 *  JavaScript, not changed. */
async function storedChunks(page, database) {
  return page.evaluate(async (database) => {
    const db = await new Promise((ok, fail) => {
      const request = indexedDB.open(database);
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const [keys, values] = await new Promise((ok, fail) => {
      const tx = db.transaction('chunks', 'readonly');
      const store = tx.objectStore('chunks');
      const keys = store.getAllKeys();
      const values = store.getAll();
      tx.oncomplete = () => ok([keys.result, values.result]);
      tx.onerror = () => fail(tx.error);
    });
    db.close();
    return keys.map((key, i) => ({ key: String(key), bytes: values[i].byteLength }));
  }, database);
}

/** Plain JavaScript: the same contacts as `count` binary chunks (the JSON of an equal
 *  share of the contacts each, as UTF-8 bytes), one IndexedDB record per chunk, in one
 *  transaction. With `copyFrom`, the chunks are instead the very bytes Teamline stored in
 *  that database. The bytes are made before the clock starts; the clock stops when the
 *  transaction is complete, as for the bulk put. */
async function plainChunkPut(page, json, count, copyFrom = null) {
  return page.evaluate(async ({ json, count, copyFrom }) => {
    const open = (name, create) => new Promise((ok, fail) => {
      const request = create ? indexedDB.open(name, 1) : indexedDB.open(name);
      if (create) request.onupgradeneeded = () => request.result.createObjectStore('chunks');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    let chunks;
    if (copyFrom) {
      const source = await open(copyFrom, false);
      chunks = await new Promise((ok, fail) => {
        const request = source.transaction('chunks', 'readonly').objectStore('chunks').getAll();
        request.onsuccess = () => ok(request.result.map((value) => new Uint8Array(value)));
        request.onerror = () => fail(request.error);
      });
      source.close();
    } else {
      const contacts = JSON.parse(json);
      const encoder = new TextEncoder();
      chunks = Array.from({ length: count }, (_, i) => encoder.encode(JSON.stringify(
        contacts.slice(Math.floor((i * contacts.length) / count), Math.floor(((i + 1) * contacts.length) / count)))));
    }
    const db = await open(copyFrom ? 'bench-plain-js-same-bytes' : 'bench-plain-js-chunks', true);
    await new Promise((ok, fail) => {
      const tx = db.transaction('chunks', 'readwrite');
      tx.objectStore('chunks').clear();
      tx.oncomplete = ok; tx.onerror = () => fail(tx.error);
    });
    const started = performance.now();
    await new Promise((ok, fail) => {
      const tx = db.transaction('chunks', 'readwrite');
      const store = tx.objectStore('chunks');
      chunks.forEach((chunk, i) => store.put(chunk, `contacts-${i}`));
      tx.oncomplete = ok; tx.onerror = () => fail(tx.error);
    });
    const took = performance.now() - started;
    db.close();
    return { ms: took, chunks: chunks.length, bytes: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0) };
  }, { json, count, copyFrom });
}

/** The write of the whole benchmark data set (at most 3 runs), then
 *  `runs` rounds of the 10,000 contacts: Teamline, then each plain-JavaScript way. The
 *  benchmark data set stays in the database for the parts after this one. */
export async function measureWrites(page, runs) {
  const writeRuns = [];
  for (let i = 0; i < Math.min(runs, 3); i++) writeRuns.push(await writeBenchmarkSet(page));
  console.log('write of the whole benchmark data set', rounded(writeRuns));

  const contactsJson = await page.evaluate((seed) => window.wasmBindings.bench_contacts_json(seed), SEED);
  const ours = [];
  const plain = [];
  const chunked = [];
  const sameBytes = [];
  let stored = null;
  for (let i = 0; i < runs; i++) {
    ours.push(await page.evaluate(({ seed, db }) => window.wasmBindings.bench_write_contacts(seed, db), { seed: SEED, db: TEAMLINE_DB }));
    stored ||= await storedChunks(page, TEAMLINE_DB);
    plain.push(await plainBulkPut(page, contactsJson));
    chunked.push(await plainChunkPut(page, contactsJson, stored.length));
    sameBytes.push(await plainChunkPut(page, null, 0, TEAMLINE_DB));
  }
  console.log('10,000 contacts: Teamline', rounded(ours), 'plain JS bulk put', rounded(plain),
    'plain JS', stored.length, 'chunks', chunked.map((x) => round(x.ms)), 'the same bytes', sameBytes.map((x) => round(x.ms)));
  return { writeRuns, ours, plain, chunked, sameBytes, stored };
}
