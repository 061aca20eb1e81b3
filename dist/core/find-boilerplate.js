/**
 * Finds boilerplate: whole blocks and sentences whose key stands in at least `minFiles`
 * documents, counting the members of one duplicate group once (a story syndicated three times
 * is no boilerplate). Only evidence counts: segments of fewer than four words or too few
 * letters (`Share`, `Read more`) never do. Keys are counted by hash in a typed table, so memory
 * grows with the segments and not with their text; only the hashes seen in enough files have
 * their keys built (`keyOf`) and compared, so a hash collision never joins two keys.
 * @param summaries the documents, in the order their indices refer to
 * @param groupOf for each document, the id of its duplicate group (see `findDuplicateDocuments`)
 * @param keyOf the key (see `Fingerprint.key`) of an occurrence; undefined leaves it out (its
 *   text could not be had)
 * @param frequent `hashesInFiles(summaries, minFiles)`, when the caller has it already
 * @returns the keys ordered by their first occurrence (document, then offset)
 */
export function findBoilerplate(summaries, groupOf, minFiles, keyOf, frequent = hashesInFiles(summaries, minFiles)) {
    const byKey = new Map();
    summaries.forEach((summary, file) => {
        summary.keyHashes.forEach((hash, segment) => {
            if (!frequent.has(hash))
                return;
            const occurrence = { file, segment };
            const key = keyOf(occurrence);
            if (key === undefined)
                return;
            const list = byKey.get(key);
            if (list)
                list.push(occurrence);
            else
                byKey.set(key, [occurrence]);
        });
    });
    const common = new Map();
    for (const [key, list] of byKey) {
        const groups = new Set(list.map((occurrence) => groupOf[occurrence.file]));
        if (groups.size >= minFiles)
            common.set(key, new Set(list.map((occurrence) => occurrence.file)).size);
    }
    // Blocks that are boilerplate as a whole, by file: their sentences are not listed again.
    const wholeBlocks = new Map();
    for (const key of common.keys()) {
        for (const { file, segment } of byKey.get(key)) {
            if (summaries[file].segmentSentences[segment] >= 0)
                continue;
            let blocks = wholeBlocks.get(file);
            if (!blocks)
                wholeBlocks.set(file, (blocks = new Set()));
            blocks.add(summaries[file].segmentBlocks[segment]);
        }
    }
    const startOf = ({ file, segment }) => summaries[file].segmentStarts[segment];
    const endOf = ({ file, segment }) => summaries[file].segmentEnds[segment];
    const found = [];
    for (const [key, files] of common) {
        const occurrences = byKey.get(key).filter(({ file, segment }) => {
            const summary = summaries[file];
            return summary.segmentSentences[segment] < 0 || !wholeBlocks.get(file)?.has(summary.segmentBlocks[segment]);
        });
        occurrences.sort((x, y) => x.file - y.file || startOf(x) - startOf(y));
        if (occurrences.length > 0)
            found.push({ key, files, occurrences });
    }
    const first = (entry) => entry.occurrences[0];
    return found.sort((x, y) => first(x).file - first(y).file ||
        startOf(first(x)) - startOf(first(y)) ||
        endOf(first(x)) - endOf(first(y)) ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
/**
 * The key hashes found in at least `minFiles` distinct files (a necessary condition for
 * `minFiles` distinct duplicate groups). An open-addressing table of typed arrays: per hash,
 * the last file that held it and how many distinct files did (files come in order, so a file's
 * repeats are consecutive).
 */
export function hashesInFiles(summaries, minFiles) {
    let total = 0;
    for (const summary of summaries)
        total += summary.keyHashes.length;
    let capacity = 16;
    while (capacity < 2 * total)
        capacity *= 2;
    const mask = capacity - 1;
    const hashes = new Float64Array(capacity);
    const lastFile = new Int32Array(capacity).fill(-1);
    const files = new Int32Array(capacity);
    const frequent = new Set();
    // A hash joins the set when its count of files reaches the threshold, once (counts are
    // whole, so a fractional `minFiles` is reached at the next whole number).
    const threshold = Math.max(1, Math.ceil(minFiles));
    summaries.forEach((summary, file) => {
        for (const hash of summary.keyHashes) {
            // The low bits of the hash are well mixed (see `keyHash`); `| 0` keeps its low 32 bits
            // (exact below 2^53) without the float remainder `%` costs.
            let slot = (hash | 0) & mask;
            while (lastFile[slot] >= 0 && hashes[slot] !== hash)
                slot = (slot + 1) & mask;
            if (lastFile[slot] === file)
                continue;
            hashes[slot] = hash;
            lastFile[slot] = file;
            if (++files[slot] === threshold)
                frequent.add(hash);
        }
    });
    return frequent;
}
