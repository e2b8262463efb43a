// Throughput in Node: the wasm core (built for Node from the same .wasm as the
// page) against compromise with compromise-dates and chrono-node, on the same
// corpus in the same run. Prints one JSON object.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { corpus, MB } from './corpus.mjs';

const require = createRequire(import.meta.url);
const sitrep = require(resolve(process.argv[2], 'sitrep.js'));
const nlp = require('compromise');
nlp.plugin(require('compromise-dates'));
const chrono = require('chrono-node');

// Wall time, and the process's CPU time (its compiler threads included), which
// moves less than wall time when other work shares the machine.
function time(run) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu_seconds: (used.user + used.system) / 1e6, result };
}

function wasmRun({ articles, bytes }) {
  // analyze returns JSON text; reading it back is part of the cost, as in the page.
  const analysed = time(() => articles.map((a) => ({ text: a.text, analysis: JSON.parse(sitrep.analyze(a.text, { id: a.id, published: a.published })) })));
  // The page's corpus worker keeps each analysis once, then merges what it keeps.
  const merged = time(() => {
    sitrep.keep(analysed.result);
    return sitrep.mergeKept(analysed.result.map(({ analysis }) => analysis.id));
  });
  return {
    mb: bytes / MB,
    analyze_s: analysed.seconds,
    merge_s: merged.seconds,
    mb_s: bytes / MB / (analysed.seconds + merged.seconds),
    cpu_s_per_mb: (analysed.cpu_seconds + merged.cpu_seconds) / (bytes / MB),
  };
}

const one = corpus(MB);
const five = corpus(5 * MB);
// The page calls prepare() while it loads: the word tables are built here, once.
const prepared = time(() => sitrep.prepare());
const wasm1 = wasmRun(one);
const wasm5 = wasmRun(five);
const compromise = time(() => one.articles.map((a) => nlp(a.text).dates({ today: a.published }).json()));
const chronoRun = time(() => one.articles.map((a) => chrono.parse(a.text, a.published ? new Date(a.published) : new Date())));
const mb = one.bytes / MB;
console.log(JSON.stringify({
  prepare_ms: prepared.seconds * 1000,
  prepare_cpu_ms: prepared.cpu_seconds * 1000,
  wasm_node_1mb: wasm1,
  wasm_node_5mb: wasm5,
  wasm_mb_s: wasm1.mb_s,
  time_5mb_over_1mb: (wasm5.analyze_s + wasm5.merge_s) / (wasm1.analyze_s + wasm1.merge_s),
  compromise_mb_s: mb / compromise.seconds,
  chrono_mb_s: mb / chronoRun.seconds,
}));
