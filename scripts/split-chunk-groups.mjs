// Which of the splitter's shared chunks go into one file together (docs/bundle-size.md,
// "Fewer files per area"). wasm-split-cli makes one chunk per set of areas that share
// code, about a hundred, and an area fetches and compiles up to sixty of them when it is
// first opened: each costs a request and a module instantiation (4–5 ms at 4x CPU).
// Joining two groups saves a file for every area that needs both, and makes every area
// that needs only one of them fetch the other's bytes in vain. Groups are joined, the
// best trade first, while the saving outweighs the waste.

/** What a file saved is worth, in bytes fetched in vain (before compression). */
export const FILE_WORTH_BYTES = 16384;

/**
 * `chunks`: [{ file, bytes, areas: [area names] }] as the splitter cut them.
 * Returns the groups, [{ files, bytes, areas: Set }], in a fixed order for a given input.
 */
export function groupChunks(chunks, fileWorth = FILE_WORTH_BYTES) {
  const groups = chunks.map(({ file, bytes, areas }) => ({ files: [file], bytes, areas: new Set(areas) }));
  for (;;) {
    let best;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const gain = joiningGain(groups[i], groups[j], fileWorth);
        if (gain > 0 && (!best || gain > best.gain)) best = { i, j, gain };
      }
    }
    if (!best) return groups;
    const [kept, joined] = [groups[best.i], groups[best.j]];
    groups.splice(best.j, 1);
    groups[best.i] = {
      files: [...kept.files, ...joined.files],
      bytes: kept.bytes + joined.bytes,
      areas: new Set([...kept.areas, ...joined.areas]),
    };
  }
}

function joiningGain(a, b, fileWorth) {
  const onlyIn = (x, y) => [...x.areas].filter((area) => !y.areas.has(area)).length;
  const inBoth = a.areas.size - onlyIn(a, b);
  return fileWorth * inBoth - b.bytes * onlyIn(a, b) - a.bytes * onlyIn(b, a);
}
