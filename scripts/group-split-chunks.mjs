// Build step after wasm-split-cli (scripts/build-wasm.sh): joins the splitter's many
// small chunks of shared code into a few files (scripts/split-chunk-groups.mjs says
// which), copies the areas' own files, and writes the loader that fetches them
// (scripts/split-loader.js) as __wasm_split.js.
//   node scripts/group-split-chunks.mjs <splitter's output> <app dir> <wasm feature flags…>
//
// A chunk holds no exports: it imports the main module's memory, function table and
// stack pointer and puts its functions into the table at places fixed by the splitter.
// So chunks join by putting them into one module that imports those once. wasm-merge
// links modules by name, so a small hub module named like the chunks' import module
// takes their imports and itself imports the same things under another name.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { groupChunks } from './split-chunk-groups.mjs';

const [cutDir, outDir, ...wasmFeatures] = process.argv.slice(2);
const SPLIT_IMPORTS = '__wasm_split';
const GROUP_IMPORTS = '__wasm_split_main';

const { chunks, areas } = readSplit(fs.readFileSync(path.join(cutDir, '__wasm_split.js'), 'utf8'));
const groups = groupChunks(chunks.map((chunk) => ({
  ...chunk,
  bytes: fs.statSync(path.join(cutDir, chunk.file)).size,
  areas: areas.filter((area) => area.chunks.includes(chunk.file)).map((area) => area.name),
})));
const groupFiles = groups.map((group, index) => ({ ...group, name: `shared_${index + 1}.wasm` }));
const hub = path.join(outDir, 'hub.wasm');
if (chunks.length > 0) {
  writeHub(path.join(cutDir, chunks[0].file), hub);
  for (const group of groupFiles) joinFiles(group.files, path.join(outDir, group.name));
  fs.rmSync(hub);
}
for (const area of areas) fs.copyFileSync(path.join(cutDir, area.file), path.join(outDir, area.file));
writeLoader();
console.log(`group-split-chunks: ${chunks.length} chunks in ${groups.length} files`);
for (const area of areas) {
  const shared = groupFiles.filter((group) => group.areas.has(area.name));
  console.log(`  ${area.name}: ${area.chunks.length} chunks → ${shared.length} ${shared.length === 1 ? 'file' : 'files'} (${shared.map((g) => g.name).join(', ')})`);
}

/** The areas and chunks from the splitter's loader: each area's file and the chunks it
 *  needs. Fails loudly when the loader is not shaped as this expects (another version). */
function readSplit(loader) {
  const chunkOf = new Map();
  for (const [, name, file] of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"/g)) {
    chunkOf.set(name, file);
  }
  const areaPattern = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"[^]*?\n, \[([^\]]*)\]\)\);/g;
  const foundAreas = [...loader.matchAll(areaPattern)].map(([, name, file, needs]) => ({
    name,
    file,
    chunks: needs.split(',').map((need) => need.trim()).filter(Boolean).map((need) => {
      if (!chunkOf.has(need)) throw new Error(`group-split-chunks: area ${name} needs ${need}, which the loader does not define`);
      return chunkOf.get(need);
    }),
  }));
  const fetches = loader.split('fetch(new URL(').length - 1;
  // A build without the split (TEAMLINE_SPLIT=0) has no areas and fetches nothing.
  if (fetches !== chunkOf.size + foundAreas.length || (foundAreas.length === 0 && !loader.includes('initSync'))) {
    throw new Error(`group-split-chunks: read ${chunkOf.size} chunks and ${foundAreas.length} areas of ${fetches} files in the splitter's loader; has wasm-split-cli changed its output?`);
  }
  return { chunks: [...chunkOf.values()].map((file) => ({ file })), areas: foundAreas };
}

/** The hub: imports what a chunk imports, under GROUP_IMPORTS, and exports it again. */
function writeHub(chunk, hubFile) {
  const text = execFileSync('wasm-dis', [chunk], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const imports = [...text.matchAll(new RegExp(`^ \\(import "${SPLIT_IMPORTS}" "([^"]+)" \\((memory|table|global) (\\$\\S+)(.*)\\)\\)$`, 'gm'))];
  if (imports.length === 0) throw new Error(`group-split-chunks: ${chunk} imports nothing from ${SPLIT_IMPORTS}`);
  const wat = ['(module',
    ...imports.map(([, field, kind, id, rest]) => ` (import "${GROUP_IMPORTS}" "${field}" (${kind} ${id}${rest}))`),
    ...imports.map(([, field, kind, id]) => ` (export "${field}" (${kind} ${id}))`),
    ')'].join('\n');
  const watFile = `${hubFile}.wat`;
  fs.writeFileSync(watFile, wat);
  execFileSync('wasm-as', [watFile, '-o', hubFile, ...wasmFeatures], { stdio: 'inherit' });
  fs.rmSync(watFile);
}

function joinFiles(files, joined) {
  if (files.length === 1) {
    fs.copyFileSync(path.join(cutDir, files[0]), joined);
    return;
  }
  const named = files.flatMap((file) => [path.join(cutDir, file), path.basename(file, '.wasm')]);
  execFileSync('wasm-merge', [hub, SPLIT_IMPORTS, ...named, '-o', joined, ...wasmFeatures], { stdio: 'inherit' });
}

function writeLoader() {
  const exports = areas.map((area) => {
    // The loader names the files from these (scripts/split-loader.js).
    if (area.file !== `split_${area.name}.wasm`) throw new Error(`area ${area.name} is in ${area.file}`);
    // Largest first: the loader requests them in this order.
    const shared = groupFiles
      .map((group, index) => ({ group, number: index + 1 }))
      .filter(({ group }) => group.areas.has(area.name))
      .sort((a, b) => b.group.bytes - a.group.bytes)
      .map(({ number }) => number);
    return `export const __wasm_split_load_${area.name} = areaLoader(${JSON.stringify(area.name)}, ${JSON.stringify(shared)});`;
  });
  const template = fs.readFileSync(new URL('./split-loader.js', import.meta.url), 'utf8');
  fs.writeFileSync(path.join(outDir, '__wasm_split.js'), `${template}\n${exports.join('\n')}\n`);
}
